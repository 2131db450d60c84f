package news.portal.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The search half of the benchmark, run by {@code bench/search.sh} on a baked site: substring recall of
 * queries cut from titles, and the bytes a fresh browser fetches per query (gzip), from the same files
 * {@code search.js} fetches. Not a test: a program with a {@code main}.
 *
 * <pre>java -cp … news.portal.search.SearchBench OUT [QUERIES [SEED]]</pre>
 *
 * Besides the order the site uses ({@link Searcher#ORDER}) it gives the recall of two others on the same
 * queries: the tiers with newest first (the first slice's order) and the phrase's place before the run's
 * length; and, as a yardstick, the recall a ranking would get that could not tell apart the titles
 * holding the phrase (ten divided by their number, at most one, summed over the queries).
 */
public final class SearchBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
        // the page itself and what it loads before any query: search.html, its stylesheets and the script
        long page = gzip(out.resolve("search.html"));
        try (Stream<Path> assets = Files.walk(out)) {
            for (Path asset : assets.filter(p -> p.getFileName().toString().matches("(site|search)\\..*css|search\\..*js"))
                    .toList()) {
                page += gzip(asset);
            }
        }
        JsonNode manifest = JSON.readTree(out.resolve(SearchIndex.MANIFEST).toFile());
        Map<String, Comparator<Searcher.Hit>> others = new LinkedHashMap<>();
        others.put("tier, then newest first", Comparator.comparingInt(Searcher.Hit::tier)
                .thenComparingInt(Searcher.Hit::id));
        others.put("tier, place, then run length", Comparator.comparingInt(Searcher.Hit::tier)
                .thenComparingInt(Searcher.Hit::place).thenComparingInt(Searcher.Hit::run)
                .thenComparing(Comparator.comparingInt(Searcher.Hit::also).reversed()).thenComparingInt(Searcher.Hit::id));
        Map<String, int[]> otherRecall = new LinkedHashMap<>();
        others.keySet().forEach(name -> otherRecall.put(name, new int[2]));
        double blind = 0;
        int top10 = 0;
        int top60 = 0;
        long most = 0;
        long total = 0;
        int asked = 0;
        long millis = 0;
        long exactTotal = 0;
        int inExact = 0;
        Map<String, Long> kinds = new java.util.TreeMap<>();
        for (Query q : queries(out, count, seed)) {
            String query = q.text();
            asked++;
            Searcher searcher = new Searcher(out);
            long begin = System.nanoTime();
            List<Searcher.Hit> hits = searcher.search(query);
            millis += (System.nanoTime() - begin) / 1_000_000;
            String uri = q.uri();
            long exact = hits.stream().filter(h -> h.tier() == Searcher.EXACT).count();
            exactTotal += exact;
            if (hits.stream().anyMatch(h -> h.uri().equals(uri) && h.tier() == Searcher.EXACT)) {
                inExact++;
            }
            int rank = hits.stream().map(Searcher.Hit::uri).toList().indexOf(uri);
            blind += exact == 0 ? 0 : Math.min(1.0, 10.0 / exact);
            for (Map.Entry<String, Comparator<Searcher.Hit>> other : others.entrySet()) {
                List<Searcher.Hit> sorted = new ArrayList<>(hits);
                sorted.sort(other.getValue());
                int at = sorted.stream().map(Searcher.Hit::uri).toList().indexOf(uri);
                otherRecall.get(other.getKey())[0] += at >= 0 && at < 10 ? 1 : 0;
                otherRecall.get(other.getKey())[1] += at >= 0 && at < 60 ? 1 : 0;
            }
            if (rank >= 0 && rank < 10) {
                top10++;
            }
            if (rank >= 0 && rank < 60) {
                top60++;
            }
            // what the page then fetches: the first ten results' files
            // the Searcher read every hit's list to name them all; the page reads the ten it shows
            LinkedHashSet<Path> fetched = new LinkedHashSet<>();
            // and so the name tables of those ten lists only, not of every list the Searcher opened
            searcher.filesRead().stream().filter(f -> !f.getParent().getFileName().toString().equals("d")
                    && !(f.getParent().getFileName().toString().equals("n") && f.getFileName().toString().startsWith("d")))
                    .forEach(fetched::add);
            int listsPerTable = manifest.get("names").asInt() * manifest.get("chunk").asInt();
            for (Searcher.Hit hit : hits.subList(0, Math.min(10, hits.size()))) {
                fetched.add(searcher.lineFile(hit.id()));
                int table = hit.id() / listsPerTable;
                fetched.add(out.resolve("search/n/d" + table + "." + manifest.get("docNames").get(table).asText() + ".json"));
                fetched.add(out.resolve("search/a/" + hit.uri() + ".json"));
            }
            fetched.addAll(simplificationParts(out, query));
            long bytes = page;
            for (Path f : fetched) {
                long size = gzip(f);
                bytes += size;
                kinds.merge(kind(out, f), size, Long::sum);
            }
            most = Math.max(most, bytes);
            total += bytes;
            System.out.printf("%s\t%d hits\t%d titles with the phrase\trank %d\t%.1f KB%n", query, hits.size(), exact,
                    rank + 1, bytes / 1024.0);
        }
        System.out.printf("queries %d (seed %d), found in the top 10: %d, in the top 60: %d%n", asked, seed, top10, top60);
        otherRecall.forEach((name, recall) -> System.out.printf("  ordered by %s instead: top 10: %d, top 60: %d%n",
                name, recall[0], recall[1]));
        System.out.printf("  yardstick, a ranking blind among the titles with the phrase: top 10 %.1f%n", blind);
        // the generated titles repeat their phrases: an article is among hundreds with the same phrase,
        // which rank newest first, so the top 10 cannot hold it; this says whether it ranked with the best
        System.out.printf("article among the titles with the exact phrase (the first tier): %d of %d; "
                + "titles with the phrase per query: %.0f on average%n", inExact, asked, (double) exactTotal / asked);
        System.out.printf("bytes per fresh query (gzip): mean %.1f KB, most %.1f KB (page, CSS and JS %.1f KB of it)%n",
                total / 1024.0 / asked, most / 1024.0, page / 1024.0);
        StringBuilder parts = new StringBuilder("mean gzip KB per fresh query by file:");
        for (Map.Entry<String, Long> kind : kinds.entrySet()) {
            parts.append(String.format(" %s %.1f", kind.getKey(), kind.getValue() / 1024.0 / asked));
        }
        System.out.println(parts);
        System.out.printf("mean time to rank in Java (files read from disk): %d ms%n", millis / asked);
    }

    /** What a fetched file is: the manifest, a name table (n), a shard (t), a list of lines (d), a part of the table (s) or an article (a). */
    private static String kind(Path out, Path file) {
        Path relative = out.resolve("search").relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : relative.toString().replace(".json", "");
    }

    /** A query cut from the title of the article at {@code uri}. */
    record Query(String text, String uri) { }

    /**
     * {@code count} queries of 2 to 4 CJK characters, each cut at random from the title of an article
     * picked at random, the same for the same {@code seed} and index: the browser benchmark asks these too.
     */
    static List<Query> queries(Path out, int count, long seed) throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.walk(out.resolve("search/a"))) {
            articles = files.filter(Files::isRegularFile).sorted().toList();
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Query> queries = new ArrayList<>();
        while (queries.size() < count) {
            Path file = articles.get(random.nextInt(articles.size()));
            JsonNode doc = JSON.readTree(Files.readAllBytes(file));
            String title = doc.get("t").asText();
            int length = 2 + random.nextInt(3);
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i + length <= title.length(); i++) {
                if (title.substring(i, i + length).chars().allMatch(Tokens::isCjk)) {
                    starts.add(i);
                }
            }
            if (starts.isEmpty()) {
                continue;
            }
            int start = starts.get(random.nextInt(starts.size()));
            queries.add(new Query(title.substring(start, start + length), doc.get("u").asText()));
        }
        return queries;
    }

    /**
     * The parts of the traditional → simplified table the page fetches for {@code query}: those of its
     * ideographs and of their simplified forms (search.js {@code loadSimplified}).
     */
    static List<Path> simplificationParts(Path out, String query) throws IOException {
        JsonNode manifest = JSON.readTree(out.resolve(SearchIndex.MANIFEST).toFile());
        int parts = manifest.get("t2sParts").asInt();
        String normal = Normalizer.normalize(query, Normalizer.Form.NFKC);
        TreeSet<Integer> wanted = new TreeSet<>();
        for (char c : normal.toCharArray()) {
            if (c >= 0x3400 && c <= 0x9fff) {
                wanted.add(c % parts);
                wanted.add(Fold.character(c) % parts);
            }
        }
        List<Path> files = new ArrayList<>();
        for (int part : wanted) {
            files.add(out.resolve("search/s/" + part + "." + manifest.get("t2s").asText() + ".json"));
        }
        return files;
    }

    private static long gzip(Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(Files.readAllBytes(file));
            }
            return bytes.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
