package news.portal.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverted index while it is built: for each term, the documents that have it, per field. Documents
 * are added in rank order (newest first), so every list grows sorted and a repeated term in one field is
 * found by looking at the last entry only. Titles keep, for each term, its position (which tells an exact
 * phrase from scattered bigrams) and a number saying whether the term begins a run of letters and how long
 * that run is: what ranks titles holding the same phrase.
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

    /**
     * One term's lists, kept encoded as they grow ({@link Codec}: the difference to the previous document,
     * one character for most), so the index in memory weighs about what it weighs on disk. Title entries
     * are (document, position, shape) triples, see {@link #shape}.
     */
    static final class Entry {
        final byte[][] lists = new byte[FIELDS][];
        final int[] lengths = new int[FIELDS];
        final int[] sizes = new int[FIELDS];
        private final int[] lastIds = {-1, -1, -1, -1, -1};

        void add(int field, int id) {
            append(field, id - Math.max(0, lastIds[field]));
            lastIds[field] = id;
            sizes[field]++;
        }

        void addTitle(int id, int position, int shape) {
            add(TITLE, id);
            append(TITLE, position);
            append(TITLE, shape);
        }

        int last(int field) {
            return lastIds[field];
        }

        /**
         * Appends a list of {@code size} documents from another block of documents: its first document
         * {@code first}, the rest as {@code length} encoded bytes of {@code bytes} from {@code from}, the last
         * document {@code last}.
         */
        void join(int field, int first, byte[] bytes, int from, int length, int size, int last) {
            append(field, first - Math.max(0, lastIds[field]));
            byte[] list = lists[field];
            if (lengths[field] + length > list.length) {
                list = lists[field] = Arrays.copyOf(list, Math.max(list.length * 2, lengths[field] + length) + 7);
            }
            System.arraycopy(bytes, from, list, lengths[field], length);
            lengths[field] += length;
            lastIds[field] = last;
            sizes[field] += size;
        }

        private void append(int field, int value) {
            byte[] list = lists[field];
            if (list == null) {
                list = lists[field] = new byte[4];
            } else if (lengths[field] + 7 > list.length) {
                list = lists[field] = Arrays.copyOf(list, list.length * 2 + 7);
            }
            int shift = 0;
            while ((value >>> shift) >= 32) {
                shift += 5;
            }
            for (; shift > 0; shift -= 5) {
                list[lengths[field]++] = (byte) Codec.MORE.charAt((value >>> shift) & 31);
            }
            list[lengths[field]++] = (byte) Codec.LAST.charAt(value & 31);
        }

        /** The field's list as written in a shard. */
        String encode(int field) {
            return lists[field] == null ? "" : new String(lists[field], 0, lengths[field], StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * A title term's second number: the length of the run of letters holding it (runs end at spaces,
     * punctuation and changes of script), doubled, plus one when the term begins that run. The browser
     * ranks phrases that are more of their run, and those at a run's start, first without fetching a title.
     */
    static int shape(String title, Tokens.Token token) {
        return Tokens.runLength(title, token.offset()) * 2 + (Tokens.startsRun(title, token.offset()) ? 1 : 0);
    }

    /** Adds the terms of document {@code id}'s folded {@code title}, each occurrence with its position. */
    void addTitle(int id, String title, List<Tokens.Token> tokens) {
        for (Tokens.Token token : tokens) {
            entries.computeIfAbsent(token.term(), term -> new Entry()).addTitle(id, token.offset(), shape(title, token));
            size++;
        }
    }

    /** Adds document {@code id}'s terms of {@code field}, each once; titles go through {@link #addTitle}. */
    void add(int id, int field, List<Tokens.Token> tokens) {
        if (field == TITLE) {
            throw new IllegalArgumentException("titles keep positions: addTitle");
        }
        for (Tokens.Token token : tokens) {
            Entry entry = entries.computeIfAbsent(token.term(), term -> new Entry());
            if (entry.last(field) != id) {
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

    /** Counts {@code added} entries that were added to lists directly. */
    void grow(long added) {
        size += added;
    }

    /** Entries in all lists: what the index's size grows with. */
    long size() {
        return size;
    }
}
