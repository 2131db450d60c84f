package news.portal.media;

import java.util.Locale;
import java.util.Map;

/**
 * {@code Content-Type} by file name. A table of its own rather than the JDK's or the system's guess:
 * those differ between machines (a missing {@code /etc/mime.types} makes every CSS file
 * {@code application/octet-stream}, which browsers refuse to apply), and object storage serves whatever
 * type was stored. Text types name {@code charset=utf-8}: without it a browser may guess GBK for a
 * Chinese page that has no {@code <meta charset>} in its first bytes, such as a feed or a text file.
 * The preview server and deploy both use it, so a page is served locally as the bucket will serve it.
 */
public final class ContentTypes {

    /** The type of a file this table does not know. */
    public static final String UNKNOWN = "application/octet-stream";
    private static final String UTF8 = "; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            // pages and text
            Map.entry("html", "text/html" + UTF8),
            Map.entry("htm", "text/html" + UTF8),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("map", "application/json" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("webmanifest", "application/manifest+json" + UTF8),
            Map.entry("xml", "application/xml" + UTF8),
            Map.entry("rss", "application/rss+xml" + UTF8),
            Map.entry("atom", "application/atom+xml" + UTF8),
            Map.entry("xsl", "application/xslt+xml" + UTF8),
            Map.entry("txt", "text/plain" + UTF8),
            Map.entry("md", "text/markdown" + UTF8),
            Map.entry("csv", "text/csv" + UTF8),
            Map.entry("ics", "text/calendar" + UTF8),
            Map.entry("svg", "image/svg+xml" + UTF8),
            // images
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("apng", "image/apng"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("ico", "image/x-icon"),
            // fonts
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("eot", "application/vnd.ms-fontobject"),
            // audio and video
            Map.entry("mp4", "video/mp4"),
            Map.entry("m4v", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("ogv", "video/ogg"),
            Map.entry("mov", "video/quicktime"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("aac", "audio/aac"),
            Map.entry("oga", "audio/ogg"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("opus", "audio/ogg"),
            Map.entry("wav", "audio/wav"),
            Map.entry("flac", "audio/flac"),
            Map.entry("vtt", "text/vtt" + UTF8),
            // documents and downloads
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"),
            Map.entry("gz", "application/gzip"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    private final String feed;
    private final String atom;

    /**
     * @param feed the name of the RSS files ({@code feed.file}, default {@code feed.xml}): the site's and each
     *             section's and tag's ({@code tags/SLUG/feed.xml}) are served as RSS rather than XML
     * @param atom the name of the Atom feed ({@code feed.atom.file}, default {@code atom.xml})
     */
    public ContentTypes(String feed, String atom) {
        this.feed = feed.toLowerCase(Locale.ROOT);
        this.atom = atom.toLowerCase(Locale.ROOT);
    }

    /** The {@code Content-Type} of the file at {@code path}; {@code application/octet-stream} when unknown. */
    public String of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals(feed)) {
            return "application/rss+xml" + UTF8;
        }
        if (name.equals(atom)) {
            return "application/atom+xml" + UTF8;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? UNKNOWN : BY_EXTENSION.getOrDefault(name.substring(dot + 1), UNKNOWN);
    }

    /** Whether the type is text, which gzip shrinks (images and fonts are compressed already). */
    public static boolean isText(String contentType) {
        return contentType.endsWith(UTF8);
    }
}
