package news.portal.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits folded text into the terms the index holds. A run of CJK characters gives its overlapping
 * bigrams ({@code 古城夜游} → 古城, 城夜, 夜游), and, when asked, each of its characters; a run of other
 * letters and digits gives one word. Everything else (spaces, punctuation, symbols) separates runs, so no
 * term spans a comma. The browser's {@code search.js} splits queries by the same rules.
 */
final class Tokens {

    /** Longer runs of letters and digits (hashes, long URLs) are cut here: nobody types more. */
    static final int MAX_WORD = 32;

    private Tokens() {
    }

    /** What a term is. */
    enum Kind { BIGRAM, SINGLE, WORD }

    /**
     * One term of a text.
     *
     * @param term   the term as the index holds it
     * @param offset where it starts in the folded text, in UTF-16 units
     * @param kind   bigram, single character or word
     */
    record Token(String term, int offset, Kind kind) { }

    /**
     * The terms of already folded {@code text}, in order.
     *
     * @param singles whether each CJK character is a term too, besides the bigrams
     */
    static List<Token> of(String text, boolean singles) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            int c = text.codePointAt(i);
            if (isCjk(c)) {
                int previous = -1;
                while (i < length && isCjk(c = text.codePointAt(i))) {
                    int next = i + Character.charCount(c);
                    if (previous >= 0) {
                        tokens.add(new Token(text.substring(previous, next), previous, Kind.BIGRAM));
                    }
                    if (singles) {
                        tokens.add(new Token(text.substring(i, next), i, Kind.SINGLE));
                    }
                    previous = i;
                    i = next;
                }
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < length && Character.isLetterOrDigit(c = text.codePointAt(i)) && !isCjk(c)) {
                    i += Character.charCount(c);
                }
                int end = Math.min(i, start + MAX_WORD);
                if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
                tokens.add(new Token(text.substring(start, end), start, Kind.WORD));
            } else {
                i += Character.charCount(c);
            }
        }
        return tokens;
    }

    /**
     * The distinct terms of folded text without single characters: what a body adds to the index, found
     * without a token object per term, since bodies are most of the text a bake indexes.
     */
    static Set<String> distinct(String text) {
        Set<String> terms = new HashSet<>(Math.max(16, text.length()));
        int i = 0;
        int length = text.length();
        int previous = -1;
        while (i < length) {
            char unit = text.charAt(i);
            int c = Character.isHighSurrogate(unit) ? text.codePointAt(i) : unit;
            int next = i + Character.charCount(c);
            if (isCjk(c)) {
                if (previous >= 0) {
                    terms.add(text.substring(previous, next));
                }
                previous = i;
                i = next;
            } else if (Character.isLetterOrDigit(c)) {
                previous = -1;
                int start = i;
                while (i < length && Character.isLetterOrDigit(c = text.codePointAt(i)) && !isCjk(c)) {
                    i += Character.charCount(c);
                }
                int end = Math.min(i, start + MAX_WORD);
                if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
                terms.add(text.substring(start, end));
            } else {
                previous = -1;
                i = next;
            }
        }
        return terms;
    }

    /**
     * The length of the run holding the term at {@code offset} of folded {@code text}, in UTF-16 units: a
     * run ends at a character that is no letter or digit and where CJK meets other letters (2025年, 5A景区).
     */
    static int runLength(String text, int offset) {
        int start = offset;
        while (start > 0 && !boundary(text, start)) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        int end = offset + Character.charCount(text.codePointAt(offset));
        while (end < text.length() && !boundary(text, end)) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end - start;
    }

    /** Whether the term at {@code offset} of folded {@code text} begins its run. */
    static boolean startsRun(String text, int offset) {
        return offset == 0 || boundary(text, offset);
    }

    /** Whether a run ends between the characters before and at {@code at}. */
    private static boolean boundary(String text, int at) {
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at);
        return !Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(after) || isCjk(before) != isCjk(after);
    }

    /** Han, kana and hangul: scripts written without spaces between words, so indexed by bigrams. */
    static boolean isCjk(int c) {
        // the common cases without the script table's binary search: ASCII, Latin and the main Han block
        if (c < 0x1100) {
            return false;
        }
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /**
     * The key that picks a term's shard: the term itself for CJK, the first two characters of a word, so
     * that every word a prefix query can reach lies in the shard of the prefix.
     */
    static String shardKey(String term) {
        if (!term.isEmpty() && isCjk(term.codePointAt(0))) {
            return term;
        }
        return term.length() <= 2 ? term : term.substring(0, 2);
    }

    /** FNV-1a over UTF-16 units, as {@code search.js} computes it: which of {@code shards} holds {@code term}. */
    static int shard(String term, int shards) {
        String key = shardKey(term);
        int hash = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, shards);
    }
}
