package news.portal.search;

import java.util.Set;

import org.jsoup.parser.Parser;

/**
 * The text of a rendered body, for the index and the snippets of results. Inline tags vanish without a
 * trace, since 古<strong>城</strong> is still the word 古城; block tags become a line break, so two
 * paragraphs never make a bigram across their gap.
 */
final class PlainText {

    private static final Set<String> BLOCKS = Set.of("p", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "div", "td", "th", "tr", "table", "blockquote", "pre", "figure", "figcaption", "hr", "dt", "dd",
            "section", "aside");
    /** Elements whose content is not text a reader sees. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "svg", "template");

    private PlainText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        int length = html.length();
        while (i < length) {
            char c = html.charAt(i);
            if (c != '<') {
                int next = html.indexOf('<', i);
                int end = next < 0 ? length : next;
                text.append(html, i, end);
                i = end;
                continue;
            }
            int close = html.indexOf('>', i);
            if (close < 0) {
                break;
            }
            String name = tagName(html, i + 1, close);
            i = close + 1;
            if (HIDDEN.contains(name) && html.charAt(i - 2) != '/') {
                int end = html.indexOf("</" + name, i);
                i = end < 0 ? length : html.indexOf('>', end) + 1;
                if (i == 0) {
                    i = length;
                }
            }
            if (BLOCKS.contains(name)) {
                text.append('\n');
            }
        }
        String decoded = text.indexOf("&") >= 0 ? Parser.unescapeEntities(text.toString(), false) : text.toString();
        return collapse(decoded);
    }

    /** Runs of spaces become one space, runs with a line break one line break; by hand, as regexes cost a tenth of the index. */
    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        boolean line = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line = true;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
                space = true;
            } else {
                if (out.length() > 0 && (line || space)) {
                    out.append(line ? '\n' : ' ');
                }
                line = false;
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String tagName(String html, int from, int to) {
        int start = from < to && html.charAt(from) == '/' ? from + 1 : from;
        int end = start;
        while (end < to && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return html.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }
}
