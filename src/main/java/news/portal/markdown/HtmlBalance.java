package news.portal.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the raw HTML of a body opens and closes its tags in pairs. A browser forgives a missing end tag
 * by stretching the element to the end of the page: an unclosed {@code <a>} turns the rest of the article,
 * the share bar and the footer into one link; an unclosed {@code <figure>} pulls them into the figure. The
 * HTML of one body is read as a whole, across Markdown between its pieces ({@code <div>}, a blank line,
 * Markdown, a blank line, {@code </div>} is fine). Elements whose end tag HTML lets one leave out
 * ({@code <p>}, {@code <li>}, table rows and cells …) and void ones ({@code <img>}, {@code <br>}) are not
 * counted.
 */
final class HtmlBalance {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "rt", "rp", "optgroup", "option",
            "colgroup", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "html", "head", "body");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");

    /** A comment, or a start or end tag whose attribute values may hold {@code >} inside quotes. */
    private static final Pattern TOKEN = Pattern.compile(
            "<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", Pattern.DOTALL);

    /**
     * One piece of raw HTML.
     *
     * @param html as written
     * @param line the 1-based line of the Markdown where it starts
     */
    record Piece(String html, int line) { }

    private record Open(String name, int line) { }

    private final Deque<Open> open = new ArrayDeque<>();
    private final List<MarkdownRenderer.Flaw> flaws = new ArrayList<>();

    private HtmlBalance() {
    }

    /** The unpaired tags of {@code pieces}, the raw HTML of one body in the order written. */
    static List<MarkdownRenderer.Flaw> check(List<Piece> pieces) {
        HtmlBalance balance = new HtmlBalance();
        pieces.forEach(balance::read);
        // what is still open at the end stays open to the end of the page
        for (Iterator<Open> it = balance.open.descendingIterator(); it.hasNext(); ) {
            Open tag = it.next();
            balance.flaws.add(new MarkdownRenderer.Flaw(tag.line(), "HTML 标签 <" + tag.name() + "> 没有闭合："
                    + "缺少 </" + tag.name() + ">，它后面的正文和页面的其余部分都会被包进去。请在该结束的地方补上 </"
                    + tag.name() + ">"));
        }
        balance.flaws.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return List.copyOf(balance.flaws);
    }

    private void read(Piece piece) {
        String html = piece.html();
        Matcher token = TOKEN.matcher(html);
        int from = 0;
        int counted = 0;
        int line = piece.line();
        while (from < html.length() && token.find(from)) {
            from = token.end();
            String name = token.group(2);
            if (name == null) {
                continue; // a comment
            }
            name = name.toLowerCase(Locale.ROOT);
            line += lines(html, counted, token.start());
            counted = token.start();
            boolean end = !token.group(1).isEmpty();
            if (VOID.contains(name) || OPTIONAL_END.contains(name)) {
                continue;
            }
            if (end) {
                close(name, line);
                continue;
            }
            boolean foreign = name.equals("svg") || name.equals("math")
                    || open.stream().anyMatch(tag -> tag.name().equals("svg") || tag.name().equals("math"));
            if (foreign && token.group(3).endsWith("/")) {
                continue; // <path … /> in SVG closes itself; in HTML the slash means nothing, <div/> stays open
            }
            open.push(new Open(name, line));
            if (RAW_TEXT.contains(name)) {
                // a script's or style's text is not HTML: go on at its end tag
                int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, from);
                if (close < 0) {
                    return;
                }
                from = close;
            }
        }
    }

    private void close(String name, int line) {
        if (open.stream().noneMatch(tag -> tag.name().equals(name))) {
            flaws.add(new MarkdownRenderer.Flaw(line, "</" + name + "> 前面没有对应的 <" + name
                    + ">。请删掉它，或在该开始的地方补上 <" + name + ">"));
            return;
        }
        while (!open.isEmpty()) {
            Open tag = open.pop();
            if (tag.name().equals(name)) {
                return;
            }
            flaws.add(new MarkdownRenderer.Flaw(tag.line(), "HTML 标签 <" + tag.name() + "> 没有闭合：第 " + line
                    + " 行的 </" + name + "> 之前缺少 </" + tag.name() + ">。请补上，并注意标签要成对嵌套"));
        }
    }

    private static int lines(String text, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
