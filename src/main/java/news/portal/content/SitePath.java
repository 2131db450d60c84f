package news.portal.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Paths inside the baked site. Every internal link is written relative to the page that holds it, so
 * the site works from any folder or bucket prefix, and object storage, which serves keys rather than
 * folders, needs no rewriting.
 */
public final class SitePath {

    private static final Pattern ABSOLUTE = Pattern.compile("(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private SitePath() {
    }

    /** The prefix that leads from the page at {@code uri} back to the site root: {@code ""}, {@code "../"} … */
    public static String rootOf(String uri) {
        int depth = 0;
        for (int i = 0; i < uri.length(); i++) {
            if (uri.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /**
     * {@code ref} as another site fetches it: a site path ({@code images/a b.jpg} or {@code /images/a.jpg}) on
     * {@code host}, percent-encoded (a Chinese file name too); an absolute URL as it is, {@code //cdn…} with
     * {@code https:}.
     *
     * @param host the site's base URL, ending with {@code /}
     */
    public static String url(String host, String ref) {
        if (ref.startsWith("//")) {
            return "https:" + ref;
        }
        if (isAbsolute(ref)) {
            return ref;
        }
        String path = ref.startsWith("/") ? ref.substring(1) : ref;
        try {
            return host + new URI(null, null, "/" + path, null).toASCIIString().substring(1);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + ref, e);
        }
    }

    /** Whether {@code ref} is an absolute URL ({@code https:}, {@code mailto:}, {@code //host}). */
    public static boolean isAbsolute(String ref) {
        return ABSOLUTE.matcher(ref).matches();
    }

    /**
     * The site path a reference in a content file points to: {@code /images/a.jpg} → {@code images/a.jpg};
     * {@code a.jpg} in {@code news/2025/x.md} → {@code news/2025/a.jpg}. Empty for absolute URLs, fragments
     * and references that leave the site.
     */
    public static Optional<String> resolve(String contentFile, String ref) {
        if (ref.isEmpty() || ref.startsWith("#") || isAbsolute(ref)) {
            return Optional.empty();
        }
        if (ref.startsWith("/")) {
            return Optional.of(ref.substring(1));
        }
        int slash = contentFile.lastIndexOf('/');
        String folder = slash < 0 ? "" : contentFile.substring(0, slash + 1);
        java.nio.file.Path resolved = java.nio.file.Path.of(folder + ref).normalize();
        String path = resolved.toString().replace('\\', '/');
        return path.startsWith("..") ? Optional.empty() : Optional.of(path);
    }

    /**
     * The site file a reference in a content file names: {@link #resolve} of the reference without its
     * {@code ?query} and {@code #fragment}, normalised. Empty for absolute URLs, bare fragments and
     * references that leave the site.
     */
    public static Optional<String> fileOf(String contentFile, String ref) {
        int cut = ref.length();
        for (char c : new char[] {'?', '#'}) {
            int at = ref.indexOf(c);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        String path = ref.substring(0, cut);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return resolve(contentFile, path)
                .map(p -> java.nio.file.Path.of(p).normalize().toString().replace('\\', '/'))
                .filter(p -> !p.isEmpty() && !p.startsWith(".."));
    }

    /** A path as a browser reads it: {@code %20} and friends decoded, {@code +} a plus, not a space. */
    public static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path; // a lone % is a character of the file name
        }
    }
}
