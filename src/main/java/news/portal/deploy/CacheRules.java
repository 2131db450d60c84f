package news.portal.deploy;

import java.util.regex.Pattern;

/**
 * {@code Cache-Control} by kind of file. Pages change in place (an article is corrected, a list gains a
 * story), so browsers must revalidate them; a fingerprinted stylesheet never changes under its name, so
 * it may be kept for a year, and so may an image derivative, whose name carries its source's hash; other assets (images, fonts) keep their names when replaced, so they get an
 * hour.
 *
 * @param fingerprinted {@code deploy.cache.fingerprinted}: CSS and JS whose name carries a content hash
 * @param pages         {@code deploy.cache.pages}: HTML pages, feeds, sitemaps, robots.txt
 * @param assets        {@code deploy.cache.assets}: every other file
 */
public record CacheRules(String fingerprinted, String pages, String assets) {

    /** A year, and no revalidation at all: the name changes whenever the content does. */
    public static final String DEFAULT_FINGERPRINTED = "public, max-age=31536000, immutable";
    /** Stored, but checked with the server (a cheap 304) before each use. */
    public static final String DEFAULT_PAGES = "no-cache";
    /** An hour: a replaced image shows within the hour. */
    public static final String DEFAULT_ASSETS = "public, max-age=3600";

    /**
     * {@code name.3f2a9c1b.css}: the bake's fingerprint, eight hex digits before the extension; the search
     * index's shards and lists ({@code search/t/7.3f2a9c1b.json}) are named the same way.
     */
    private static final Pattern FINGERPRINTED = Pattern.compile("(?:.*/)?[^/]+\\.[0-9a-f]{8}\\.(?:css|js|mjs|json)");
    /**
     * An image derivative ({@code news.portal.image.Derivatives}): {@code a.3f2a9c1b.w800.webp}, a card crop
     * {@code a.3f2a9c1b.c480.jpg}, a share crop {@code a.3f2a9c1b.og.jpg}. The hash covers the original's
     * bytes and the settings, so a new photo or new settings give new names.
     */
    private static final Pattern DERIVATIVE = Pattern.compile(
            "(?:.*/)?[^/]+\\.[0-9a-f]{8}\\.(?:[wc][1-9][0-9]{0,4}|og)\\.(?:jpg|png|webp)");

    /** The defaults above. */
    public static CacheRules defaults() {
        return new CacheRules(DEFAULT_FINGERPRINTED, DEFAULT_PAGES, DEFAULT_ASSETS);
    }

    /** The {@code Cache-Control} value for the file at {@code path} (relative to the site root). */
    String forPath(String path, Phase phase) {
        // the search index's manifest keeps its name and names the current shards: checked like a page
        if (phase.isPage() || phase == Phase.SEARCH) {
            return pages;
        }
        return FINGERPRINTED.matcher(path).matches() || DERIVATIVE.matcher(path).matches() ? fingerprinted : assets;
    }
}
