package news.portal.markdown;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * Decides what a line break inside a paragraph becomes. Editors wrap long Chinese lines; a browser turns
 * every newline into a space, which shows as a gap in the middle of a Chinese sentence. Following CSS Text
 * Level 4's segment-break rule, a break between two East Asian wide characters (other than Hangul, which
 * is written with spaces) disappears; any other break stays a space.
 */
final class CjkBreaks {

    /** Stands for a soft line break until its neighbours are known; from the private use area. */
    static final char MARKER = '\uE000';

    private CjkBreaks() {
    }

    /** Whether a line break between {@code before} and {@code after} should produce nothing. */
    static boolean joins(int before, int after) {
        if (before < 0 || after < 0) {
            return false;
        }
        boolean beforeWide = wide(before);
        boolean afterWide = wide(after);
        if (!(beforeWide || afterWide)) {
            return false;
        }
        return (beforeWide || ambiguous(before)) && (afterWide || ambiguous(after))
                && !hangul(before) && !hangul(after);
    }

    /** Replaces each marker in rendered HTML, looking past tags for the visible neighbours. */
    static String resolveInHtml(String html) {
        if (html.indexOf(MARKER) < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c != MARKER) {
                out.append(c);
                continue;
            }
            out.append(joins(visibleBefore(html, i), visibleAfter(html, i)) ? "" : "\n");
        }
        return out.toString();
    }

    /** Replaces each marker in plain text. */
    static String resolveInText(String text) {
        if (text.indexOf(MARKER) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != MARKER) {
                out.append(c);
                continue;
            }
            int before = i > 0 ? Character.codePointBefore(text, i) : -1;
            int after = i + 1 < text.length() ? Character.codePointAt(text, i + 1) : -1;
            out.append(joins(before, after) ? "" : " ");
        }
        return out.toString();
    }

    private static int visibleBefore(String html, int index) {
        int i = index - 1;
        while (i >= 0) {
            char c = html.charAt(i);
            if (c == '>') {
                int open = html.lastIndexOf('<', i);
                if (open < 0) {
                    return c;
                }
                i = open - 1;
            } else if (c == MARKER) {
                i--;
            } else {
                return Character.codePointBefore(html, i + 1);
            }
        }
        return -1;
    }

    private static int visibleAfter(String html, int index) {
        int i = index + 1;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    return c;
                }
                i = close + 1;
            } else if (c == MARKER || c == ' ' || c == '\t') {
                i++;
            } else {
                return Character.codePointAt(html, i);
            }
        }
        return -1;
    }

    private static boolean wide(int codePoint) {
        int width = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH
                || width == UCharacter.EastAsianWidth.HALFWIDTH;
    }

    private static boolean ambiguous(int codePoint) {
        return UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH)
                == UCharacter.EastAsianWidth.AMBIGUOUS;
    }

    private static boolean hangul(int codePoint) {
        return UScript.getScript(codePoint) == UScript.HANGUL;
    }
}
