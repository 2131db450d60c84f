package news.portal.deploy;

import java.text.Normalizer;

/**
 * Object keys. A key is the file's path in the output, with {@code /} separators, in Unicode NFC, under
 * the prefix. NFC because the same Chinese or accented file name can reach the disk decomposed (macOS,
 * some archives) and S3 compares keys byte for byte: without it one page would be two objects, and the
 * links the bake wrote (NFC) would miss. Keys are not percent-encoded here: the SDK encodes each key
 * into the request path itself (and decodes listings it asked for with {@code encoding-type=url}).
 */
final class Keys {

    private Keys() {
    }

    /** A prefix as typed ({@code /site/}, {@code site}) → {@code site}; the bucket root is empty. */
    static String prefix(String typed) {
        String prefix = Normalizer.normalize(typed.replace('\\', '/'), Normalizer.Form.NFC);
        while (prefix.startsWith("/")) {
            prefix = prefix.substring(1);
        }
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        for (String part : prefix.split("/")) {
            if (part.equals(".") || part.equals("..") || prefix.contains("//")) {
                throw new IllegalArgumentException("a prefix cannot contain empty, . or .. parts: " + typed);
            }
        }
        return prefix;
    }

    /** A relative path from the file system ({@code css\site.css} on Windows) → {@code css/site.css}, NFC. */
    static String path(String relative) {
        String path = Normalizer.normalize(relative.replace('\\', '/'), Normalizer.Form.NFC);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            // S3 listings are XML 1.0, which cannot carry most control characters
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("a file name with a control character cannot be an object key: "
                        + path.replaceAll("\\p{Cntrl}", "?"));
            }
        }
        return path;
    }

    /** The key of the site path {@code path} under {@code prefix}. */
    static String key(String prefix, String path) {
        return prefix.isEmpty() ? path : prefix + "/" + path;
    }

    /** What every key of the site starts with: {@code prefix/}, or nothing at the bucket root. */
    static String listPrefix(String prefix) {
        // "site/" and not "site": a listing of "site" would also hold "site2/…", another site's objects
        return prefix.isEmpty() ? "" : prefix + "/";
    }
}
