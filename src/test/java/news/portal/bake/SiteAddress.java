package news.portal.bake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a URL written in a baked file leads inside the output folder, the way object storage would serve
 * it: relative URLs from the file's folder, absolute ones on {@code site.host} from the site root.
 */
final class SiteAddress {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", Pattern.DOTALL);

    private final Path out;
    private final String scheme;
    /** {@code site.host} without its scheme, e.g. {@code //news.example.cn/}, lower case for comparing. */
    private final String host;

    /**
     * What a same-site URL names.
     *
     * @param file     the file, relative to the output folder with {@code /} separators; null when not found
     * @param fragment what follows {@code #}, as written; null when there is no {@code #}
     * @param problem  why the URL does not lead to a file; null when it does
     */
    record Target(String file, String fragment, String problem) {

        static Target broken(String problem) {
            return new Target(null, null, problem);
        }
    }

    /** @param host {@code site.host}: an absolute URL ending with {@code /} */
    SiteAddress(Path out, String host) {
        Matcher m = SCHEME.matcher(host);
        if (!m.matches() || !m.group(2).startsWith("//") || !host.endsWith("/")) {
            throw new IllegalArgumentException("site.host should be an absolute URL ending with /: " + host);
        }
        this.out = out.toAbsolutePath().normalize();
        this.scheme = m.group(1).toLowerCase(Locale.ROOT);
        this.host = m.group(2).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code url} is an absolute or scheme-relative URL on this site's host. */
    boolean onHost(String url) {
        String rest = withoutScheme(url.strip());
        return rest != null && (rest.toLowerCase(Locale.ROOT) + "/").startsWith(host);
    }

    /**
     * Resolves {@code url}, written in {@code from} (relative to the output folder).
     *
     * @return empty for a URL that leaves the site: another host, {@code mailto:}, {@code data:} …
     */
    Optional<Target> resolve(String from, String url) {
        String ref = url.strip();
        if (ref.isEmpty()) {
            return Optional.of(Target.broken("empty address"));
        }
        String fragment = null;
        int hash = ref.indexOf('#');
        if (hash >= 0) {
            fragment = ref.substring(hash + 1);
            ref = ref.substring(0, hash);
        }
        int query = ref.indexOf('?');
        if (query >= 0) {
            ref = ref.substring(0, query);
        }
        String folder;
        String path;
        String rest = withoutScheme(ref);
        Matcher m = SCHEME.matcher(ref);
        if (rest == null && m.matches()) {
            return Optional.empty();
        }
        if (rest != null && (rest.toLowerCase(Locale.ROOT) + "/").equals(host)) {
            rest = rest + "/";
        }
        if (rest != null) {
            if (!rest.toLowerCase(Locale.ROOT).startsWith(host)) {
                return Optional.empty();
            }
            if (m.matches() && !m.group(1).equalsIgnoreCase(scheme)) {
                return Optional.of(Target.broken(m.group(1) + ": but site.host is " + scheme + ":"));
            }
            folder = "";
            path = rest.substring(host.length());
            // The one folder address allowed: the site's own root, which the host serves through its index
            // document (the canonical URL and sitemap entry of the front page). Below it, object storage
            // serves keys, not folders.
            if (path.isEmpty()) {
                path = LinkChecker.FRONT_PAGE;
            }
        } else if (ref.startsWith("/")) {
            return Optional.of(Target.broken("starts with /: breaks when the site is served from a folder or bucket prefix"));
        } else if (ref.isEmpty()) {
            // "#main" or "?page=2": this same file
            return Optional.of(new Target(from, fragment, null));
        } else {
            int slash = from.lastIndexOf('/');
            folder = slash < 0 ? "" : from.substring(0, slash + 1);
            path = ref;
        }
        String decoded;
        try {
            decoded = decode(path);
        } catch (IllegalArgumentException e) {
            return Optional.of(Target.broken("bad percent-encoding"));
        }
        if (decoded.endsWith("/") || decoded.equals(".") || decoded.equals("..") || decoded.endsWith("/.")
                || decoded.endsWith("/..")) {
            return Optional.of(Target.broken("a folder, not a file"));
        }
        Path target = out.resolve(folder).resolve(decoded).normalize();
        if (!target.startsWith(out) || target.equals(out)) {
            return Optional.of(Target.broken("outside the site"));
        }
        if (Files.isDirectory(target)) {
            return Optional.of(Target.broken("a folder, not a file"));
        }
        if (!Files.isRegularFile(target)) {
            return Optional.of(Target.broken("no such file"));
        }
        return Optional.of(new Target(out.relativize(target).toString().replace('\\', '/'), fragment, null));
    }

    /** Percent-decoding for paths: unlike in a query, "+" is a plus sign there, not a space. */
    static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** {@code //host/path} for an absolute or scheme-relative URL; null for a relative one or another scheme. */
    private static String withoutScheme(String url) {
        if (url.startsWith("//")) {
            return url;
        }
        Matcher m = SCHEME.matcher(url);
        return m.matches() && m.group(2).startsWith("//") ? m.group(2) : null;
    }
}
