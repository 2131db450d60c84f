package news.portal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import news.portal.config.SiteConfig;
import news.portal.frontmatter.FrontMatterParser;
import news.portal.frontmatter.Source;
import news.portal.image.ImageSizes;
import news.portal.markdown.MarkdownRenderer;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * Reads every content file of a site and builds its {@link SiteModel}: strict front matter, addresses,
 * tags, sections, months and rendered bodies. All problems of all files are reported together.
 */
public final class ContentLoader {

    private static final DateTimeFormatter YEAR_MONTH_PATH = DateTimeFormatter.ofPattern("yyyy/MM");

    private final SiteConfig config;
    private final FrontMatterParser parser;
    private final DocumentReader reader;
    private final MarkdownRenderer markdown;
    /** Image sizes, kept between loads: a preview reads an image again only when its file changed. */
    private final ImageSizes imageSizes = new ImageSizes();
    /** The files of the latest load, for a reload that is told what changed. */
    private volatile Scan lastScan;
    /** Slugs of titles and terms, kept between loads. */
    private final Map<String, String> slugs = new ConcurrentHashMap<>();
    /** Files read by an earlier load, by path: unchanged files are not read again. */
    private final Map<Path, Read> reads = new ConcurrentHashMap<>();
    /** Articles placed by an earlier load: an unchanged document at the same address is not rendered again. */
    private final Map<Document, Placed> placed = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Characters XML forbids that reading a file removed, by path below the content folder. */
    private final Map<String, List<Problem>> removedChars = new ConcurrentHashMap<>();

    /** A loader for the site {@code config} describes. */
    public ContentLoader(SiteConfig config) {
        this.config = config;
        this.parser = new FrontMatterParser(config.sources().headerSeparator());
        this.reader = new DocumentReader(config.identity().zone(), config.sources());
        this.markdown = new MarkdownRenderer(renderOptions(config));
    }

    /** How {@code config} has Markdown bodies rendered: the raw HTML policy and the video players allowed. */
    public static MarkdownRenderer.Options renderOptions(SiteConfig config) {
        SiteConfig.Markdown markdown = config.sources().markdown();
        return new MarkdownRenderer.Options(markdown.trustedHtml(), markdown.iframeHosts());
    }

    /** A file as last read: its stamp, and the document or the problems found in it. */
    private record Read(FileTime modified, long size, Optional<Document> document, List<Problem> problems) { }

    /**
     * An article with what placing it looked at outside its own file, as it was then: the addresses of the
     * Markdown files its body links to, and the images it shows (with the warnings about missing ones).
     */
    private record Placed(Article article, Map<String, String> links, Map<String, ImageFiles.Image> images,
                          List<Problem> warnings) { }

    /**
     * Loads the site as it stands at {@code now}. Calling it again on the same loader reads and renders
     * only the files that changed since (a preview keeps one loader for its whole session).
     *
     * @param now                what counts as the present: articles dated later are scheduled
     * @param includeUnpublished whether drafts and scheduled articles are part of the site (preview)
     * @throws ProblemException with every problem found, when any file is wrong
     */
    public SiteModel load(Instant now, boolean includeUnpublished) {
        return load(now, includeUnpublished, scan());
    }

    /**
     * Loads the site again after {@code changed} files were created, edited or deleted, without walking the
     * content folder: a preview knows from its watcher what changed. Falls back to a full walk when a
     * folder changed or nothing was loaded before.
     */
    public SiteModel reload(Instant now, boolean includeUnpublished, Collection<Path> changed) {
        Scan last = lastScan;
        if (last == null || changed.stream().anyMatch(Files::isDirectory)) {
            return load(now, includeUnpublished);
        }
        Path content = config.paths().content();
        Map<Path, BasicFileAttributes> stamps = new HashMap<>(last.stamps);
        List<String> statics = new ArrayList<>(last.statics);
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (!file.startsWith(content)) {
                continue;
            }
            String name = file.getFileName().toString();
            boolean document = name.endsWith(".md") || name.endsWith(".markdown");
            String relative = content.relativize(file).toString().replace('\\', '/');
            stamps.remove(file);
            statics.remove(relative);
            if (!Files.isRegularFile(file) || name.startsWith(".")) {
                continue;
            }
            if (document) {
                try {
                    stamps.put(file, Files.readAttributes(file, BasicFileAttributes.class));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            } else {
                statics.add(relative);
            }
        }
        List<Path> documents = new ArrayList<>(stamps.keySet());
        documents.sort(Comparator.comparing(Path::toString));
        Collections.sort(statics);
        return load(now, includeUnpublished, new Scan(documents, stamps, statics));
    }

