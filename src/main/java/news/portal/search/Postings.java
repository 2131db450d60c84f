package news.portal.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverted index while it is built: for each term, the documents that have it, per field. Documents
 * are added in rank order (newest first), so every list grows sorted and a repeated term in one field is
 * found by looking at the last entry only. Titles keep the position of each term too, which tells an exact
 * phrase from scattered bigrams.
 */
final class Postings {

    static final int TITLE = 0;
    /** Tags and section. */
    static final int TERMS = 1;
    static final int SUMMARY = 2;
    static final int BODY = 3;
    /** Pinyin syllables of the title. */
    static final int PINYIN = 4;
    static final int FIELDS = 5;

    private final Map<String, Entry> entries = new HashMap<>();
    private long size;

    /** One term's lists; title entries are (document, position) pairs. */
    static final class Entry {
        final int[][] lists = new int[FIELDS][];
        final int[] sizes = new int[FIELDS];

        void add(int field, int value) {
            int[] list = lists[field];
            if (list == null) {
                list = lists[field] = new int[field == TITLE ? 4 : 2];
            } else if (sizes[field] == list.length) {
                list = lists[field] = Arrays.copyOf(list, list.length * 2);
            }
            list[sizes[field]++] = value;
        }

        int last(int field) {
            return sizes[field] == 0 ? -1 : lists[field][sizes[field] - 1];
        }

        /** The field's numbers as written: differences of document numbers, title positions after theirs. */
        String encode(int field) {
            StringBuilder out = new StringBuilder(sizes[field] + 4);
            int previous = 0;
            int step = field == TITLE ? 2 : 1;
            for (int i = 0; i < sizes[field]; i += step) {
                int id = lists[field][i];
                Codec.append(out, id - previous);
                previous = id;
                if (field == TITLE) {
                    Codec.append(out, lists[field][i + 1]);
                }
            }
            return out.toString();
        }
    }

    /** Adds document {@code id}'s terms of {@code field}, each once. */
    void add(int id, int field, List<Tokens.Token> tokens) {
        for (Tokens.Token token : tokens) {
            Entry entry = entries.computeIfAbsent(token.term(), term -> new Entry());
            if (field == TITLE) {
                entry.add(TITLE, id);
                entry.add(TITLE, token.offset());
                size++;
            } else if (entry.last(field) != id) {
                entry.add(field, id);
                size++;
            }
        }
    }

    /** Adds document {@code id}'s distinct {@code terms} of {@code field}; not for titles, which keep positions. */
    void addAll(int id, int field, java.util.Collection<String> terms) {
        for (String term : terms) {
            entries.computeIfAbsent(term, t -> new Entry()).add(field, id);
        }
        size += terms.size();
    }

    /** Adds pinyin syllables of document {@code id}'s title. */
    void addSyllables(int id, List<String> syllables) {
        for (String syllable : syllables) {
            Entry entry = entries.computeIfAbsent(syllable, term -> new Entry());
            if (entry.last(PINYIN) != id) {
                entry.add(PINYIN, id);
                size++;
            }
        }
    }

    Map<String, Entry> entries() {
        return entries;
    }

    /** Entries in all lists: what the index's size grows with. */
    long size() {
        return size;
    }
}
