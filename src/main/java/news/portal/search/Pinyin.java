package news.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * The toneless pinyin of Han characters, from ICU's {@code Han-Latin} (one reading per character, the
 * most common), so that a reader who types {@code kunlun} or {@code kun lun} finds 昆仑.
 */
final class Pinyin {

    private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    /** Transliterators are slow and not thread-safe; a title has few distinct characters worth caching. */
    private static final Map<Character, String> SYLLABLES = new ConcurrentHashMap<>();

    private Pinyin() {
    }

    /** The syllable of each Han character of {@code text}, in order; other characters give none. */
    static List<String> syllables(String text) {
        List<String> syllables = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || Character.isSurrogate(c)) {
                continue;
            }
            String syllable = SYLLABLES.computeIfAbsent(c, Pinyin::transliterate);
            if (!syllable.isEmpty()) {
                syllables.add(syllable);
            }
        }
        return syllables;
    }

    private static String transliterate(char c) {
        String latin;
        synchronized (HAN_LATIN) {
            latin = HAN_LATIN.transliterate(String.valueOf(c));
        }
        // keep plain a-z only: a character ICU cannot read stays as it was and is not a syllable
        return latin.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') ? latin : "";
    }
}
