package news.portal.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import news.portal.config.SiteConfig;
import news.portal.content.ContentLoader;
import news.portal.content.Reading;
import news.portal.content.Slugs;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * What editors do with a site besides baking it: start an article, check the site before committing,
 * and see what is not published yet. One instance per site folder.
 */
public final class Editor {

    /** How editors write dates, how {@code new} writes them, and how {@code list} shows them. */
    public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SiteConfig config;

    /**
     * @param site the site folder, with {@code jbake.properties}
     * @throws ProblemException when the configuration is wrong, with its file, line and key
     */
    public Editor(Path site) {
        this.config = SiteConfig.load(site);
    }

    /** The site's zone ({@code site.timezone}): every date editors see is in it. */
    public ZoneId zone() {
        return config.identity().zone();
    }

    /**
     * A new article as {@code new} is asked for it.
     *
     * @param title   the headline
     * @param section the 栏目 ({@code category}), if known
     * @param tags    its tags, possibly none
     * @param slug    the file name and last part of the address; by default the pinyin of the title
     */
    public record NewArticle(String title, Optional<String> section, List<String> tags, Optional<String> slug) {

        public NewArticle {
            Objects.requireNonNull(title, "title");
            tags = List.copyOf(tags);
        }
    }

    /**
     * Writes {@code content/news/{yyyy}/{MM}/{slug}.md} with complete front matter, dated {@code now} in the
     * site's zone and marked {@code draft: true}. Never replaces a file.
     *
     * @return the file written
     * @throws ProblemException         when the file exists already
     * @throws IllegalArgumentException with a message for the editor when the title or slug cannot be used
     */
    public Path create(NewArticle article, Instant now) {
        String title = article.title().strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("标题不能为空");
        }
        if (title.contains("\n") || title.contains("\r")) {
            throw new IllegalArgumentException("标题不能换行");
        }
        String slug = article.slug().map(String::strip).orElseGet(() -> Slugs.of(title));
        if (article.slug().isPresent() && !Slugs.isValid(slug)) {
            throw new IllegalArgumentException("--slug 只能由小写英文字母、数字和连字符组成，如 gu-cheng-ye-you，现在是“"
                    + slug + "”");
        }
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("标题“" + title + "”拼不出拼音文件名，请用 --slug 指定，如 --slug spring-festival");
        }
        ZonedDateTime date = now.atZone(zone());
        Path file = config.paths().content().resolve("news")
                .resolve(String.format("%04d", date.getYear()))
                .resolve(String.format("%02d", date.getMonthValue()))
                .resolve(slug + ".md");
        String text = ArticleFile.text(title, date.format(DATE_FORMAT), article.section().map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(null), article.tags());
        try {
            Files.createDirectories(file.getParent());
            // CREATE_NEW: an existing article is never replaced, even one created a moment ago by someone else
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ProblemException(Problem.ofFile(shown(file),
                    "文件已经存在，没有覆盖。请打开它继续写，或用 --slug 换一个文件名"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /**
     * What {@code check} found.
     *
     * @param problems every problem, ordered by file and line; empty when all is well
     * @param files    Markdown files read (the whole site, even when only some were asked about)
     * @param notes    remarks that are no problem: editors' backups and swap files (never published), and
     *                 files asked for that are not articles of the site
     */
    public record Check(List<Problem> problems, int files, List<String> notes) {

        public Check {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Checks the site as a bake would, and more: addresses two articles want, links to missing or
     * unpublished articles, missing images, tags spelt two ways. Writes nothing.
     *
     * @param only files to report on (as given on the command line: relative to the working folder or
     *             absolute); empty for the whole site. Problems between files (a clash, a link) are
     *             reported when either side is among them, so a deleted article's readers are named too.
     * @param now  what counts as the present, for links to scheduled articles
     */
    public Check check(Collection<Path> only, Instant now) {
        Reading reading = new ContentLoader(config).read();
        SiteCheck check = new SiteCheck(config, reading, now);
        List<Problem> problems = only.isEmpty() ? check.all() : check.involving(named(only));
        return new Check(problems, reading.files().size(), check.notes(named(only), only.isEmpty()));
    }

    /** Whether a document is waiting for its date or for an editor. */
    public enum Status {
        /** {@code draft: true}: published once the line is removed. */
        DRAFT,
        /** Dated in the future: published by the first bake after its date. */
        SCHEDULED
    }

    /**
     * An article or page not on the site yet.
     *
     * @param file   as messages name it, {@code content/news/2026/05/a.md}
     * @param title  its title
     * @param date   its date in the site's zone: when a scheduled article goes live
     * @param status draft or scheduled
     * @param uri    the page it will be, e.g. {@code 2026/05/a.html}
     */
    public record Unpublished(String file, String title, ZonedDateTime date, Status status, String uri) { }

    /**
     * What {@code list} shows.
     *
     * @param articles scheduled ones first, soonest first; then drafts, newest first
     * @param problems problems that kept some files out of the list
     */
    public record Pending(List<Unpublished> articles, List<Problem> problems) {

        public Pending {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    /** Drafts and scheduled articles as of {@code now}. */
    public Pending pending(Instant now) {
        Reading reading = new ContentLoader(config).read();
        List<Unpublished> articles = reading.documents().stream()
                .filter(d -> d.draft() || d.date().toInstant().isAfter(now))
                .map(d -> new Unpublished(reading.shown(d), d.title(), d.date().withZoneSameInstant(zone()),
                        d.draft() ? Status.DRAFT : Status.SCHEDULED, reading.uri(d).orElse("")))
                .sorted(Comparator.comparing((Unpublished u) -> u.status() == Status.DRAFT)
                        .thenComparingLong(u -> u.status() == Status.SCHEDULED
                                ? u.date().toEpochSecond() : -u.date().toEpochSecond())
                        .thenComparing(Unpublished::file))
                .toList();
        return new Pending(articles, reading.problems());
    }

    private List<String> named(Collection<Path> files) {
        Path cwd = Path.of("").toAbsolutePath();
        return files.stream().map(f -> shown(cwd.resolve(f).normalize())).toList();
    }

    /** A path as messages name it: relative to the site folder when inside it. */
    private String shown(Path file) {
        Path site = config.paths().site();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(site) ? site.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    static boolean isMarkdown(String file) {
        return file.endsWith(".md") || file.endsWith(".markdown");
    }
}
