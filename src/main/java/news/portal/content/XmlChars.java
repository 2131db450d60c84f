package news.portal.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.portal.frontmatter.Field;
import news.portal.frontmatter.Source;
import news.portal.problem.Problem;

/**
 * Characters XML 1.0 forbids, taken out of a content file as it is read. Titles, summaries, tags and bodies
 * all end up in {@code feed.xml}, {@code atom.xml} and the sitemaps, and one such character makes the
 * whole file malformed: feed readers and search engines then reject every article in it, not only the one
 * that has it. They come from pasting (a form feed or a backspace copied out of a word processor, a stray
 * U+FFFE) or from YAML escapes ({@code "\u0001"}, {@code "\x07"}), and none of them is visible on a page,
 * so removing them changes nothing a reader sees. Forbidden are the C0 controls but tab, line feed and
 * carriage return; U+FFFE and U+FFFF; and surrogates without their pair.
 */
final class XmlChars {

    /** A numeric character reference, which HTML also reads without its semicolon. */
    private static final Pattern REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?");

    private XmlChars() {
    }

    /**
     * {@code html} without character references to characters XML forbids ({@code &#1;}, {@code &#xFFFE;}):
     * a full-text feed decodes a body's references as it makes its links absolute, and writes the characters
     * themselves. In HTML they show nothing, or a replacement character.
     *
     * @return {@code html} itself when it has none
     */
    static String stripReferences(String html) {
        if (html.indexOf("&#") < 0) {
            return html;
        }
        Matcher reference = REFERENCE.matcher(html);
        StringBuilder out = null;
        int copied = 0;
        while (reference.find()) {
            if (!forbiddenReference(reference)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length());
            }
            out.append(html, copied, reference.start());
            copied = reference.end();
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** The offset of the first reference to a forbidden character in {@code text}, or -1. */
    static int firstForbiddenReference(String text) {
        if (text.indexOf("&#") < 0) {
            return -1;
        }
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            if (forbiddenReference(reference)) {
                return reference.start();
            }
        }
        return -1;
    }

    private static boolean forbiddenReference(Matcher reference) {
        long code = reference.group(1) != null ? Long.parseLong(reference.group(1), 16) : Long.parseLong(reference.group(2));
        boolean allowed = code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 && code < 0xD800
                || code >= 0xE000 && code <= 0xFFFD || code >= 0x10000 && code <= 0x10FFFF;
        return !allowed;
    }

    /** {@code text} without the characters XML forbids; {@code text} itself when it has none. */
    static String strip(String text) {
        int first = firstBad(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The raw text of a file without the characters XML forbids, each line that had one warned of.
     *
     * @param file     the file as messages name it
     * @param warnings receives one warning per line that had such characters
     */
    static String stripFile(String text, String file, List<Problem> warnings) {
        if (firstBad(text) < 0) {
            return text;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String piece = text.substring(lineStart, i);
                if (firstBad(piece) >= 0) {
                    warnings.add(new Problem(file, line, "", "这一行有 XML 不允许的控制字符（" + named(piece)
                            + "），已删除：它们在页面上看不见，却会让 RSS、Atom 和站点地图整个无法读取。多半是从别处粘贴进来的"));
                }
                line++;
                lineStart = i + 1;
            }
        }
        return strip(text);
    }

    /**
     * {@code source} with the characters XML forbids removed from its field values, which YAML escapes can
     * produce after the raw text was cleaned; {@code source} itself when none has any.
     */
    static Source stripFields(Source source, List<Problem> warnings) {
        Map<String, Field> fields = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, Field> entry : source.fields().entrySet()) {
            Field field = entry.getValue();
            Object value = stripValue(field.value());
            if (value != field.value()) {
                changed = true;
                warnings.add(new Problem(source.file(), field.line(), entry.getKey(), entry.getKey()
                        + " 里有 XML 不允许的控制字符（多半写成了 \\u0001、\\x07 这样的转义），已删除：它们会让 RSS、Atom 和站点地图整个无法读取"));
                field = new Field(value, field.line());
            }
            fields.put(entry.getKey(), field);
        }
        return changed ? new Source(source.file(), source.format(), fields, source.body(), source.bodyLine()) : source;
    }

    static Object stripValue(Object value) {
        if (value instanceof String text) {
            return strip(text);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object item : list) {
                Object stripped = stripValue(item);
                changed |= stripped != item;
                out.add(stripped);
            }
            return changed ? out : value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object key = stripValue(entry.getKey());
                Object stripped = stripValue(entry.getValue());
                changed |= stripped != entry.getValue() || key != entry.getKey();
                out.put(key, stripped);
            }
            return changed ? out : value;
        }
        return value;
    }

    /** The forbidden characters of {@code text} as U+ numbers, the way an editor can look them up. */
    private static String named(String text) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < text.length() && names.size() < 3; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                String name = String.format("U+%04X", (int) c);
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return String.join("、", names);
    }

    private static int firstBad(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A char XML allows on its own: a lone surrogate is not, a pair is taken care of by the callers. */
    private static boolean allowed(char c) {
        return c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD;
    }
}