    private SiteModel load(Instant now, boolean includeUnpublished, Scan scan) {
        lastScan = scan;
        ForkJoinPool pool = new ForkJoinPool(config.threads());
        try {
            List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
            List<Document> documents = pool.submit(() -> scan.documents.parallelStream()
                    .map(file -> cachedRead(file, scan.stamps.get(file), problems))
                    .flatMap(Optional::stream)
                    .toList()).join();
            reads.keySet().retainAll(scan.stamps.keySet());
            Addresses addresses = new Addresses(config, problems, text -> slugs.computeIfAbsent(text, Slugs::of));
            addresses.assign(documents);
            if (!problems.isEmpty()) {
                throw new ProblemException(new ArrayList<>(problems));
            }
            List<Document> shown = documents.stream()
                    .filter(d -> includeUnpublished || (!d.draft() && !d.date().toInstant().isAfter(now)))
                    .toList();
            ImageFiles images = new ImageFiles(config.paths(), new HashSet<>(scan.statics), imageSizes);
            List<Article> rendered = pool.submit(() -> shown.parallelStream()
                    .map(d -> cachedPlace(d, addresses, images))
                    .toList()).join();
            Set<Document> current = Collections.newSetFromMap(new IdentityHashMap<>());
            current.addAll(shown);
            placed.keySet().retainAll(current);
            List<Problem> warnings = shown.stream().flatMap(d -> Stream.concat(
                    removedChars.getOrDefault(d.file(), List.of()).stream(), placed.get(d).warnings().stream())).toList();
            return assemble(rendered, scan.statics, warnings, now);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Reads and checks every content file exactly as {@link #load} does (front matter, dates, slugs,
     * addresses) without rendering any body, and returns the problems instead of throwing them: the
     * editors' {@code check} runs this same pass, so it can never disagree with a bake.
     */
    public Reading read() {
        ForkJoinPool pool = new ForkJoinPool(config.threads());
        try {
            return read(scan(), pool);
        } finally {
            pool.shutdown();
        }
    }

    private Reading read(Scan scan, ForkJoinPool pool) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Map<String, Source> sources = new ConcurrentHashMap<>();
        List<Document> documents = pool.submit(() -> scan.documents.parallelStream()
                .map(file -> read(file, problems, sources))
                .flatMap(Optional::stream)
                .toList()).join();
        Addresses addresses = new Addresses(config, problems, text -> slugs.computeIfAbsent(text, Slugs::of));
        addresses.assign(documents);
        List<String> files = scan.documents.stream()
                .map(path -> config.paths().content().relativize(path).toString().replace('\\', '/'))
                .toList();
        return new Reading(config, documents, files, scan.statics, new ArrayList<>(problems), sources, addresses);
    }

    private Optional<Document> cachedRead(Path file, BasicFileAttributes stamp, List<Problem> problems) {
        Read last = reads.get(file);
        if (last != null && last.modified().equals(stamp.lastModifiedTime()) && last.size() == stamp.size()) {
            problems.addAll(last.problems());
            return last.document();
        }
        List<Problem> own = new ArrayList<>();
        Optional<Document> document = read(file, own, null);
        reads.put(file, new Read(stamp.lastModifiedTime(), stamp.size(), document, List.copyOf(own)));
        problems.addAll(own);
        return document;
    }

    private Article cachedPlace(Document document, Addresses addresses, ImageFiles images) {
        List<Term> tags = document.tags().stream().map(addresses::tag).distinct().toList();
        Optional<Term> section = document.section().map(addresses::section);
        Placed last = placed.get(document);
        if (last != null && last.article().uri().equals(addresses.uri(document)) && last.article().tags().equals(tags)
                && last.article().section().equals(section)
                && last.links().entrySet().stream().allMatch(
                        link -> addresses.uriOfFile(link.getKey()).orElse("").equals(link.getValue()))
                && last.images().values().stream().allMatch(image -> images.find(image.sitePath()).equals(image))) {
            return last.article();
        }
        Map<String, String> links = new ConcurrentHashMap<>();
        ImageFiles.Uses uses = images.uses(document.file());
        List<Problem> warnings = new ArrayList<>();
        Article article = place(document, addresses, tags, section, links, uses, warnings);
        warnings.addAll(uses.missing());
        warnings.sort(Comparator.comparingInt(Problem::line));
        placed.put(document, new Placed(article, Map.copyOf(links), uses.images(), List.copyOf(warnings)));
        return article;
    }

    /**
     * @param links    collects the Markdown files the body links to, with the address each had
     * @param images   collects the images the article shows
     * @param warnings collects the flaws of the body an editor should fix
     */
    private Article place(Document document, Addresses addresses, List<Term> tags, Optional<Term> section,
                          Map<String, String> links, ImageFiles.Uses images, List<Problem> warnings) {
        String uri = addresses.uri(document);
        String root = SitePath.rootOf(uri);
        MarkdownRenderer.Rendered rendered = markdown.render(document.markdown(),
                ref -> relativeLink(document.file(), ref, root, addresses, links),
                (url, line) -> images.body(url, document.bodyLine() + line - 1), config.paging().summaryLength());
        if (!rendered.flaws().isEmpty()) {
            String file = config.paths().shownContent(document.file());
            rendered.flaws().forEach(flaw -> warnings.add(
                    new Problem(file, document.bodyLine() + flaw.line() - 1, "正文", flaw.message())));
        }
        // a body's "&#1;" becomes U+0001 in the automatic summary and in a full-text feed, which decodes it
        String summary = document.summary().orElse(XmlChars.strip(rendered.summary()));
        // flexmark writes some references out as the characters themselves, jsoup (in the feeds) all of them
        String html = XmlChars.strip(XmlChars.stripReferences(rendered.html()));
        if (html != rendered.html()) {
            String body = document.markdown();
            int at = XmlChars.firstForbiddenReference(body);
            int line = at < 0 ? 0 : document.bodyLine() + (int) body.substring(0, at).chars().filter(c -> c == '\n').count();
            warnings.add(new Problem(config.paths().shownContent(document.file()), line, "正文",
                    "正文里有 &#1;、&#xFFFE; 这样的字符引用，指向 XML 不允许的字符，已删除：它们会让全文 RSS 和 Atom 无法读取"));
        }
        Optional<String> cover = document.cover()
                .map(c -> SitePath.isAbsolute(c) ? c : SitePath.resolve(document.file(), c).orElse(c));
        Optional<ImageSizes.Size> coverFile = document.cover()
                .flatMap(c -> images.cover(c, document.lineOf("cover")));
        Optional<ImageSizes.Size> coverSize = declaredCoverSize(document).or(() -> coverFile);
        String slug = uri.substring(uri.lastIndexOf('/') + 1, uri.length() - config.output().extension().length());
        return new Article(document, uri, slug, html, summary, cover, coverSize, images.pictures(), tags,
                section);
    }

    /**
     * {@code cover_width} and {@code cover_height} as the editor wrote them, when both are positive whole
     * numbers. One alone gives no proportions, so then both come from the file, as they do when a value is
     * not a number (which the template has always left out).
     */
    private static Optional<ImageSizes.Size> declaredCoverSize(Document document) {
        OptionalInt width = positive(document.extra().get("cover_width"));
        OptionalInt height = positive(document.extra().get("cover_height"));
        return width.isPresent() && height.isPresent()
                ? Optional.of(new ImageSizes.Size(width.getAsInt(), height.getAsInt())) : Optional.empty();
    }

    private static OptionalInt positive(Object value) {
        String text = value instanceof Number || value instanceof String ? String.valueOf(value).strip() : "";
        if (!text.matches("[1-9][0-9]{0,8}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text));
    }

    /** Site paths become relative to the page; links to other Markdown files become their pages' addresses. */
    private static String relativeLink(String file, String ref, String root, Addresses addresses,
                                       Map<String, String> links) {
        int cut = indexOfAny(ref, '?', '#');
        String path = cut < 0 ? ref : ref.substring(0, cut);
        String rest = cut < 0 ? "" : ref.substring(cut);
        Optional<String> sitePath = SitePath.resolve(file, path);
        if (path.isEmpty() || sitePath.isEmpty()) {
            return ref;
        }
        String target = sitePath.get();
        if (target.endsWith(".md") || target.endsWith(".markdown")) {
            String page = addresses.uriOfFile(target).orElse("");
            links.put(target, page);
            target = page.isEmpty() ? target : page;
        }
        return root + target + rest;
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        if (first < 0) {
            return second;
        }
        return second < 0 ? first : Math.min(first, second);
    }

    private SiteModel assemble(List<Article> rendered, List<String> statics, List<Problem> warnings, Instant now) {
        List<Article> articles = new ArrayList<>();
        List<Article> pages = new ArrayList<>();
        for (Article article : rendered) {
            (article.document().kind() == Document.Kind.PAGE ? pages : articles).add(article);
        }
        articles.sort(SiteModel.NEWEST_FIRST);
        pages.sort(Comparator.comparing(Article::uri));

        Map<Term, List<Article>> byTag = new HashMap<>();
        Map<Term, List<Article>> bySection = new HashMap<>();
        Map<YearMonth, List<Article>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Article article : articles) {
            for (Term tag : article.tags()) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(article);
            }
            article.section().ifPresent(s -> bySection.computeIfAbsent(s, t -> new ArrayList<>()).add(article));
            byMonth.computeIfAbsent(YearMonth.from(article.document().date()), m -> new ArrayList<>()).add(article);
        }
        List<Listing> tags = byTag.entrySet().stream()
                .map(e -> new Listing(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Listing l) -> -l.articles().size())
                        .thenComparing(l -> l.term().slug()))
                .toList();
        List<String> order = config.identity().sections();
        List<Listing> sections = bySection.entrySet().stream()
                .map(e -> new Listing(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Listing l) -> {
                    int index = order.indexOf(l.term().name());
                    return index < 0 ? Integer.MAX_VALUE : index;
                }).thenComparing(l -> l.term().slug()))
                .toList();
        List<Month> months = byMonth.entrySet().stream()
                .map(e -> new Month(e.getKey(), "archive/" + e.getKey().format(DateTimeFormatter.ofPattern("yyyy-MM"))
                        + config.output().extension(), e.getValue()))
                .toList();
        return new SiteModel(articles, pages, tags, sections, months, statics, warnings, now);
    }

    private Optional<Document> read(Path path, List<Problem> problems, Map<String, Source> sources) {
        Path content = config.paths().content();
        String file = content.relativize(path).toString().replace('\\', '/');
        String display = config.paths().shown(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofFile(display, "文件不是 UTF-8 编码，请用 UTF-8 保存"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.ofFile(display, "无法读取：" + e.getMessage()));
            return Optional.empty();
        }
        // before the front matter is parsed: SnakeYAML refuses most of these characters, in English
        List<Problem> removed = new ArrayList<>();
        text = XmlChars.stripFile(text, display, removed);
        Source source;
        try {
            source = XmlChars.stripFields(parser.parse(display, text), removed);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        } finally {
            if (removed.isEmpty()) {
                removedChars.remove(file);
            } else {
                removedChars.put(file, List.copyOf(removed));
            }
        }
        if (sources != null) {
            sources.put(file, source);
        }
        return reader.read(display, file, source, problems);
    }

    private record Scan(List<Path> documents, Map<Path, BasicFileAttributes> stamps, List<String> statics) { }

    private Scan scan() {
        Path content = config.paths().content();
        String ignoreFile = config.sources().ignoreFile();
        List<Path> documents = new ArrayList<>();
        Map<Path, BasicFileAttributes> stamps = new HashMap<>();
        List<String> statics = new ArrayList<>();
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(content) && dir.getFileName().toString().startsWith(".");
                    return hidden || Files.exists(dir.resolve(ignoreFile))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") || !attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (name.endsWith(".md") || name.endsWith(".markdown")) {
                        documents.add(file);
                        stamps.put(file, attrs);
                    } else {
                        statics.add(content.relativize(file).toString().replace('\\', '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + content, e);
        }
        documents.sort(Comparator.comparing(Path::toString));
        Collections.sort(statics);
        return new Scan(documents, stamps, statics);
    }


    static String monthPath(Document document) {
        return document.date().format(YEAR_MONTH_PATH);
    }
}
