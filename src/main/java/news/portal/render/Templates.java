package news.portal.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.UndefinedOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import news.portal.config.SiteConfig;
import news.portal.content.FolderLinks;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * The site's Freemarker templates, each loaded and checked once, when a page kind that needs it is planned.
 * A template that declares {@code <#ftl output_format="HTML">} escapes what it prints; one that declares
 * nothing runs as under stock JBake, {@code <#escape>} included. A plain JBake site gets JBake's Freemarker
 * settings (incompatible improvements 2.3.0, its number formats); the portal gets current ones.
 */
final class Templates {

    static {
        // Freemarker picks the first logging library it finds; Maven's test classpath has log4j 1.2, unconfigured
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }

    /** Page kinds whose output is XML that feed readers and crawlers parse: their dates must be English. */
    private static final Set<String> MACHINE_READ = Set.of("feed", "atom", "sitemap", "sitemap_index",
            "news_sitemap", "robots");

    /** Template files of the other engines JBake supports, which this project does not run. */
    private static final Map<String, String> OTHER_ENGINES = Map.of("gsp", "Groovy", "gxml", "Groovy",
            "gtpl", "Groovy", "tpl", "Groovy Markup", "jade", "Jade", "pug", "Jade", "peb", "Pebble",
            "html", "Thymeleaf", "thyme", "Thymeleaf");

    private final SiteConfig config;
    private final Configuration freemarker;
    private final Map<String, Template> byKind = new ConcurrentHashMap<>();
    private final Path folder;
    private final String folderName;
    /** Whether the folder's links were found to stay inside it ({@link FolderLinks}), once per instance. */
    private boolean linksChecked;

    Templates(SiteConfig config) {
        this.config = config;
        folder = config.paths().templates();
        folderName = config.paths().site().relativize(folder).toString().replace('\\', '/');
        boolean portal = config.conventions().portal();
        freemarker = new Configuration(portal ? Configuration.VERSION_2_3_34 : Configuration.VERSION_2_3_0);
        freemarker.setObjectWrapper(new Wrapper(Configuration.VERSION_2_3_34));
        try {
            freemarker.setTemplateLoader(new FileTemplateLoader(folder.toFile()));
        } catch (IOException e) {
            throw new ProblemException(Problem.ofFile(folderName, "无法读取模板文件夹：" + e.getMessage()));
        }
        freemarker.setDefaultEncoding(text("template_encoding", "UTF-8"));
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setOutputFormat(UndefinedOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setLocalizedLookup(false);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        // templates come from a repository many people commit to: they may not run Java classes
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setLocale(Locale.forLanguageTag(config.identity().language()));
        String zone = text("freemarker_timezone", "");
        freemarker.setTimeZone(TimeZone.getTimeZone(zone.isEmpty() ? config.identity().zone().getId() : zone));
        if (portal) {
            freemarker.setNumberFormat("computer");
            freemarker.setBooleanFormat("c");
            freemarker.setFallbackOnNullLoopVariable(false);
        }
    }

    /**
     * Loads the template of each of {@code kinds} not loaded yet.
     *
     * @throws ProblemException naming each missing, foreign or malformed template and the key that names it,
     *                          or each link in the template folder that leaves it, with its target
     */
    void require(Collection<String> kinds) {
        List<Problem> problems = new ArrayList<>();
        if (!linksChecked) {
            // Freemarker's loader would read through a link that stays inside, and throw an English
            // SecurityException at one that leaves: every link is judged first, by the rule of every source folder
            problems.addAll(FolderLinks.of(config, folder).walk());
            if (!problems.isEmpty()) {
                throw new ProblemException(problems);
            }
            linksChecked = true;
        }
        for (String kind : kinds) {
            if (byKind.containsKey(kind)) {
                continue;
            }
            String key = key(kind);
            String name = text(key.replace('.', '_'), config.templates().getOrDefault(kind, kind + ".ftl"));
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (OTHER_ENGINES.containsKey(extension)) {
                problems.add(new Problem(folderName + "/" + name, 0, key, "这是 " + OTHER_ENGINES.get(extension)
                        + " 模板，本工具只用 Freemarker 模板（.ftl）：请把它改写为 Freemarker，或在 " + key + " 里指定 .ftl 文件"));
                continue;
            }
            if (!Files.isRegularFile(folder.resolve(name))) {
                String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                String other = OTHER_ENGINES.keySet().stream().sorted()
                        .filter(ext -> Files.isRegularFile(folder.resolve(base + "." + ext))).findFirst().orElse("");
                problems.add(Problem.ofFile(folderName + "/" + name, other.isEmpty()
                        ? "缺少模板文件（" + key + "，页面类型 " + kind + "）"
                        : "缺少模板文件（" + key + "）：只有 " + base + "." + other + "，那是 " + OTHER_ENGINES.get(other)
                                + " 模板，本工具只用 Freemarker 模板（.ftl）"));
                continue;
            }
            try {
                byKind.put(kind, freemarker.getTemplate(name));
            } catch (ParseException e) {
                problems.add(new Problem(folderName + "/" + e.getTemplateName(), Math.max(0, e.getLineNumber()),
                        "", "模板语法错误：" + e.getEditorMessage()));
            } catch (IOException e) {
                problems.add(Problem.ofFile(folderName + "/" + name, "无法读取模板：" + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
    }

    /** JBake's configuration key of the template for {@code kind}: {@code template.tagsindex.file} … */
    static String key(String kind) {
        String name = switch (kind) {
            case "index" -> "masterindex";
            case "tags_index" -> "tagsindex";
            case "archive_month" -> "archivemonth";
            case "sitemap_index" -> "sitemapindex";
            case "news_sitemap" -> "newssitemap";
            default -> kind;
        };
        return "template." + name + ".file";
    }

    /** The templates loaded so far that declare no output format, so escape nothing they print. */
    List<String> unescaped() {
        return byKind.values().stream()
                .filter(template -> template.getOutputFormat() instanceof UndefinedOutputFormat)
                .map(template -> folderName + "/" + template.getName()).distinct().sorted().toList();
    }

    /**
     * Renders the template of {@code kind} with {@code model}. Feeds and sitemaps are rendered with an English
     * locale whatever the site's language, so that the dates they print are valid RSS and Atom dates.
     *
     * @throws ProblemException naming the template file and line when the template fails
     */
    String render(String kind, Map<String, Object> model, String uri) {
        Template template = byKind.get(kind);
        if (template == null) {
            throw new IllegalStateException("template of " + kind + " not required before rendering " + uri);
        }
        StringWriter out = new StringWriter(8192);
        try {
            Environment environment = template.createProcessingEnvironment(model, out);
            if (MACHINE_READ.contains(kind)) {
                environment.setLocale(Locale.ENGLISH);
            }
            Wrapper.rendering(template.getOutputFormat(), () -> {
                try {
                    environment.process();
                    return null;
                } catch (TemplateException | IOException e) {
                    throw new Failure(e);
                }
            });
        } catch (Failure failure) {
            throw problem(template, uri, failure.getCause());
        } catch (TemplateException | IOException e) {
            throw problem(template, uri, e);
        }
        return out.toString();
    }

    private ProblemException problem(Template template, String uri, Throwable cause) {
        // a body that cannot be read from where the bake keeps it is no fault of the template's
        for (Throwable inner = cause; inner != null; inner = inner.getCause()) {
            if (inner instanceof java.io.UncheckedIOException io) {
                throw io;
            }
        }
        if (cause instanceof TemplateException e) {
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : template.getName();
            Integer line = e.getLineNumber();
            return new ProblemException(new Problem(folderName + "/" + source, line == null ? 0 : Math.max(0, line), "",
                    "渲染 " + uri + " 时模板出错：" + e.getMessageWithoutStackTop().strip()));
        }
        return new ProblemException(Problem.ofFile(folderName + "/" + template.getName(),
                "渲染 " + uri + " 时出错：" + cause.getMessage()));
    }

    private String text(String key, String fallback) {
        Object value = config.raw().get(key);
        return value == null ? fallback : String.valueOf(value).strip();
    }

    /** Carries a checked exception out of the rendering lambda. */
    private static final class Failure extends RuntimeException {
        Failure(Exception cause) {
            super(cause);
        }
    }
}
