package news.portal.search;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
import news.portal.problem.Language;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

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
 *   <li>{@code search/s/K.HASH.json}: part K of the traditional → simplified table;</li>
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

    /**
     * Articles per document list: a page of ten results spread over the archive fetches up to ten lists, so
     * short ones.
     */
    static final int CHUNK = 16;
    /**
     * Fingerprints per name table ({@code n/tK} for shards, {@code n/dK} for document lists): the manifest
     * names the tables, not the thousands of files, so it stays small at any archive size.
     */
    static final int NAMES = 64;
    /** What a shard should weigh before compression: a few shards per query stay small. */
    static final long SHARD_TARGET_BYTES = 24 * 1024;
    /** Name tables keep the manifest small however many shards there are; more shards, less of others per fetch. */
    static final int MAX_SHARDS = 16384;
    /**
     * Parts of the traditional → simplified table ({@code s/K}, by code unit mod this): the whole table is
     * 12 KB gzip, a part about 0.4 KB, and a query fetches the parts of its own characters.
     */
    static final int T2S_PARTS = 64;
    /** Text kept per article for snippets: results show a line of it. */
    static final int TEXT_LIMIT = 20_000;

    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** Articles per block, on average (see {@link Block}): an edit reads again about this many. */
    static final int BLOCK_LENGTH = 128;

    private final SiteConfig config;
    private final long shardTarget;
    private final int blockLength;
    private List<Article> last = List.of();
    /** The blocks of the last index written or restored, by key. */
    private Map<String, Block> blocks = new HashMap<>();

    /** An index of {@code config}'s site; nothing is written before {@link #write}. */
    public SearchIndex(SiteConfig config) {
        this(config, SHARD_TARGET_BYTES);
    }

    /** With shards of about {@code shardTarget} bytes: small ones let tests see many shards in a small site. */
    SearchIndex(SiteConfig config, long shardTarget) {
        this.config = config;
        this.shardTarget = shardTarget;
        this.blockLength = blockLength(config);
    }

    /**
     * {@code search.block_articles}: how many articles, on average, the index reads again after an edit.
     * Smaller blocks make an edit cheaper and the merge of all blocks dearer; tests set it small so that a
     * few articles make several blocks.
     *
     * @throws ProblemException naming the line of {@code jbake.properties} when it is no whole number from 1
     */
    private static int blockLength(SiteConfig config) {
        String key = "search.block_articles";
        Object value = config.raw().get(key.replace('.', '_'));
        if (value == null) {
            return BLOCK_LENGTH;
        }
        String text = String.valueOf(value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value).strip();
        try {
            int length = Integer.parseInt(text);
            if (length >= 1 && length <= 1_000_000) {
                return length;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value as written
        }
        Language language = Language.of(config.identity().language());
        throw new ProblemException(List.of(new Problem("jbake.properties", config.lineOf(key), key,
                language.pick("应为 1 到 1000000 的整数，现在是“" + text + "”",
                        "expected a whole number from 1 to 1000000; found \"" + text + "\""))));
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
     * @param read     articles read again: those of the blocks that neither the last write nor the cache had
     */
    public record Stats(int articles, int shards, int files, long bytes, Duration took, int read) { }

    /**
     * Writes the index of {@code model}'s published articles below {@code out}, replacing the one written
     * before. Drafts and articles dated after {@link SiteModel#bakeTime()} are never indexed, even in a
     * preview that shows them.
     *
     * @return what was written; empty when the indexed articles are the very ones of the previous call,
     *         whose index is then still in place
     */
    public Optional<Stats> write(SiteModel model, Path out) {
        return write(model, out, null, Reuse.NONE);
    }

    /** Takes a file from an earlier output when it is still the one written there. */
    public interface Reuse {
        /** Reuses nothing. */
        Reuse NONE = (from, to, size, modified) -> false;

        /**
         * Keeps {@code from}, an article file of the earlier output, for {@code to} when it has {@code size}
         * bytes and was modified in the second {@code modified}: the bake then leaves it where it is (it takes
         * nothing into {@code out}, which holds only what changed); a caller without an earlier output in place
         * would link or copy it to {@code to}.
         *
         * @return whether it is kept; when not, the file is written to {@code to} again
         */
        boolean take(Path from, Path to, long size, long modified);
    }

    /**
     * As {@link #write(SiteModel, Path)}, taking from {@code previous} (an output holding the last index this
     * instance wrote or restored, or null) each article file of a block that did not change, through {@code reuse}.
     */
    public Optional<Stats> write(SiteModel model, Path out, Path previous, Reuse reuse) {
        long start = System.nanoTime();
        List<Article> articles = published(config, model);
        if (!last.isEmpty() && sameArticles(articles, last) && Files.isRegularFile(out.resolve(MANIFEST))) {
            return Optional.empty();
        }
        Path folder = out.resolve(FOLDER);
        try {
            deleteTree(folder);
            Writer writer = new Writer(folder);
            List<List<Article>> runs = runs(articles, blockLength);
            List<String> keys = runs.stream().map(Block::key).toList();
            List<Block> blocks = new ArrayList<>(runs.size());
            List<Integer> missing = new ArrayList<>();
            for (String key : keys) {
                Block known = this.blocks.get(key);
                blocks.add(known);
                if (known == null) {
                    missing.add(blocks.size() - 1);
                }
            }
            ForkJoinPool pool = new ForkJoinPool(config.threads());
            try {
                // a run read on a worker thread is what the cache keeps of it: a block of each thread's own
                pool.submit(() -> missing.parallelStream().forEach(i -> blocks.set(i, block(keys.get(i), runs.get(i), writer)))).join();
                Set<Integer> read = Set.copyOf(missing);
                Path from = previous == null ? null : previous.resolve(FOLDER);
                pool.submit(() -> IntStream.range(0, runs.size()).parallel().filter(i -> !read.contains(i))
                        .forEach(i -> documents(runs.get(i), blocks.get(i), from, reuse, writer))).join();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                pool.shutdown();
            }
            Postings postings = new Postings();
            int base = 0;
            Map<String, Block> kept = new HashMap<>();
            for (Block block : blocks) {
                block.appendTo(postings, base);
                base += block.count;
                kept.put(block.key, block);
            }
            this.blocks = kept;
            int shards = shardCount(postings, shardTarget);
            List<String> shardHashes = writeShards(writer, postings, shards);
            List<String> chunkHashes = new ArrayList<>();
            for (int from = 0; from < articles.size(); from += CHUNK) {
                List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + CHUNK));
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
            String tableHash = writeSimplifications(writer);
            TreeSet<String> syllables = new TreeSet<>();
            postings.entries().forEach((term, entry) -> {
                if (entry.sizes[Postings.PINYIN] > 0) {
                    syllables.add(term);
                }
            });
            writer.write("index.json", json(g -> {
                g.writeStartObject();
                g.writeNumberField("version", 5);
                g.writeNumberField("articles", articles.size());
                g.writeNumberField("chunk", CHUNK);
                g.writeStringField("t2s", tableHash);
                g.writeNumberField("t2sParts", T2S_PARTS);
                g.writeNumberField("names", NAMES);
                g.writeNumberField("shards", shardHashes.size());
                strings(g, "shardNames", nameTables(writer, "t", shardHashes));
                g.writeNumberField("docs", chunkHashes.size());
                strings(g, "docNames", nameTables(writer, "d", chunkHashes));
                strings(g, "pinyin", new ArrayList<>(syllables));
                g.writeEndObject();
            }));
            last = articles;
            int read = missing.stream().mapToInt(i -> runs.get(i).size()).sum();
            return Optional.of(new Stats(articles.size(), shards, writer.files.get(), writer.bytes.get(),
                    Duration.ofNanos(System.nanoTime() - start), read));
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

    /** {@code articles} cut into runs of about {@code length} (see {@link Block#ends}). */
    static List<List<Article>> runs(List<Article> articles, int length) {
        List<List<Article>> runs = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < articles.size(); i++) {
            if (Block.ends(articles.get(i), i + 1 - from, length) || i == articles.size() - 1) {
                runs.add(articles.subList(from, i + 1));
                from = i + 1;
            }
        }
        return runs;
    }

    /**
     * Writes the article files of a block that did not change: from the previous output where each is as
     * the block saw it written, else afresh.
     */
    private static void documents(List<Article> run, Block block, Path previous, Reuse reuse, Writer writer) {
        for (int i = 0; i < run.size(); i++) {
            Article article = run.get(i);
            String name = "a/" + article.uri() + ".json";
            if (previous != null && block.files[2 * i + 1] >= 0) {
                Path to = writer.folder.resolve(name);
                writer.parent(to);
                if (reuse.take(previous.resolve(name), to, block.files[2 * i], block.files[2 * i + 1])) {
                    writer.files.incrementAndGet();
                    writer.bytes.addAndGet(block.files[2 * i]);
                    continue;
                }
            }
            stamp(block.files, i, document(article, text(article), writer));
        }
    }

    private static void stamp(long[] files, int i, Path file) {
        try {
            java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class);
            files[2 * i] = attributes.size();
            // to the second, as the pages' stamps: a CI cache restores files with their times, to the second at best
            files[2 * i + 1] = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException e) {
            files[2 * i + 1] = -1;
        }
    }

    /** Reads a run of articles into a block, and writes each one's file of what a result shows. */
    private static Block block(String key, List<Article> run, Writer writer) {
        long[] files = new long[2 * run.size()];
        Postings postings = new Postings();
        for (int id = 0; id < run.size(); id++) {
            Article article = run.get(id);
            String text = text(article);
            String title = Fold.text(article.title());
            postings.addTitle(id, title, Tokens.of(title, true));
            postings.addSyllables(id, Pinyin.syllables(title));
            List<Tokens.Token> terms = new ArrayList<>();
            Stream.concat(article.tags().stream(), article.section().stream()).map(Term::name)
                    .forEach(name -> terms.addAll(Tokens.of(Fold.text(name), true)));
            postings.add(id, Postings.TERMS, terms);
            postings.add(id, Postings.SUMMARY, Tokens.of(Fold.text(article.summary()), true));
            // single characters of bodies would double the index for queries that match nearly every article
            postings.addAll(id, Postings.BODY, Tokens.distinct(Fold.text(text)));
            stamp(files, id, document(article, text, writer));
        }
        return Block.of(key, run.size(), postings, files);
    }

    /** The text of an article's body: the one place the index reads it. */
    private static String text(Article article) {
        return PlainText.of(article.html());
    }

    /** Writes one article's file of what a result shows. */
    private static Path document(Article article, String text, Writer writer) {
        try {
            return writer.write("a/" + article.uri() + ".json", documentBytes(article, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] documentBytes(Article article, String text) throws IOException {
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

    /**
     * Writes the blocks of the last index written, for {@link #restore} in a later bake: a bake then reads
     * again only the runs of articles that changed.
     */
    public void save(DataOutputStream out) throws IOException {
        List<Block> sorted = new ArrayList<>(blocks.values());
        sorted.sort(Comparator.comparing(block -> block.key));
        out.writeInt(blockLength);
        out.writeInt(sorted.size());
        for (Block block : sorted) {
            block.write(out);
        }
    }

    /**
     * Starts from the blocks {@link #save} wrote, before the first {@link #write}.
     *
     * @throws IOException when {@code in} is not what {@link #save} writes; nothing is then restored
     */
    public void restore(DataInputStream in) throws IOException {
        int length = in.readInt();
        int count = news.portal.cache.Codec.count(in);
        Map<String, Block> restored = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Block block = Block.read(in);
            restored.put(block.key, block);
        }
        // blocks of another run length hold other runs: none would be found, so none are kept
        blocks = length == blockLength ? restored : new HashMap<>();
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

    /** Writes {@code hashes} as tables of {@link #NAMES} each, {@code n/PREFIX K.HASH.json}; returns their hashes. */
    private static List<String> nameTables(Writer writer, String prefix, List<String> hashes) throws IOException {
        List<String> tables = new ArrayList<>();
        for (int from = 0; from < hashes.size(); from += NAMES) {
            List<String> part = hashes.subList(from, Math.min(hashes.size(), from + NAMES));
            byte[] bytes = json(g -> {
                g.writeStartArray();
                for (String hash : part) {
                    g.writeString(hash);
                }
                g.writeEndArray();
            });
            String hash = fingerprint(bytes);
            writer.write("n/" + prefix + (from / NAMES) + "." + hash + ".json", bytes);
            tables.add(hash);
        }
        return tables;
    }

    /** The traditional → simplified table as two strings of equal length, character for character. */
    /**
     * Writes the traditional → simplified table as {@link #T2S_PARTS} parts, {@code s/K.HASH.json}, HASH the
     * whole table's fingerprint (any change renames every part); returns it. A pair stands in the part of its
     * traditional character, for folding a query, and in that of its simplified one, for marking a title
     * whose traditional characters fold to the query's: a query fetches the parts of its own characters.
     */
    private static String writeSimplifications(Writer writer) throws IOException {
        List<StringBuilder> from = new ArrayList<>();
        List<StringBuilder> to = new ArrayList<>();
        for (int i = 0; i < T2S_PARTS; i++) {
            from.add(new StringBuilder());
            to.add(new StringBuilder());
        }
        Fold.simplifications().forEach((traditional, simplified) -> {
            int a = traditional % T2S_PARTS;
            int b = simplified % T2S_PARTS;
            from.get(a).append(traditional);
            to.get(a).append(simplified);
            if (b != a) {
                from.get(b).append(traditional);
                to.get(b).append(simplified);
            }
        });
        List<byte[]> parts = new ArrayList<>();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (int i = 0; i < T2S_PARTS; i++) {
            String f = from.get(i).toString();
            String t = to.get(i).toString();
            byte[] bytes = json(g -> {
                g.writeStartObject();
                g.writeStringField("from", f);
                g.writeStringField("to", t);
                g.writeEndObject();
            });
            parts.add(bytes);
            whole.write(bytes);
        }
        String hash = fingerprint(whole.toByteArray());
        for (int i = 0; i < T2S_PARTS; i++) {
            writer.write("s/" + i + "." + hash + ".json", parts.get(i));
        }
        return hash;
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

        Path write(String path, byte[] content) throws IOException {
            Path file = folder.resolve(path);
            parent(file);
            Files.write(file, content);
            files.incrementAndGet();
            bytes.addAndGet(content.length);
            return file;
        }

        void parent(Path file) {
            Path parent = file.getParent();
            // created before it is remembered, so no thread writes into a folder another is still creating
            if (!made.contains(parent)) {
                try {
                    Files.createDirectories(parent);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                made.add(parent);
            }
        }
    }

}
