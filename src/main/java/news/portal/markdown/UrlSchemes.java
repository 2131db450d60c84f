package news.portal.markdown;

import java.util.Optional;
import java.util.Set;

import org.jsoup.parser.Parser;

/**
 * The address schemes a body may not use, read the way a browser reads them. A browser decodes character
 * references in an attribute ({@code java&#x09;script:}), drops tabs and line breaks anywhere in an address
 * and control characters and spaces before it, and compares schemes without regard to case
 * ({@code JaVaScRiPt:}); a check that compares the text as written lets all of these through.
 *
 * <p>{@code javascript:} and {@code vbscript:} run script when clicked or loaded. {@code data:} carries a
 * whole document, a page with script included, so only {@code data:image/…} is kept: a small PNG, JPEG,
 * GIF or WebP written inline. {@code data:image/svg+xml} is refused too: an SVG is a document that may
 * carry script, harmless in an {@code <img>} but not in a link or a frame, and a file under
 * {@code images/} serves every use of it as well.
 */
final class UrlSchemes {

    private static final Set<String> SCRIPT = Set.of("javascript", "vbscript", "livescript", "mocha");

    private UrlSchemes() {
    }

    /**
     * The scheme of {@code url} when a body may not use it.
     *
     * @param url an address as written, character references decoded or not
     * @return {@code javascript}, {@code vbscript}, {@code data} …, or empty for an address that may stay
     */
    static Optional<String> blocked(String url) {
        String text = url.indexOf('&') >= 0 ? Parser.unescapeEntities(url, true) : url;
        StringBuilder scheme = new StringBuilder();
        int colon = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (ignored(c)) {
                continue;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '.'
                    || c == '-')) {
                return Optional.empty(); // "/a:b", "?q=a:b", "#x:y": a path, not a scheme
            }
            scheme.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        if (colon < 0 || scheme.isEmpty()) {
            return Optional.empty();
        }
        String name = scheme.toString();
        if (SCRIPT.contains(name)) {
            return Optional.of(name);
        }
        if (name.equals("data")) {
            String type = squeeze(text.substring(colon + 1));
            boolean image = type.startsWith("image/") && !type.startsWith("image/svg");
            return image ? Optional.empty() : Optional.of(name);
        }
        return Optional.empty();
    }

    /** Characters a browser leaves out of a scheme, and others no scheme contains (an ideographic space). */
    private static boolean ignored(char c) {
        return c <= 0x20 || c >= 0x7f && c <= 0xa0 || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200b' || c == '\ufeff';
    }

    private static String squeeze(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 16; i++) {
            char c = text.charAt(i);
            if (!ignored(c)) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
        }
        return out.toString();
    }

    /** How a flaw names an address: short enough for one line of a terminal. */
    static String shown(String url) {
        String oneLine = url.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "…" : oneLine;
    }

    /** Why {@code scheme} is refused, in the editors' words. */
    static String why(String scheme) {
        return scheme.equals("data")
                ? "data: 地址可以夹带整个网页和脚本（只允许 data:image/ 开头的 PNG、JPEG、GIF、WebP 图片）"
                : scheme + ": 地址会在读者的浏览器里运行脚本";
    }
}
