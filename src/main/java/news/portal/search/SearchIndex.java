package news.portal.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.SiteModel;
import news.portal.content.Term;

/**
 * Writes the search index of a site's published articles into {@code search/} of the output, for the
 * search page ({@code search.html}) to query in the browser:
 *
 * <ul>
 *   <li>{@code search/index.json}, the manifest: the number of articles, the fingerprint of every shard
 *       and document list, the traditional → simplified table's name and the pinyin syllables;</li>
 *   <li>{@code search/t/N.HASH.json}, the shards: each term's posting lists, a term in shard
 *       {@code FNV-1a(term) mod shards}, so a query fetches only the shards of its own terms;</li>
 *   <li>{@code search/d/K.HASH.json}: address, title, date and section of articles {@code 64K} to
 *       {@code 64K+63}, what a result's line shows;</li>
 *   <li>{@code search/a/ADDRESS.json}: one article's title, date, section, tags, summary and text, for
 *       a result's snippet.</li>
 * </ul>
 *
 * Fingerprinted files never change under their name, so they may be cached for good; the manifest and
 * the article files keep their names. The output depends only on the articles, so two bakes of the same
 * sources write the same bytes. Not thread-safe: one bake or preview session per instance.
 */
public final class SearchIndex {

    /** The search page, at the site root. */
    public static final String PAGE = "search.html";
    /** The index's folder, at the site root. */
    public static final String FOLDER = "search";
    /** The manifest, below the site root. */
    public static final String MANIFEST = FOLDER + "/index.json";

    /** Articles per document list. */
    static final int CHUNK = 64;
    /** What a shard should weigh before compression: a few shards per query stay small. */
    static final long SHARD_TARGET_BYTES = 24 * 1024;
    static final int MAX_SHARDS = 4096;
    /** Articles read in parallel before their terms are merged. */
    static final int BATCH = 256;
    /** Text kept per article for snippets: results show a line of it. */
    static final int TEXT_LIMIT = 20_000;

    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final SiteConfig config;
    private final long shardTarget;
    private List<Article> last = List.of();

    /** An index of {@code config}'s site; nothing is written before {@link #write}. */
    public SearchIndex(SiteConfig config) {
        this(config, SHARD_TARGET_BYTES);
    }

    /** With shards of about {@code shardTarget} bytes: small ones let tests see many shards in a small site. */
    SearchIndex(SiteConfig config, long shardTarget) {
        this.config = config;
        this.shardTarget = shardTarget;
    }

    /**
     * Whether the site has search: {@code render.search}, on by default under the portal's conventions and
     * off for a plain JBake site; {@code search.enabled=false} turns it off too.
     */
    public static boolean enabled(SiteConfig config) {
        return config.flag("render.search", config.conventions().portal()) && config.flag("search.enabled", true);
    }

    /**
     * What writing the index took.
     *
     * @param articles articles indexed
     * @param shards   shard files
     * @param files    files written in all
     * @param bytes    their size, uncompressed
     * @param took     wall time
     */
    public record Stats(int articles, int shards, int files, long bytes, Duration took) { }

