package news.portal.deploy;

import news.portal.config.SiteConfig;

/**
 * The order of a deploy. Each phase starts only when the one before it fully succeeded, so a page that
 * lists articles never reaches readers before the articles it links to, and no page before the images and
 * stylesheets it uses. Updating a site already deployed, the pages that are new go up first, right after
 * the assets: no page readers can reach links to them yet, and articles and lists link both ways, so a new
 * tag page must be there before the changed article that is the first to link to it. The search index's
 * manifest keeps its name and names the shards, lists and articles of the new index: it goes up alone,
 * after all of them, so a reader never fetches a manifest naming a shard the bucket does not hold yet;
 * the shards it no longer names are deleted with every other stale object, after the last phase.
 */
enum Phase {
    /** Stylesheets, scripts, images, fonts: everything a page loads. */
    ASSETS("assets"),
    /** Pages, feeds and sitemaps that are not in the bucket yet, when the site was deployed before. */
    NEW_PAGES("new pages"),
    /** Article pages and standing pages. */
    ARTICLES("articles"),
    /** The search index's manifest, {@code search/index.json}: after the shards and the articles it names. */
    SEARCH("search manifest"),
    /** Tag, section and archive pages. */
    LISTINGS("listings"),
    /** The front page, its later pages, and the 404 page. */
    FRONT("front page"),
    /** Feed, sitemap, robots.txt: what crawlers follow to everything else. */
    FEEDS("feeds and sitemaps");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The search manifest's path below the site root (as {@code news.portal.search.SearchIndex.MANIFEST}). */
    static final String SEARCH_MANIFEST = "search/index.json";

    /** Whether the phase holds pages: the assets and the search manifest are no pages. */
    boolean isPage() {
        return this != ASSETS && this != SEARCH;
    }

    /** The phase of the file at {@code path}, from the site's output names. */
    static Phase of(String path, SiteConfig.Output layout) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean root = path.indexOf('/') < 0;
        // the feeds of sections and tags too (tags/SLUG/feed.xml): they link articles like the site's
        if (name.equals(layout.feed()) || path.equals(layout.sitemap()) || path.equals("robots.txt")
                || root && (name.endsWith(".xml") || name.endsWith(".atom") || name.endsWith(".rss"))) {
            return FEEDS;
        }
        if (path.equals(SEARCH_MANIFEST)) {
            return SEARCH;
        }
        if (!path.endsWith(layout.extension())) {
            return ASSETS;
        }
        if (path.equals(layout.index()) || path.startsWith("page/") || path.equals(layout.error404())) {
            return FRONT;
        }
        String archiveStem = layout.archive().endsWith(layout.extension())
                ? layout.archive().substring(0, layout.archive().length() - layout.extension().length()) : layout.archive();
        if (path.startsWith(layout.tagPath() + "/") || path.equals(layout.tagPath() + layout.extension())
                || path.startsWith(layout.sectionPath() + "/") || path.equals(layout.archive())
                || path.startsWith(archiveStem + "/")) {
            return LISTINGS;
        }
        return ARTICLES;
    }
}
