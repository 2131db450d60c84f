package news.portal.jbake;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.jbake.parser.ParserEngine;

/**
 * jbake-core's markup engines, used as JBake uses them: Markdown through flexmark's pegdown profile with
 * {@code markdown.extensions}, HTML as written, AsciiDoc through AsciidoctorJ. Using the engines themselves,
 * rather than a copy of their rules, keeps bodies and header fields exactly as stock JBake gives them.
 * Thread-safe: the AsciiDoc engine, which starts JRuby on first use, is called by one thread at a time.
 */
public final class JBakeEngines {

    /** Extensions JBake reads as content, by engine; matched without regard to case. */
    private static final Set<String> MARKDOWN_FILES = Set.of("md");
    private static final Set<String> HTML_FILES = Set.of("html");
    private static final Set<String> ASCIIDOC_FILES = Set.of("ad", "adoc", "asciidoc");

    private final JBakeConfiguration config;
    private final Object asciidocLock = new Object();

    /** Engines configured from the site's own {@code jbake.properties} (and {@code custom.properties}). */
    public JBakeEngines(Path site) {
        this.config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                site.toFile(), site.resolve("target").toFile(), false);
    }

    /** The markup a content file is written in, from its extension, as JBake tells them apart. */
    public enum Markup {
        MARKDOWN, HTML, ASCIIDOC;

        /** The markup of {@code fileName}, or empty for a file no engine reads (a static file). */
        public static Optional<Markup> of(String fileName) {
            int dot = fileName.lastIndexOf('.');
            if (dot <= 0) {
                return Optional.empty();
            }
            String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (MARKDOWN_FILES.contains(extension)) {
                return Optional.of(Markup.MARKDOWN);
            }
            if (HTML_FILES.contains(extension)) {
                return Optional.of(Markup.HTML);
            }
            if (ASCIIDOC_FILES.contains(extension)) {
                return Optional.of(Markup.ASCIIDOC);
            }
            return Optional.empty();
        }
    }

    /**
     * A file as JBake's parser reads it: its fields (header values, JSON values parsed, tags split and
     * trimmed) and its body as HTML.
     *
     * @param fields every field of the header, as JBake stores it; {@code date} as the {@link java.util.Date}
     *               JBake parsed, which this project reads again, strictly
     * @param html   the rendered body
     */
    public record Parsed(Map<String, Object> fields, String html) { }

    /**
     * Parses {@code file} as JBake does, header and body.
     *
     * @return empty when JBake would skip the file (no type, no status, or a header it cannot read)
     */
    public Optional<Parsed> parse(Path file, Markup markup) {
        ParserEngine engine = engine(file, markup);
        DocumentModel model;
        if (markup == Markup.ASCIIDOC) {
            synchronized (asciidocLock) {
                model = engine.parse(config, file.toFile());
            }
        } else {
            model = engine.parse(config, file.toFile());
        }
        if (model == null) {
            return Optional.empty();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        model.forEach((key, value) -> {
            if (!key.equals("body")) {
                fields.put(key, value instanceof String[] tags ? List.copyOf(Arrays.asList(tags)) : value);
            }
        });
        Object body = model.get("body");
        return Optional.of(new Parsed(fields, body == null ? "" : body.toString()));
    }

    /** Renders a body that came without a JBake header (YAML front matter) through the file's engine. */
    public String render(Path file, Markup markup, List<String> lines, String body) {
        if (markup == Markup.HTML) {
            return body;
        }
        ParserEngine engine = engine(file, markup);
        ParserContext context = new ParserContext(file.toFile(), lines, config, true);
        context.setBody(body);
        if (markup == Markup.ASCIIDOC) {
            synchronized (asciidocLock) {
                ((MarkupEngine) engine).processBody(context);
            }
        } else {
            ((MarkupEngine) engine).processBody(context);
        }
        return context.getBody();
    }

    private static ParserEngine engine(Path file, Markup markup) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        ParserEngine engine = Engines.get(extension);
        if (engine == null) {
            throw new IllegalStateException("no JBake engine for ." + extension + " (" + markup + ")");
        }
        return engine;
    }

    /** The JBake configuration of the site, as JBake's own classes read it. */
    JBakeConfiguration configuration() {
        return config;
    }
}
