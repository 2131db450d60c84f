package news.portal.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Turns titles, tags and file names into ASCII URL words: Chinese through its pinyin without tones
 * ({@code 巍巍昆仑} → {@code wei-wei-kun-lun}), Latin lower-cased, everything else a hyphen.
 */
public final class Slugs {

    static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 80;
    private static final Pattern HAN_RUN = Pattern.compile("(\\p{IsHan}+)");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    /** ICU transliterators are not safe to share between threads, and costly to create: one per thread. */
    private static final ThreadLocal<Transliterator> PINYIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

    private Slugs() {
    }

    /** The slug of any text; empty when nothing in it can be spelled in ASCII. */
    public static String of(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // keep digits and Latin next to Chinese apart: 第3届 → di-3-jie, not di3jie
        String spaced = HAN_RUN.matcher(normalized).replaceAll(" $1 ");
        String ascii = PINYIN.get().transliterate(spaced).toLowerCase(Locale.ROOT);
        String slug = NOT_WORD.matcher(ascii).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > 0 ? cut : MAX_LENGTH));
        }
        return slug;
    }

    /** A file name that already is a slug, after lower-casing and hyphenating; empty when it is not ASCII. */
    static String ofFileName(String baseName) {
        String candidate = trimHyphens(baseName.toLowerCase(Locale.ROOT).replaceAll("[\\s_.]+", "-"));
        return VALID.matcher(candidate).matches() ? candidate : "";
    }

    /** Whether {@code text} may be written as a {@code slug}: lower-case ASCII words joined by hyphens. */
    public static boolean isValid(String text) {
        return VALID.matcher(text).matches();
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
