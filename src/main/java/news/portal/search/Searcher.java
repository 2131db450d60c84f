package news.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * the best field: the exact phrase in the title, the title, tags and section, summary, title pinyin, body;
 * newer first among equals.
 */
final class Searcher {

    static final int EXACT = 0;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final JsonNode manifest;
    private final Set<String> syllables = new HashSet<>();
    private final Map<Integer, JsonNode> shards = new HashMap<>();
    private final Map<Integer, JsonNode> chunks = new HashMap<>();
    private final Set<Path> read = new java.util.LinkedHashSet<>();

    /** One ranked result: the article's address and the tier of its best field (0 best). */
    record Hit(String uri, int tier) { }

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

    List<Hit> search(String query) {
        String folded = Fold.text(query);
        List<Tokens.Token> tokens = Tokens.of(folded, true);
        if (tokens.isEmpty()) {
            return List.of();
        }
        int count = manifest.get("articles").asInt();
        int[] tiers = new int[count];
        Arrays.fill(tiers, Integer.MAX_VALUE);
        List<Map<Integer, Set<Integer>>> titlePositions = new ArrayList<>();
        List<BitSet[]> lists = new ArrayList<>();
        for (Tokens.Token token : tokens) {
            Map<Integer, Set<Integer>> positions = new HashMap<>();
            lists.add(postings(token, positions));
            titlePositions.add(positions);
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
                int own = tier == 1 && exact(tokens, titlePositions, id) ? EXACT : tier;
                tiers[id] = Math.min(tiers[id], own);
            }
        }
        BitSet pinyin = pinyin(tokens);
        if (pinyin != null) {
            for (int id = pinyin.nextSetBit(0); id >= 0; id = pinyin.nextSetBit(id + 1)) {
                tiers[id] = Math.min(tiers[id], 4);
            }
        }
        List<int[]> ranked = new ArrayList<>();
        for (int id = 0; id < count; id++) {
            if (tiers[id] != Integer.MAX_VALUE) {
                ranked.add(new int[] {tiers[id], id});
            }
        }
        ranked.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return ranked.stream().map(r -> new Hit(uri(r[1]), r[0])).toList();
    }

    /** Whether the title has the query's terms at the query's own distances from one another. */
    private static boolean exact(List<Tokens.Token> tokens, List<Map<Integer, Set<Integer>>> positions, int id) {
        Set<Integer> first = positions.get(0).getOrDefault(id, Set.of());
        for (int start : first) {
            boolean all = true;
            for (int t = 1; t < tokens.size() && all; t++) {
                int at = start + tokens.get(t).offset() - tokens.get(0).offset();
                all = positions.get(t).getOrDefault(id, Set.of()).contains(at);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Each field's documents having {@code token}; title positions into {@code positions}. */
    private BitSet[] postings(Tokens.Token token, Map<Integer, Set<Integer>> positions) {
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
                        positions.computeIfAbsent(id, k -> new HashSet<>()).add(numbers[++i]);
                    }
                }
            }
        }
        return fields;
    }

    /** The entries of {@code term}, or of every word it begins when {@code prefix}. */
    private List<JsonNode> matching(String term, boolean prefix) {
        JsonNode shard = shard(Tokens.shard(term, manifest.get("shards").size()));
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
        return shards.computeIfAbsent(number, n -> read(folder.resolve("t/" + n + "."
                + manifest.get("shards").get(n).asText() + ".json")));
    }

    private String uri(int id) {
        int chunk = id / manifest.get("chunk").asInt();
        JsonNode uris = chunks.computeIfAbsent(chunk, c -> read(folder.resolve("d/" + c + "."
                + manifest.get("docs").get(c).asText() + ".json")));
        return uris.get(id % manifest.get("chunk").asInt()).asText();
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
