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
import news.portal.jbake.JBakeEngines;
import news.portal.markdown.MarkdownRenderer;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * Reads every content file of a site and builds its {@link SiteModel}: strict front matter, addresses,
 * tags, sections, months and rendered bodies. All problems of all files are reported together.
 *
 * <p>What it keeps of an article in memory is what listings show (title, dates, tags, summary, address);
 * the Markdown source is read from its file again when the body is rendered, and the rendered body goes to
 * a file ({@link Text}): the build cache's when the loader has one, else a temporary one, removed by
 * {@link #close}.
 */
public final class ContentLoader implements AutoCloseable {

    private static final DateTimeFormatter YEAR_MONTH_PATH = DateTimeFormatter.ofPattern("yyyy/MM");

    private final SiteConfig config;
    private final FrontMatterParser parser;
    private final DocumentReader reader;
    private final MarkdownRenderer markdown;
    private final Crawl crawl;
    private final JBakeEngines engines;
    /** Image sizes, kept between loads: a preview reads an image again only when its file changed. */
    private final ImageSizes imageSizes = new ImageSizes();
    /** The files of the latest load, for a reload that is told what changed. */
    private volatile Scan lastScan;
    /** Slugs of titles and terms, kept between loads. */
    private final Map<String, String> slugs = new ConcurrentHashMap<>();
    /**
     * Files read by an earlier load (of this loader, or of an earlier bake through {@link #restore}), by
     * path, each with the hash of the bytes it was read from: a file with the same hash is not parsed again.
     */
    private final Map<Path, Read> reads = new ConcurrentHashMap<>();
    /**
     * Articles placed by an earlier load, by file: a document with the same {@link Article#documentKey} at
     * the same address, linking to the same addresses and showing the same images, is not rendered again.
     */
    private final Map<String, Placed> placed = new ConcurrentHashMap<>();
    /** Characters XML forbids that reading a file removed, by path below the content folder. */
    private final Map<String, List<Problem>> removedChars = new ConcurrentHashMap<>();

    /** Where the rendered bodies of placed articles are kept. */
    private final Bodies bodies;

    /** A loader for the site {@code config} describes, keeping bodies in a temporary file. */
    public ContentLoader(SiteConfig config) {
        this(config, Bodies.temporary());
    }

    /**
     * A loader for the site {@code config} describes, keeping bodies in the build cache's folder
     * {@code cache}, where {@link #save} and {@link #restore} expect them.
     */
    public ContentLoader(SiteConfig config, Path cache) {
        this(config, Bodies.in(cache));
    }

    private ContentLoader(SiteConfig config, Bodies bodies) {
        this.bodies = bodies;
        this.config = config;
        this.parser = new FrontMatterParser(config.sources().headerSeparator());
        this.reader = new DocumentReader(config);
        this.crawl = new Crawl(config);
        this.engines = new JBakeEngines(config.paths().site());
        this.markdown = new MarkdownRenderer(renderOptions(config));
    }

    /** How {@code config} has Markdown bodies rendered: the raw HTML policy and the video players allowed. */
    public static MarkdownRenderer.Options renderOptions(SiteConfig config) {
        SiteConfig.Markdown markdown = config.sources().markdown();
        return new MarkdownRenderer.Options(markdown.trustedHtml(), markdown.iframeHosts());
    }

    /**
     * A file as last read: the hash of its bytes (and, on a JBake site, of its time, which dates a page
     * without a date), and the document or the problems found in it, with the characters XML forbids that
     * reading removed. {@code stamp} is the file's time and size when this loader read it, which lets a
     * preview skip hashing a file it has just seen; null for what came from the cache on disk.
     * {@code stored} is the document in the cache's form, until it is needed ({@code document} is then
     * null) or after it was encoded once; {@code bodyStart} is where the body starts in the file's text.
     */
    private record Read(String hash, String stamp, Optional<Document> document, byte[] stored, int bodyStart,
                        List<Problem> problems, List<Problem> removed) { }

    /**
     * An article with what placing it looked at outside its own file, as it was then: the addresses of the
     * Markdown files its body links to, and the images it shows (with the warnings about missing ones).
     * {@code article} belongs to the document of {@code documentKey}; for one restored from the cache its
     * document is filled in when the document is read.
     */
    private record Placed(String documentKey, Article article, Map<String, String> links,
                          Map<String, ImageFiles.Image> images, List<Problem> warnings, byte[] stored) { }

    /** Whether reads or placings changed since {@link #restore}: a cache without changes need not be written. */
    private volatile boolean changed = true;

    /**
     * Writes what this loader has read and placed, for {@link #restore} in a later bake of the same site with
     * the same configuration and program. A file whose document has a value the cache has no form for is
     * left out: the next bake reads it again.
     */
    public void save(java.io.DataOutputStream out) throws IOException {
        Path content = config.paths().content();
        news.portal.cache.Codec.writeString(out, bodies.generation());
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        for (Map.Entry<Path, Read> entry : new TreeMap<>(reads).entrySet()) {
            Read read = entry.getValue();
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(1024);
            java.io.DataOutputStream one = new java.io.DataOutputStream(buffer);
            try {
                news.portal.cache.Codec.writeString(one, read.hash());
                one.writeInt(read.bodyStart());
                Stored.writeProblems(one, read.problems());
                Stored.writeProblems(one, read.removed());
                byte[] stored = read.stored();
                boolean present = read.document() == null ? stored != null : read.document().isPresent();
                if (present && stored == null) {
                    java.io.ByteArrayOutputStream document = new java.io.ByteArrayOutputStream(512);
                    java.io.DataOutputStream documentOut = new java.io.DataOutputStream(document);
                    Stored.writeDocument(documentOut, read.document().get(), read.bodyStart());
                    documentOut.flush();
                    stored = document.toByteArray();
                }
                one.writeBoolean(present);
                if (present) {
                    one.writeInt(stored.length);
                    one.write(stored);
                }
                one.flush();
            } catch (news.portal.cache.Codec.Unencodable e) {
                continue;
            }
            entries.add(Map.entry(content.relativize(entry.getKey()).toString().replace('\\', '/'), buffer.toByteArray()));
        }
        out.writeInt(entries.size());
        for (Map.Entry<String, byte[]> entry : entries) {
            news.portal.cache.Codec.writeString(out, entry.getKey());
            out.write(entry.getValue());
        }
        List<Map.Entry<String, byte[]>> articles = new ArrayList<>();
        for (Map.Entry<String, Placed> entry : new TreeMap<>(placed).entrySet()) {
            if (entry.getValue().stored() != null) {
                articles.add(Map.entry(entry.getKey(), entry.getValue().stored()));
                continue;
            }
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(4096);
            java.io.DataOutputStream one = new java.io.DataOutputStream(buffer);
            try {
                writePlaced(one, entry.getValue());
                one.flush();
            } catch (news.portal.cache.Codec.Unencodable e) {
                continue;
            }
            articles.add(Map.entry(entry.getKey(), buffer.toByteArray()));
        }
        out.writeInt(articles.size());
        for (Map.Entry<String, byte[]> entry : articles) {
            news.portal.cache.Codec.writeString(out, entry.getKey());
            out.writeInt(entry.getValue().length);
            out.write(entry.getValue());
        }
        // older generations: what the cache written before this one pointed into
        bodies.sweep();
    }

    /** Closes the file of rendered bodies: the articles of this loader can no longer show theirs. */
    @Override
    public void close() {
        bodies.close();
    }

    /** Whether anything was read or placed anew, or dropped, since {@link #restore} (always, without one). */
    public boolean changedSinceRestore() {
        return changed;
    }

    /**
     * Starts from what {@link #save} wrote in an earlier bake, before the first load. Nothing restored is
     * trusted blindly: a file is parsed again unless its bytes hash the same, an article rendered again
     * unless its document, address, terms, links and images are the same.
     *
     * @throws IOException when {@code in} is not what {@link #save} writes; the loader then has restored nothing
     */
    public void restore(java.io.DataInputStream in) throws IOException {
        Path content = config.paths().content();
        bodies.adopt(news.portal.cache.Codec.readString(in));
        Map<Path, Read> restoredReads = new HashMap<>();
        int count = news.portal.cache.Codec.count(in);
        for (int i = 0; i < count; i++) {
            String file = news.portal.cache.Codec.readString(in);
            String hash = news.portal.cache.Codec.readString(in);
            int bodyStart = in.readInt();
            List<Problem> problems = Stored.readProblems(in);
            List<Problem> removed = Stored.readProblems(in);
            byte[] stored = null;
            if (in.readBoolean()) {
                int length = news.portal.cache.Codec.count(in);
                stored = in.readNBytes(length);
                if (stored.length != length) {
                    throw new IOException("truncated");
                }
            }
            Path path = content.resolve(file).normalize();
            if (!path.startsWith(content)) {
                throw new IOException("a file outside the content folder: " + file);
            }
            restoredReads.put(path, new Read(hash, null, stored == null ? Optional.empty() : null, stored, bodyStart,
                    problems, removed));
        }
        Map<String, Placed> restoredPlaced = new HashMap<>();
        count = news.portal.cache.Codec.count(in);
        long used = 0;
        for (int i = 0; i < count; i++) {
            String file = news.portal.cache.Codec.readString(in);
            int length = news.portal.cache.Codec.count(in);
            byte[] stored = in.readNBytes(length);
            if (stored.length != length) {
                throw new IOException("truncated");
            }
            Placed one = readPlaced(new java.io.DataInputStream(new java.io.ByteArrayInputStream(stored)), stored);
            used += one.article().body().bytesInFile();
            restoredPlaced.put(file, one);
        }
        reads.putAll(restoredReads);
        changed = false;
        if (bodies.mostlyReplaced(used)) {
            // most of the file is bodies no article shows any more: every article is placed again, into a new one
            bodies.renew();
            changed = true;
        } else {
            placed.putAll(restoredPlaced);
        }
    }

    private void writePlaced(java.io.DataOutputStream out, Placed placed) throws IOException {
        Article a = placed.article();
        news.portal.cache.Codec.writeString(out, placed.documentKey());
        news.portal.cache.Codec.writeString(out, a.uri());
        news.portal.cache.Codec.writeString(out, a.slug());
        bodies.write(out, a.body());
        news.portal.cache.Codec.writeString(out, a.summary());
        news.portal.cache.Codec.writeOptional(out, a.cover());
        Stored.writeSize(out, a.coverSize());
        out.writeInt(a.pictures().size());
        for (Article.Picture picture : a.pictures()) {
            news.portal.cache.Codec.writeString(out, picture.path());
            Stored.writeSize(out, Optional.of(picture.size()));
        }
        out.writeInt(a.tags().size());
        for (Term tag : a.tags()) {
            Stored.writeTerm(out, tag);
        }
        out.writeBoolean(a.section().isPresent());
        if (a.section().isPresent()) {
            Stored.writeTerm(out, a.section().get());
        }
        news.portal.cache.Codec.writeString(out, a.key());
        news.portal.cache.Codec.writeAnyMap(out, placed.links());
        out.writeInt(placed.images().size());
        for (Map.Entry<String, ImageFiles.Image> image : new TreeMap<>(placed.images()).entrySet()) {
            news.portal.cache.Codec.writeString(out, image.getKey());
            news.portal.cache.Codec.writeString(out, image.getValue().sitePath());
            out.writeBoolean(image.getValue().exists());
            Stored.writeSize(out, image.getValue().size());
        }
        Stored.writeProblems(out, placed.warnings());
    }

    /** A placing as {@link #writePlaced} wrote it, with a document to be filled in when it is read. */
    private Placed readPlaced(java.io.DataInputStream in, byte[] stored) throws IOException {
        String documentKey = news.portal.cache.Codec.readString(in);
        String uri = news.portal.cache.Codec.readString(in);
        String slug = news.portal.cache.Codec.readString(in);
        Text html = bodies.read(in);
        String summary = news.portal.cache.Codec.readString(in);
        Optional<String> cover = news.portal.cache.Codec.readOptional(in);
        Optional<ImageSizes.Size> coverSize = Stored.readSize(in);
        int count = news.portal.cache.Codec.count(in);
        List<Article.Picture> pictures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = news.portal.cache.Codec.readString(in);
            pictures.add(new Article.Picture(path, Stored.readSize(in).orElseThrow(() -> new IOException("no size"))));
        }
        count = news.portal.cache.Codec.count(in);
        List<Term> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tags.add(Stored.readTerm(in));
        }
        Optional<Term> section = in.readBoolean() ? Optional.of(Stored.readTerm(in)) : Optional.empty();
        String key = news.portal.cache.Codec.readString(in);
        Map<String, String> links = new HashMap<>();
        for (Map.Entry<String, Object> link : news.portal.cache.Codec.readAnyMap(in).entrySet()) {
            if (!(link.getValue() instanceof String target)) {
                throw new IOException("bad link");
            }
            links.put(link.getKey(), target);
        }
        count = news.portal.cache.Codec.count(in);
        Map<String, ImageFiles.Image> images = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = news.portal.cache.Codec.readString(in);
            String sitePath = news.portal.cache.Codec.readString(in);
            boolean exists = in.readBoolean();
            images.put(name, new ImageFiles.Image(sitePath, exists, Stored.readSize(in)));
        }
        List<Problem> warnings = Stored.readProblems(in);
        // no document yet: cachedPlace gives the article the one just read, when its key matches
        Article article = new Article(null, uri, slug, html, summary, cover, coverSize, pictures, tags, section, key);
        return new Placed(documentKey, article, Map.copyOf(links), Map.copyOf(images), warnings, stored);
    }

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
        // a new link is judged by a full walk, which refuses one that leaves the folder
        if (last == null || changed.stream().anyMatch(p -> Files.isDirectory(p) || Files.isSymbolicLink(p))) {
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
            boolean document = crawl.isDocument(name);
            String relative = content.relativize(file).toString().replace('\\', '/');
            stamps.remove(file);
            statics.remove(relative);
            if (!Files.isRegularFile(file) || name.startsWith(".") || Crawl.isLeftover(name)) {
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
        return load(now, includeUnpublished, new Scan(documents, stamps, statics, last.leftovers, last.problems));
    }

    private SiteModel load(Instant now, boolean includeUnpublished, Scan scan) {
        lastScan = scan;
        ForkJoinPool pool = new ForkJoinPool(config.threads());
        try {
            List<Problem> problems = Collections.synchronizedList(new ArrayList<>(scan.problems));
            List<Document> documents = pool.submit(() -> scan.documents.parallelStream()
                    .map(file -> cachedRead(file, scan.stamps.get(file), problems))
                    .flatMap(Optional::stream)
                    .toList()).join();
            changed |= reads.keySet().retainAll(new HashSet<>(scan.documents));
            Addresses addresses = new Addresses(config, problems, text -> slugs.computeIfAbsent(text, Slugs::of));
            addresses.assign(documents);
            if (!problems.isEmpty()) {
                throw new ProblemException(new ArrayList<>(problems));
            }
            List<Document> shown = documents.stream()
                    .filter(d -> includeUnpublished || isPublished(d, now))
                    .toList();
            ImageFiles images = new ImageFiles(config.paths(), new HashSet<>(scan.statics), imageSizes);
            List<Article> rendered = pool.submit(() -> shown.parallelStream()
                    .map(d -> cachedPlace(d, addresses, images))
                    .toList()).join();
            Set<String> current = new HashSet<>();
            shown.forEach(d -> current.add(d.file()));
            changed |= placed.keySet().retainAll(current);
            List<Problem> warnings = shown.stream().flatMap(d -> Stream.concat(
                    removedChars.getOrDefault(d.file(), List.of()).stream(),
                    placed.get(d.file()).warnings().stream())).toList();
            return assemble(rendered, scan.statics, warnings, now);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Whether {@code document} is part of the published site at {@code now}. The portal schedules every
     * article by its date; a JBake site publishes {@code status=published} at once, as JBake does, and
     * {@code status=published-date} once its date has come. Drafts never.
     */
    private boolean isPublished(Document document, Instant now) {
        if (document.draft()) {
            return false;
        }
        boolean waits = config.conventions().portal() || "published-date".equals(document.jbake().get("status"));
        return !waits || !document.date().toInstant().isAfter(now);
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
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>(scan.problems));
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
        return new Reading(config, documents, files, scan.statics, scan.leftovers, new ArrayList<>(problems), sources,
                addresses);
    }

    private Optional<Document> cachedRead(Path file, BasicFileAttributes attributes, List<Problem> problems) {
        Read last = reads.get(file);
        String stamp = attributes == null ? null : attributes.lastModifiedTime() + "/" + attributes.size();
        if (last != null && last.stamp() != null && last.stamp().equals(stamp) && last.document() != null) {
            return hit(file, last, problems);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            List<Problem> own = new ArrayList<>();
            Optional<Document> document = read(file, own, null);
            problems.addAll(own);
            changed |= reads.remove(file) != null;
            return document;
        }
        String hash = hash(file, bytes, attributes);
        if (last != null && last.hash().equals(hash)) {
            Read current = last;
            if (last.document() == null) {
                Optional<Read> decoded = decode(last);
                current = decoded.orElse(null);
            }
            if (current != null) {
                current = new Read(current.hash(), stamp, current.document(), current.stored(), current.bodyStart(),
                        current.problems(), current.removed());
                reads.put(file, current);
                return hit(file, current, problems);
            }
        }
        List<Problem> own = new ArrayList<>();
        int[] bodyStart = {-1};
        Optional<Document> document = read(file, bytes, own, null, bodyStart);
        if (bodyStart[0] >= 0) {
            // the file holds the body: placing reads it again, so the sources are never all in memory at once
            document = document.map(Document::withoutBody);
        }
        String relative = config.paths().content().relativize(file).toString().replace('\\', '/');
        reads.put(file, new Read(hash, stamp, document, null, bodyStart[0], List.copyOf(own),
                removedChars.getOrDefault(relative, List.of())));
        changed = true;
        problems.addAll(own);
        return document;
    }

    private Optional<Document> hit(Path file, Read read, List<Problem> problems) {
        problems.addAll(read.problems());
        String relative = config.paths().content().relativize(file).toString().replace('\\', '/');
        if (read.removed().isEmpty()) {
            removedChars.remove(relative);
        } else {
            removedChars.put(relative, read.removed());
        }
        return read.document();
    }

    /** What a file's read depends on: its bytes, and on a JBake site its time (the date of an undated page). */
    private String hash(Path file, byte[] bytes, BasicFileAttributes attributes) {
        String sha = news.portal.cache.Key.ofContent(bytes);
        if (config.conventions().portal()) {
            return sha;
        }
        try {
            FileTime time = attributes != null ? attributes.lastModifiedTime() : Files.getLastModifiedTime(file);
            return sha + "@" + time.toInstant();
        } catch (IOException e) {
            return sha + "@?";
        }
    }

    /** A read restored from the cache, its document decoded with the file's text; empty when it does not decode. */
    private static Optional<Read> decode(Read stored) {
        try {
            Optional<Document> document = Optional.empty();
            if (stored.stored() != null) {
                document = Optional.of(Stored.readDocument(new java.io.DataInputStream(
                        new java.io.ByteArrayInputStream(stored.stored()))));
            }
            return Optional.of(new Read(stored.hash(), null, document, stored.stored(), stored.bodyStart(),
                    stored.problems(), stored.removed()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Article cachedPlace(Document document, Addresses addresses, ImageFiles images) {
        List<Term> tags = document.tags().stream().map(addresses::tag).distinct().toList();
        Optional<Term> section = document.section().map(addresses::section);
        Placed last = placed.get(document.file());
        String documentKey = Article.documentKey(document);
        if (last != null && last.documentKey().equals(documentKey)
                && last.article().uri().equals(addresses.uri(document)) && last.article().tags().equals(tags)
                && last.article().section().equals(section)
                && last.links().entrySet().stream().allMatch(
                        link -> addresses.uriOfFile(link.getKey()).orElse("").equals(link.getValue()))
                && last.images().values().stream().allMatch(image -> images.find(image.sitePath()).equals(image))) {
            Article article = last.article();
            if (article.document() != document) {
                // the same content as a new object, or a placing restored from the cache: the key stays
                article = article.withDocument(document);
                placed.put(document.file(), new Placed(documentKey, article, last.links(), last.images(),
                        last.warnings(), last.stored()));
            }
            return article;
        }
        Map<String, String> links = new ConcurrentHashMap<>();
        ImageFiles.Uses uses = images.uses(document.file());
        List<Problem> warnings = new ArrayList<>();
        Article article = place(document, addresses, tags, section, links, uses, warnings);
        warnings.addAll(uses.missing());
        warnings.sort(Comparator.comparingInt(Problem::line));
        placed.put(document.file(), new Placed(documentKey, article, Map.copyOf(links), uses.images(),
                List.copyOf(warnings), null));
        changed = true;
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
        if (document.html().isPresent()) {
            return placeRendered(document, uri, tags, section, warnings);
        }
        String body = markdownOf(document);
        MarkdownRenderer.Rendered rendered = markdown.render(body,
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
        Article article = new Article(document, uri, slug, html, summary, cover, coverSize, images.pictures(), tags,
                section);
        return article.withBody(bodies.put(html));
    }

    /**
     * The Markdown body of {@code document}: its own, or for one kept without it, the rest of its file from
     * where the body started when it was read. The file must still have the bytes it was read from.
     */
    private String markdownOf(Document document) {
        if (document.markdown() != null) {
            return document.markdown();
        }
        Path path = config.paths().content().resolve(document.file());
        Read read = reads.get(path);
        try {
            byte[] bytes = Files.readAllBytes(path);
            if (read != null && read.bodyStart() >= 0 && hash(path, bytes, null).equals(read.hash())) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (read.bodyStart() <= text.length()) {
                    return text.substring(read.bodyStart());
                }
            }
        } catch (IOException e) {
            // reported below, as a file that changed
        }
        throw new ProblemException(List.of(Problem.ofFile(config.paths().shownContent(document.file()),
                "文件在读取之后又改变了：请再烘焙一次")));
    }

    /** A body a JBake engine rendered: shown as the engine wrote it, as stock JBake shows it. */
    private Article placeRendered(Document document, String uri, List<Term> tags, Optional<Term> section,
                                  List<Problem> warnings) {
        List<MarkdownRenderer.Flaw> flaws = new ArrayList<>();
        String html = markdown.cleanHtml(document.html().orElseThrow(), document.bodyLine(), flaws);
        String file = config.paths().shownContent(document.file());
        flaws.forEach(flaw -> warnings.add(new Problem(file, flaw.line(), "正文", flaw.message())));
        String summary = document.summary().orElseGet(() -> MarkdownRenderer.summaryOfHtml(html,
                config.paging().summaryLength()));
        Optional<String> cover = document.cover()
                .map(c -> SitePath.isAbsolute(c) ? c : SitePath.resolve(document.file(), c).orElse(c));
        String name = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        String slug = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        return new Article(document, uri, slug, html, summary, cover, declaredCoverSize(document), List.of(), tags,
                section).withBody(bodies.put(html));
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
        List<Article> others = new ArrayList<>();
        for (Article article : rendered) {
            switch (article.document().kind()) {
                case PAGE -> pages.add(article);
                case OTHER -> others.add(article);
                default -> articles.add(article);
            }
        }
        articles.sort(SiteModel.NEWEST_FIRST);
        others.sort(SiteModel.NEWEST_FIRST);
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
        return new SiteModel(articles, pages, others, tags, sections, months, statics, warnings, now);
    }

    private Optional<Document> read(Path path, List<Problem> problems, Map<String, Source> sources) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(Problem.ofFile(config.paths().shown(path), "无法读取：" + e.getMessage()));
            return Optional.empty();
        }
        return read(path, bytes, problems, sources, new int[1]);
    }

    /** @param bodyStart receives where the body starts in the file's text, or -1 when it is not the rest of it */
    private Optional<Document> read(Path path, byte[] bytes, List<Problem> problems, Map<String, Source> sources,
                                    int[] bodyStart) {
        Path content = config.paths().content();
        String file = content.relativize(path).toString().replace('\\', '/');
        String display = config.paths().shown(path);
        bodyStart[0] = -1;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofFile(display, "文件不是 UTF-8 编码，请用 UTF-8 保存"));
            return Optional.empty();
        }
        String original = text;
        Optional<JBakeEngines.Markup> markup = JBakeEngines.Markup.of(path.getFileName().toString());
        // the portal's Markdown renders once addresses are known; every other body goes through JBake's engine
        boolean jbakeBody = markup.isPresent()
                && !(markup.get() == JBakeEngines.Markup.MARKDOWN && config.conventions().cjk());
        // before the front matter is parsed: SnakeYAML refuses most of these characters, in English
        List<Problem> removed = new ArrayList<>();
        text = XmlChars.stripFile(text, display, removed);
        Source source;
        Optional<JBakeEngines.Parsed> parsed = Optional.empty();
        try {
            source = XmlChars.stripFields(parser.parse(display, text), removed);
        } catch (ProblemException e) {
            if (markup.orElse(null) != JBakeEngines.Markup.ASCIIDOC) {
                problems.addAll(e.problems());
                return Optional.empty();
            }
            // an AsciiDoc file may carry its fields as :jbake-title: attributes in its own header instead
            parsed = engines.parse(path, JBakeEngines.Markup.ASCIIDOC);
            if (parsed.isEmpty()) {
                problems.add(Problem.ofFile(display, "AsciiDoc 文件缺少文件头：请写 JBake 的 key=value 文件头，"
                        + "或在文档头里写 :jbake-type: 和 :jbake-status: 属性"));
                return Optional.empty();
            }
            source = fromAttributes(display, parsed.get().fields(), path);
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
        Optional<String> html = Optional.empty();
        Map<String, Object> jbakeFields = Map.of();
        if (jbakeBody) {
            if (parsed.isEmpty() && source.format() == Source.Format.JBAKE) {
                parsed = engines.parse(path, markup.get());
            }
            if (parsed.isPresent()) {
                // JBake's engine read the file itself: what it gives must lose XML's forbidden characters too
                html = Optional.of(parsed.get().html());
                Map<String, Object> fields = new java.util.LinkedHashMap<>();
                parsed.get().fields().forEach((key, value) -> fields.put(key, XmlChars.stripValue(value)));
                jbakeFields = fields;
            } else {
                // YAML front matter, which JBake cannot read, or a JBake header JBake would skip (DocumentReader
                // names what it lacks): the body alone goes through the engine
                html = Optional.of(engines.render(path, markup.get(), text.lines().toList(), source.body()));
            }
        }
        java.time.Instant modified;
        try {
            modified = Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            modified = java.time.Instant.EPOCH;
        }
        html = html.map(body -> XmlChars.strip(XmlChars.stripReferences(body)));
        Optional<Document> document = reader.read(display, file, source, problems,
                new DocumentReader.Extras(html, jbakeFields, sha1(bytes), modified));
        document.ifPresent(d -> {
            if (original.endsWith(d.markdown())) {
                bodyStart[0] = original.length() - d.markdown().length();
            }
        });
        return document;
    }

    /** The fields AsciidoctorJ read from an AsciiDoc document's own header, as a source without lines. */
    private static Source fromAttributes(String display, Map<String, Object> fields, Path path) {
        Map<String, news.portal.frontmatter.Field> byName = new java.util.LinkedHashMap<>();
        fields.forEach((key, value) -> byName.put(key, new news.portal.frontmatter.Field(value, 1)));
        return new Source(display, Source.Format.JBAKE, byName, "", 1);
    }

    /** JBake's {@code content.sha1}: the hex SHA-1 of the file's bytes. */
    private static String sha1(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    private record Scan(List<Path> documents, Map<Path, BasicFileAttributes> stamps, List<String> statics,
                        List<String> leftovers, List<Problem> problems) {

        Scan(List<Path> documents, Map<Path, BasicFileAttributes> stamps, List<String> statics) {
            this(documents, stamps, statics, List.of(), List.of());
        }
    }

    private Scan scan() {
        Crawl.Result found = crawl.walk();
        List<Problem> problems = new ArrayList<>(found.problems());
        // templates, assets and data are read later, by the renderer and the copy: their links are judged
        // here, so a bake stops before writing anything and check reports what the bake would
        problems.addAll(FolderLinks.sourceFolders(config));
        return new Scan(found.documents(), found.stamps(), found.statics(), found.leftovers(), problems);
    }

    static String monthPath(Document document) {
        return document.date().format(YEAR_MONTH_PATH);
    }
}
