package news.portal.preview;

import java.util.Locale;
import java.util.Map;

/** Content types by file extension; text types carry their charset, which JBake's Jetty never sent. */
final class MediaTypes {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"));

    private MediaTypes() {
    }

    /** The type of {@code fileName}; {@code application/octet-stream} when unknown. */
    static String of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith("feed.xml") || name.endsWith(".rss")) {
            return "application/rss+xml; charset=utf-8";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream" : TYPES.getOrDefault(name.substring(dot + 1), "application/octet-stream");
    }
}
