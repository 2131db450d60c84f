package news.portal.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import news.portal.config.SiteConfig;
import news.portal.frontmatter.Source;
import news.portal.problem.Problem;

/**
 * Every content file of a site read and checked as a bake reads it, before any body is rendered:
 * the documents that passed, the problems of those that did not, and the addresses all were given.
 * Made by {@link ContentLoader#read()}.
 */
public final class Reading {

    private final SiteConfig config;
    private final List<Document> documents;
    private final List<String> files;
    private final List<String> staticFiles;
    private final List<String> leftovers;
    private final List<Problem> problems;
    private final Map<String, Source> sources;
    final Addresses addresses;

    Reading(SiteConfig config, List<Document> documents, List<String> files, List<String> staticFiles,
            List<String> leftovers, List<Problem> problems, Map<String, Source> sources, Addresses addresses) {
        this.config = config;
        this.documents = List.copyOf(documents);
        this.files = List.copyOf(files);
        this.staticFiles = List.copyOf(staticFiles);
        this.leftovers = List.copyOf(leftovers);
        this.problems = problems.stream().sorted(Problem.ORDER).toList();
        this.sources = Map.copyOf(sources);
        this.addresses = addresses;
    }

    /** The documents whose front matter passed every check, drafts and scheduled ones included, by file. */
    public List<Document> documents() {
        return documents;
    }

    /** Every Markdown file read, below the content folder ({@code news/2025/11/a.md}), good or bad. */
    public List<String> files() {
        return files;
    }

    /** Files below the content folder that are not documents (images beside articles). */
    public List<String> staticFiles() {
        return staticFiles;
    }

    /**
     * Editors' backups and swap files below the content folder ({@code news/a.md~}, {@code .a.md.swp}),
     * which are never published.
     */
    public List<String> leftovers() {
        return leftovers;
    }

    /** Every problem a bake would report, ordered by file and line; empty when the site would bake. */
    public List<Problem> problems() {
        return problems;
    }

    /** The front matter and body of {@code document} as written, before any field was interpreted. */
    public Source source(Document document) {
        return sources.get(document.file());
    }

    /** The page {@code document} is written to, e.g. {@code 2025/11/gu-cheng.html}; empty if its slug clashed. */
    public Optional<String> uri(Document document) {
        return Optional.ofNullable(addresses.uri(document));
    }

    /**
     * The page {@code document} asked for: its {@code slug}, else its file name, else the pinyin of its title.
     * When an older document asked for it too, or the site reserves it, {@link #uri} is empty and the
     * problems say why.
     */
    public String wantedUri(Document document) {
        return addresses.wanted(document);
    }

    /**
     * The front matter and body of a file below the content folder as written, also for files whose
     * fields did not pass; empty when the file could not be split at all.
     */
    public Optional<Source> source(String contentFile) {
        return Optional.ofNullable(sources.get(contentFile));
    }

    /** The file as messages name it: relative to the site folder, like {@code content/news/a.md}. */
    public String shown(Document document) {
        return shown(document.file());
    }

    /** A path below the content folder as messages name it, like {@code content/news/a.md}. */
    public String shown(String contentFile) {
        return config.paths().shownContent(contentFile);
    }
}
