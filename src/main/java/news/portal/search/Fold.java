package news.portal.search;

import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;

import com.ibm.icu.text.Transliterator;

/**
 * Makes text and queries comparable: NFKC (full-width letters, digits and punctuation become half-width),
 * lower case, and traditional characters replaced by simplified ones. The traditional → simplified table
 * is ICU's {@code Traditional-Simplified} applied to each ideograph once; every entry maps one character
 * to one character, so folding keeps text the same length and offsets in folded text are offsets in the
 * original. The search page receives the same table, so the browser folds a query exactly as the bake
 * folded the articles.
 */
final class Fold {

    /** CJK Unified Ideographs and Extension A: where ICU's table has entries. */
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    private static final char[] SIMPLIFIED = table();

    private Fold() {
    }

    private static char[] table() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        char[] table = new char[LAST - FIRST + 1];
        for (int c = FIRST; c <= LAST; c++) {
            String simplified = t2s.transliterate(String.valueOf((char) c));
            // keep only one-to-one entries, so that folding never changes offsets
            table[c - FIRST] = simplified.length() == 1 ? simplified.charAt(0) : (char) c;
        }
        return table;
    }

    /** The folded form of {@code text}. */
    static String text(String text) {
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); i++) {
            folded.append(character(normal.charAt(i)));
        }
        return folded.toString();
    }

    /** One UTF-16 unit folded, without NFKC. */
    static char character(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= FIRST && c <= LAST) {
            return SIMPLIFIED[c - FIRST];
        }
        return Character.isSurrogate(c) ? c : Character.toLowerCase(c);
    }

    /** Every traditional character ICU simplifies, to its simplified form, in code point order. */
    static Map<Character, Character> simplifications() {
        Map<Character, Character> map = new TreeMap<>();
        for (int c = FIRST; c <= LAST; c++) {
            if (SIMPLIFIED[c - FIRST] != c) {
                map.put((char) c, SIMPLIFIED[c - FIRST]);
            }
        }
        return map;
    }
}
