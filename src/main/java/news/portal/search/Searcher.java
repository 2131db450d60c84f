package news.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Answers queries from a written index the way {@code search.js} does in the browser, reading only the
 * shards a query needs: the reference the tests and the benchmark hold the index to.
 *
 * <p>A query matches an article when all its terms occur in one field; a word matches every word it
 * begins. Single characters are indexed in titles, tags and summaries only, so they are left out when
 * matching bodies. A query of pinyin words matches titles whose pinyin has each syllable. Results rank by
 * the best field (the exact phrase in the title, the title, tags and section, summary, title pinyin, body),
 * then as {@link #ORDER} says.
 */
final class Searcher {

    static final int EXACT = 0;

    /** Where an exact phrase sits in its title: at the start, at the start of a later run, elsewhere. */
    static final int AT_START = 0;
    static final int AT_RUN = 1;
    static final int INSIDE = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final JsonNode manifest;
    private final Set<String> syllables = new HashSet<>();
    private final Map<Integer, JsonNode> shards = new HashMap<>();
    private final Map<Integer, JsonNode> chunks = new HashMap<>();
    private final Map<String, JsonNode> tables = new HashMap<>();
    private final Set<Path> read = new java.util.LinkedHashSet<>();

    /**
     * One ranked result.
     *
     * @param uri    the article's address
     * @param tier   its best field: 0 the exact phrase in the title, 1 the title, 2 tags and section, 3 summary,
     *               4 title pinyin, 5 body
     * @param place  for the exact phrase, where it sits in the title ({@link #AT_START}, {@link #AT_RUN},
     *               {@link #INSIDE}); {@link #INSIDE} otherwise
     * @param run    for the title tiers, the length of the title's run of letters holding the phrase (for the
     *               tier without the exact phrase: its first term); 0 otherwise
     * @param also   the other fields holding all the query's terms: tags and section 4, summary 2, body 1
     * @param id     the article's number: newer articles have smaller ones
     */
    record Hit(String uri, int tier, int place, int run, int also, int id) { }

    /**
     * The order of results, as {@code search.js} sorts them: by tier; in the title tiers the phrase in the
     * shorter run of the title first (runs end at spaces and punctuation), since it is more of what that
     * part of the title is about, and of titles holding a phrase a shorter run is likelier the one a reader
     * took it from; then the phrase at the title's start, then at a run's start; then the more other fields
     * also holding the query; then newer first. All candidates of a tier hold every term of the query in
     * that field, so a term's rarity would weigh them all alike and is not used.
     */
    static final Comparator<Hit> ORDER = Comparator.comparingInt(Hit::tier).thenComparingInt(Hit::run)
            .thenComparingInt(Hit::place).thenComparing(Comparator.comparingInt(Hit::also).reversed())
            .thenComparingInt(Hit::id);

    Searcher(Path out) {
        this.folder = out.resolve(SearchIndex.FOLDER);
        manifest = read(folder.resolve("index.json"));
        manifest.get("pinyin").forEach(s -> syllables.add(s.asText()));
    }

    /** Every index file read so far, in order: what a browser would have fetched. */
    Set<Path> filesRead() {
        return read;
    }

    /** Shards read so far: what a browser would have fetched. */
    Set<Integer> shardsRead() {
        return shards.keySet();
    }

    /** The articles matching {@code query}, best first ({@link #ORDER}); their addresses read as needed. */
    List<Hit> search(String query) {
        return search(query, ORDER);
    }

    /** The articles matching {@code query} in the given order: the benchmark compares orders with it. */
    List<Hit> search(String query, Comparator<Hit> order) {
        String folded = Fold.text(query);
        List<Tokens.Token> tokens = needed(Tokens.of(folded, true));
        if (tokens.isEmpty()) {
            return List.of();
        }
        int count = manifest.get("articles").asInt();
        int[] tiers = new int[count];
        Arrays.fill(tiers, Integer.MAX_VALUE);
        int[] places = new int[count];
        int[] runs = new int[count];
        int[] fields = new int[count];
        List<Map<Integer, Map<Integer, Integer>>> titles = new ArrayList<>();
        List<BitSet[]> lists = new ArrayList<>();
        for (Tokens.Token token : tokens) {
            Map<Integer, Map<Integer, Integer>> shapes = new HashMap<>();
            lists.add(postings(token, shapes));
            titles.add(shapes);
        }
        for (int field = Postings.TITLE; field <= Postings.BODY; field++) {
            BitSet match = null;
            for (int t = 0; t < tokens.size(); t++) {
                if (field == Postings.BODY && tokens.get(t).kind() == Tokens.Kind.SINGLE) {
                    continue;
                }
                BitSet ids = lists.get(t)[field];
                if (match == null) {
                    match = (BitSet) ids.clone();
                } else {
                    match.and(ids);
                }
            }
            if (match == null) {
                continue;
            }
            int tier = switch (field) {
                case Postings.TITLE -> 1;
                case Postings.TERMS -> 2;
                case Postings.SUMMARY -> 3;
                default -> 5;
            };
            for (int id = match.nextSetBit(0); id >= 0; id = match.nextSetBit(id + 1)) {
                fields[id] |= 1 << field;
                int own = tier;
                if (tier == 1) {
                    int[] best = phrase(tokens, titles, id);
                    own = best == null ? 1 : EXACT;
                    places[id] = best == null ? INSIDE : best[0];
                    runs[id] = best == null ? shortestRun(titles.get(0).get(id)) : best[1];
                }
                tiers[id] = Math.min(tiers[id], own);
            }
        }
        BitSet pinyin = pinyin(tokens);
        if (pinyin != null) {
            for (int id = pinyin.nextSetBit(0); id >= 0; id = pinyin.nextSetBit(id + 1)) {
                tiers[id] = Math.min(tiers[id], 4);
            }
        }
        List<Hit> ranked = new ArrayList<>();
        for (int id = 0; id < count; id++) {
            int tier = tiers[id];
            if (tier == Integer.MAX_VALUE) {
                continue;
            }
            int also = ((fields[id] >> Postings.TERMS & 1) << 2) | ((fields[id] >> Postings.SUMMARY & 1) << 1)
                    | (fields[id] >> Postings.BODY & 1);
            ranked.add(new Hit(null, tier, tier == EXACT ? places[id] : INSIDE, tier <= 1 ? runs[id] : 0, also, id));
        }
        ranked.sort(order);
        return ranked.stream().map(h -> new Hit(uri(h.id()), h.tier(), h.place(), h.run(), h.also(), h.id()))
                .toList();
    }

    /**
     * Where the title has the query's terms at the query's own distances from one another (the exact
     * phrase): {place, run} of its best occurrence, by the shorter run, then {@link #AT_START},
     * {@link #AT_RUN}, {@link #INSIDE}; null for none.
     */
    private static int[] phrase(List<Tokens.Token> tokens, List<Map<Integer, Map<Integer, Integer>>> titles, int id) {
        int[] best = null;
        for (Map.Entry<Integer, Integer> first : titles.get(0).getOrDefault(id, Map.of()).entrySet()) {
            int start = first.getKey();
            boolean all = true;
            for (int t = 1; t < tokens.size() && all; t++) {
                int at = start + tokens.get(t).offset() - tokens.get(0).offset();
                all = titles.get(t).getOrDefault(id, Map.of()).containsKey(at);
            }
            if (all) {
                int place = start == 0 ? AT_START : (first.getValue() & 1) == 1 ? AT_RUN : INSIDE;
                int run = first.getValue() >> 1;
                if (best == null || run < best[1] || run == best[1] && place < best[0]) {
                    best = new int[] {place, run};
                }
            }
        }
        return best;
    }

    /**
     * The terms a query needs: a character that is part of one of the query's bigrams adds nothing to what
     * the bigram matches (a field holding the bigram holds both characters, at the same places), and its
     * posting list is among the longest of the index (at 100,000 articles a common character's shard
     * weighs 20–60 KB gzip), so only a character standing alone between non-CJK text is searched as one.
     * {@code search.js} drops the same terms.
     */
    static List<Tokens.Token> needed(List<Tokens.Token> tokens) {
        Set<Integer> covered = new HashSet<>();
        for (Tokens.Token token : tokens) {
            if (token.kind() == Tokens.Kind.BIGRAM) {
                covered.add(token.offset());
                covered.add(token.offset() + token.term().length() - Character.charCount(token.term().codePointBefore(token.term().length())));
            }
        }
        return tokens.stream().filter(t -> t.kind() != Tokens.Kind.SINGLE || !covered.contains(t.offset())).toList();
    }

    /** The shortest run holding one of a title's occurrences of a term, from their shapes. */
    private static int shortestRun(Map<Integer, Integer> shapes) {
        int shortest = Integer.MAX_VALUE;
        for (int shape : shapes.values()) {
            shortest = Math.min(shortest, shape >> 1);
        }
        return shortest;
    }

    /** Each field's documents having {@code token}; into {@code shapes}, each title's positions with their shape. */
    private BitSet[] postings(Tokens.Token token, Map<Integer, Map<Integer, Integer>> shapes) {
        BitSet[] fields = new BitSet[Postings.FIELDS];
        for (int f = 0; f < fields.length; f++) {
            fields[f] = new BitSet();
        }
        for (JsonNode lists : matching(token.term(), token.kind() == Tokens.Kind.WORD && token.term().length() >= 2)) {
            for (int f = 0; f < lists.size(); f++) {
                int[] numbers = Codec.decode(lists.get(f).asText());
                int id = 0;
                for (int i = 0; i < numbers.length; i++) {
                    id += numbers[i];
                    fields[f].set(id);
                    if (f == Postings.TITLE) {
                        int position = numbers[++i];
                        shapes.computeIfAbsent(id, k -> new HashMap<>()).put(position, numbers[++i]);
                    }
                }
            }
        }
        return fields;
    }

    /** The entries of {@code term}, or of every word it begins when {@code prefix}. */
    private List<JsonNode> matching(String term, boolean prefix) {
        JsonNode shard = shard(Tokens.shard(term, manifest.get("shards").asInt()));
        if (!prefix) {
            JsonNode entry = shard.get(term);
            return entry == null ? List.of() : List.of(entry);
        }
        List<JsonNode> entries = new ArrayList<>();
        String key = Tokens.shardKey(term);
        for (Iterator<Map.Entry<String, JsonNode>> it = shard.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().startsWith(term) && Tokens.shardKey(entry.getKey()).equals(key)) {
                entries.add(entry.getValue());
            }
        }
        return entries;
    }

    /** Titles whose pinyin has every syllable of a query made only of pinyin words; null for other queries. */
    private BitSet pinyin(List<Tokens.Token> tokens) {
        List<String> pieces = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).kind() != Tokens.Kind.WORD) {
                return null;
            }
            List<String> split = Syllables.split(tokens.get(t).term(), syllables, t == tokens.size() - 1);
            if (split == null) {
                return null;
            }
            pieces.addAll(split);
        }
        BitSet match = null;
        for (int p = 0; p < pieces.size(); p++) {
            String piece = pieces.get(p);
            // the last syllable may be unfinished: it matches every syllable it begins
            boolean last = p == pieces.size() - 1;
            if (last && piece.length() < 2 && !syllables.contains(piece)) {
                // one letter of a syllable begun: too little to narrow anything, and no shard holds it alone
                continue;
            }
            boolean partial = last && piece.length() >= 2;
            BitSet ids = new BitSet();
            List<JsonNode> entries = matching(piece, partial);
            for (JsonNode lists : entries) {
                if (lists.size() > Postings.PINYIN) {
                    int id = 0;
                    for (int number : Codec.decode(lists.get(Postings.PINYIN).asText())) {
                        id += number;
                        ids.set(id);
                    }
                }
            }
            if (match == null) {
                match = ids;
            } else {
                match.and(ids);
            }
        }
        return match;
    }

    private JsonNode shard(int number) {
        return shards.computeIfAbsent(number, n -> read(folder.resolve("t/" + n + "." + name("t", n) + ".json")));
    }

    /** The fingerprint of shard ({@code t}) or document list ({@code d}) {@code number}, from its name table. */
    private String name(String kind, int number) {
        int size = manifest.get("names").asInt();
        int table = number / size;
        JsonNode names = tables.computeIfAbsent(kind + table, t -> read(folder.resolve("n/" + t + "."
                + manifest.get(kind.equals("t") ? "shardNames" : "docNames").get(table).asText() + ".json")));
        return names.get(number % size).asText();
    }

    /** The file holding the line of the article numbered {@code id}: what the page fetches to show it. */
    Path lineFile(int id) {
        int chunk = id / manifest.get("chunk").asInt();
        return folder.resolve("d/" + chunk + "." + name("d", chunk) + ".json");
    }

    private String uri(int id) {
        int chunk = id / manifest.get("chunk").asInt();
        JsonNode uris = chunks.computeIfAbsent(chunk, c -> read(folder.resolve("d/" + c + "." + name("d", c) + ".json")));
        return uris.get(id % manifest.get("chunk").asInt()).get(0).asText();
    }

    private JsonNode read(Path file) {
        read.add(file);
        try {
            return JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