    /**
     * Writes the index of {@code model}'s published articles below {@code out}, replacing the one written
     * before. Drafts and articles dated after {@link SiteModel#bakeTime()} are never indexed, even in a
     * preview that shows them.
     *
     * @return what was written; empty when the indexed articles are the very ones of the previous call,
     *         whose index is then still in place
     */
    public Optional<Stats> write(SiteModel model, Path out) {
        long start = System.nanoTime();
        List<Article> articles = published(config, model);
        if (!last.isEmpty() && sameArticles(articles, last) && Files.isRegularFile(out.resolve(MANIFEST))) {
            return Optional.empty();
        }
        Path folder = out.resolve(FOLDER);
        try {
            deleteTree(folder);
            Writer writer = new Writer(folder);
            Postings postings = new Postings();
            List<Article> listed = new ArrayList<>(articles.size());
            ForkJoinPool pool = new ForkJoinPool(config.threads());
            try {
                // articles are read in parallel a batch at a time and merged in order: the postings stay sorted
                // and no more than a batch of texts is held at once
                for (int from = 0; from < articles.size(); from += BATCH) {
                    int first = from;
                    int end = Math.min(articles.size(), from + BATCH);
                    List<Terms> batch = pool.submit(() -> IntStream.range(first, end).parallel()
                            .mapToObj(id -> terms(articles.get(id), writer)).toList()).join();
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).addTo(postings, first + i);
                        listed.add(articles.get(first + i));
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                pool.shutdown();
            }
            int shards = shardCount(postings, shardTarget);
            List<String> shardHashes = writeShards(writer, postings, shards);
            List<String> chunkHashes = new ArrayList<>();
            for (int from = 0; from < listed.size(); from += CHUNK) {
                List<Article> chunk = listed.subList(from, Math.min(listed.size(), from + CHUNK));
                byte[] bytes = json(g -> {
                    g.writeStartArray();
                    for (Article article : chunk) {
                        // what a result's line shows, so the list appears before the files of its snippets
                        g.writeStartArray();
                        g.writeString(article.uri());
                        g.writeString(article.title());
                        g.writeString(DAY.format(article.document().date()));
                        g.writeString(article.section().map(Term::name).orElse(""));
                        g.writeEndArray();
                    }
                    g.writeEndArray();
                });
                String hash = fingerprint(bytes);
                writer.write("d/" + (from / CHUNK) + "." + hash + ".json", bytes);
                chunkHashes.add(hash);
            }
            byte[] table = simplifications();
            String tableHash = fingerprint(table);
            writer.write("t2s." + tableHash + ".json", table);
            TreeSet<String> syllables = new TreeSet<>();
            postings.entries().forEach((term, entry) -> {
                if (entry.sizes[Postings.PINYIN] > 0) {
                    syllables.add(term);
                }
            });
            writer.write("index.json", json(g -> {
                g.writeStartObject();
                g.writeNumberField("version", 3);
                g.writeNumberField("articles", articles.size());
                g.writeNumberField("chunk", CHUNK);
                g.writeStringField("t2s", tableHash);
                strings(g, "shards", shardHashes);
                strings(g, "docs", chunkHashes);
                strings(g, "pinyin", new ArrayList<>(syllables));
                g.writeEndObject();
            }));
            last = articles;
            return Optional.of(new Stats(articles.size(), shards, writer.files.get(), writer.bytes.get(),
                    Duration.ofNanos(System.nanoTime() - start)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index to " + folder, e);
        }
    }

    /** Articles readers may find, in rank order: newest first, as the site lists them. */
    static List<Article> published(SiteConfig config, SiteModel model) {
        return model.articles().stream().filter(article -> {
            if (article.document().draft()) {
                return false;
            }
            // a preview shows scheduled articles; the index never holds them, as the published site would not
            boolean waits = config.conventions().portal() || "published-date".equals(article.document().jbake().get("status"));
            return !waits || !article.document().date().toInstant().isAfter(model.bakeTime());
        }).toList();
    }

    private static boolean sameArticles(List<Article> a, List<Article> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            // the content loader hands out the same object for as long as its file does not change
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** One article's terms by field, found on a worker thread, added to the postings in rank order. */
    private record Terms(String folded, List<Tokens.Token> title, List<String> syllables, List<Tokens.Token> terms,
                         List<Tokens.Token> summary, Set<String> body) {

        void addTo(Postings postings, int id) {
            postings.addTitle(id, folded, title);
            postings.addSyllables(id, syllables);
            postings.add(id, Postings.TERMS, terms);
            postings.add(id, Postings.SUMMARY, summary);
            postings.addAll(id, Postings.BODY, body);
        }
    }

    /** Reads one article's terms and writes its file of what a result shows. */
    private static Terms terms(Article article, Writer writer) {
        String text = PlainText.of(article.html());
        String title = Fold.text(article.title());
        List<Tokens.Token> terms = new ArrayList<>();
        Stream.concat(article.tags().stream(), article.section().stream()).map(Term::name)
                .forEach(name -> terms.addAll(Tokens.of(Fold.text(name), true)));
        // single characters of bodies would double the index for queries that match nearly every article
        Set<String> body = Tokens.distinct(Fold.text(text));
        try {
            writer.write("a/" + article.uri() + ".json", document(article, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Terms(title, Tokens.of(title, true), Pinyin.syllables(title), terms,
                Tokens.of(Fold.text(article.summary()), true), body);
    }

    private static byte[] document(Article article, String text) throws IOException {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("t", article.title());
            g.writeStringField("u", article.uri());
            g.writeStringField("d", DAY.format(article.document().date()));
            g.writeStringField("s", article.section().map(Term::name).orElse(""));
            strings(g, "g", article.tags().stream().map(Term::name).toList());
            g.writeStringField("m", article.summary());
            g.writeStringField("b", text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text);
            g.writeEndObject();
        });
    }

    /** Enough shards that each weighs about {@code target} bytes; a power of two. */
    static int shardCount(Postings postings, long target) {
        // a posting is one or two characters, a term's key and punctuation about a dozen
        long estimate = postings.size() * 3 / 2 + postings.entries().size() * 12L;
        int shards = 1;
        while (shards < MAX_SHARDS && estimate / shards > target) {
            shards *= 2;
        }
        return shards;
    }

    private static List<String> writeShards(Writer writer, Postings postings, int shards) throws IOException {
        List<List<String>> terms = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            terms.add(new ArrayList<>());
        }
        for (String term : postings.entries().keySet()) {
            terms.get(Tokens.shard(term, shards)).add(term);
        }
        List<String> hashes = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            List<String> own = terms.get(i);
            own.sort(Comparator.naturalOrder());
            byte[] bytes = json(g -> {
                g.writeStartObject();
                for (String term : own) {
                    Postings.Entry entry = postings.entries().get(term);
                    g.writeArrayFieldStart(term);
                    int used = Postings.FIELDS;
                    while (used > 0 && entry.sizes[used - 1] == 0) {
                        used--;
                    }
                    for (int field = 0; field < used; field++) {
                        g.writeString(entry.encode(field));
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            });
            String hash = fingerprint(bytes);
            writer.write("t/" + i + "." + hash + ".json", bytes);
            hashes.add(hash);
        }
        return hashes;
    }

    /** The traditional → simplified table as two strings of equal length, character for character. */
    private static byte[] simplifications() throws IOException {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        Fold.simplifications().forEach((traditional, simplified) -> {
            from.append(traditional);
            to.append(simplified);
        });
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("from", from.toString());
            g.writeStringField("to", to.toString());
            g.writeEndObject();
        });
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] json(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            body.write(g);
        }
        return bytes.toByteArray();
    }

    static String fingerprint(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Writes files below the index folder, creating folders once each, and counts what it wrote. */
    private static final class Writer {
        private final Path folder;
        private final Set<Path> made = ConcurrentHashMap.newKeySet();
        private final AtomicInteger files = new AtomicInteger();
        private final AtomicLong bytes = new AtomicLong();

        Writer(Path folder) {
            this.folder = folder;
        }

        void write(String path, byte[] content) throws IOException {
            Path file = folder.resolve(path);
            Path parent = file.getParent();
            // created before it is remembered, so no thread writes into a folder another is still creating
            if (!made.contains(parent)) {
                Files.createDirectories(parent);
                made.add(parent);
            }
            Files.write(file, content);
            files.incrementAndGet();
            bytes.addAndGet(content.length);
        }
    }

}
