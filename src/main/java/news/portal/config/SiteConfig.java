package news.portal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything a bake needs to know about a site, read once from {@code jbake.properties}.
 *
 * @param paths     where the site's sources are
 * @param identity  who the site is: name, address, language, time zone
 * @param paging    list sizes and pagination
 * @param output    names of the files and folders the bake writes
 * @param sources   how content files are read
 * @param share     the 分享到 widget and social metadata
 * @param discovery feeds, sitemaps and search-engine settings
 * @param conventions which of the portal's conventions the site switches on; none for a plain JBake site
 * @param templates template file name by page kind ({@code post}, {@code index}, {@code tag} …)
 * @param threads   render threads; the {@code render.threads} key, default the number of cores
 * @param raw       every configuration key with dots replaced by underscores, as JBake gives templates
 * @param front     what the front page and section pages lead with; {@link Front#OFF} on a plain JBake site
 */
public record SiteConfig(
        Paths paths,
        Identity identity,
        Paging paging,
        Output output,
        Sources sources,
        Share share,
        Discovery discovery,
        Conventions conventions,
        Map<String, String> templates,
        int threads,
        Map<String, Object> raw,
        Front front) {

    /** Reads and checks the configuration of the site in {@code siteDir}. */
    public static SiteConfig load(Path siteDir) {
        return new ConfigReader(siteDir).read();
    }

    /**
     * Whether the boolean key {@code key} ({@code render.tags}) is on, read as JBake reads it: a key written
     * twice, or with a comma, becomes a list, and JBake's getters take its first value.
     */
    public boolean flag(String key, boolean fallback) {
        Object value = raw.get(key.replace('.', '_'));
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        return value == null ? fallback : Boolean.parseBoolean(String.valueOf(value).strip());
    }

    /**
     * The line of {@code jbake.properties} that sets {@code key} (1-based), for a problem found in its value
     * after the configuration was read, such as a {@code deploy.*} key; 0 when the file does not set it.
     */
    public int lineOf(String key) {
        try {
            List<String> lines = Files.readAllLines(paths.site().resolve(ConfigReader.FILE), StandardCharsets.UTF_8);
            Pattern pattern = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:].*");
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).matches()) {
                    return i + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            // the file was read moments ago; a problem without its line is still a problem
            return 0;
        }
    }

    /** A copy with another thread count, for comparing single- and multi-threaded bakes. */
    public SiteConfig withThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + count);
        }
        return new SiteConfig(paths, identity, paging, output, sources, share, discovery, conventions, templates, count, raw,
                front);
    }

    /** A copy served from another address, such as a local preview server's. */
    public SiteConfig withHost(String host) {
        if (!host.endsWith("/")) {
            throw new IllegalArgumentException("host must end with /: " + host);
        }
        Identity moved = new Identity(identity.name(), identity.description(), host, identity.language(),
                identity.icp(), identity.zone(), identity.dateDisplay(), identity.sections(), identity.logo());
        return new SiteConfig(paths, moved, paging, output, sources, share, discovery, conventions, templates, threads, raw,
                front);
    }

    /**
     * What sets the portal apart from stock JBake. A site whose {@code jbake.properties} names none of these
     * keys bakes as JBake 2.7.0 bakes it; this repository's own site switches them all on.
     *
     * @param portal      {@code site.conventions=portal} (default {@code jbake}): the portal's page kinds
     *                    (sections, monthly archives, Atom, news sitemap, robots.txt, feeds per tag and
     *                    section, paginated tag pages), its template model and its defaults: time zone
     *                    Asia/Shanghai and language zh-CN unless {@code site.timezone}/{@code site.language} say
     *                    otherwise. Without it, dates are in the JVM's zone and language, as in JBake
     * @param pinyinUrls  {@code uri.pinyin}, default as {@code portal}: articles at {@code yyyy/MM/slug.html}
     *                    with ASCII pinyin slugs, tags and sections at pinyin paths; otherwise JBake's
     *                    addresses, the content path with its extension replaced
     * @param cjk         {@code markdown.cjk}, default as {@code portal}: the portal's Markdown (lines joined
     *                    without a space between Chinese characters, tables, footnotes, sized lazy images);
     *                    otherwise JBake's Markdown engine with {@code markdown.extensions}
     */
    public record Conventions(boolean portal, boolean pinyinUrls, boolean cjk) {

        /** A plain JBake site's. */
        public static final Conventions JBAKE = new Conventions(false, false, false);
    }

    /**
     * The portal's front page: a lead story, focus pictures, a block per section and editors' picks above the
     * latest articles, and a lead on each section page. Chosen at bake time from the desk's front matter
     * ({@code pin}, {@code featured}), never by template queries. Only on a site with
     * {@code site.conventions=portal}; a plain JBake site's index stays JBake's.
     *
     * @param enabled       {@code site.conventions=portal}
     * @param focusSize     {@code front.focus.size}, default 5, at most 10: focus pictures (featured articles
     *                      with a cover) in the strip under the lead; 0 for no strip
     * @param sectionTitles {@code front.section.titles}, default 6, at most 20: titles with dates under the
     *                      newest article of each section block
     * @param sections      {@code front.sections}: the sections given a block, in this order, separated by
     *                      {@code ，} or {@code ,}; empty (the default) for every section in navigation order
     * @param picksSize     {@code front.picks.size}, default 6, at most 20: editors' picks (featured articles
     *                      not already the lead or a focus picture); 0 for none
     * @param sectionLead   {@code section.lead}, default {@code true}: the first page of each section leads
     *                      with its own story, chosen as the front page's is
     */
    public record Front(boolean enabled, int focusSize, int sectionTitles, List<String> sections, int picksSize,
                        boolean sectionLead) {

        /** No front page of the portal's: JBake's index. */
        public static final Front OFF = new Front(false, 0, 0, List.of(), 0, false);

        public Front {
            sections = List.copyOf(sections);
        }
    }

    /**
     * @param site      the site folder
     * @param content   {@code content.folder}, default {@code content}
     * @param templates {@code template.folder}, default {@code templates}
     * @param assets    {@code asset.folder}, default {@code assets}
     */
    public record Paths(Path site, Path content, Path templates, Path assets) {

        /** A file of the site as messages name it: relative to the site folder, like {@code content/news/a.md}. */
        public String shown(Path file) {
            return site.relativize(file).toString().replace('\\', '/');
        }

        /** A file below the content folder ({@code news/a.md}) as messages name it: {@code content/news/a.md}. */
        public String shownContent(String contentFile) {
            return shown(content.resolve(contentFile));
        }

        /**
         * The file the bake publishes at {@code sitePath} (e.g. {@code images/a.jpg}): the content folder's,
         * which the bake copies last and so wins, else the asset folder's; empty when neither has one.
         */
        public Optional<Path> siteFile(String sitePath) {
            for (Path folder : List.of(content, assets)) {
                Path file = folder.resolve(sitePath);
                if (Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * @param name        {@code site.name}
     * @param description {@code site.description}
     * @param host        {@code site.host}: absolute base URL, always ending with {@code /}
     * @param language    {@code site.language}, default {@code zh-CN}
     * @param icp         {@code site.icp}: the ICP 备案 number shown in the footer, empty if none
     * @param zone        {@code site.timezone}, default {@code Asia/Shanghai}: the zone of dates written
     *                    without an offset, and of every date shown
     * @param dateDisplay {@code site.date.display}, default {@code yyyy-MM-dd HH:mm}
     * @param sections    {@code site.sections}: section names in navigation order; sections not named
     *                    follow by name
     * @param logo        {@code site.logo}: the publisher's logo in structured data, a site path
     *                    ({@code images/logo.png}) or an absolute URL; empty (the default) for none
     */
    public record Identity(String name, String description, String host, String language, String icp,
                           ZoneId zone, String dateDisplay, List<String> sections, String logo) { }

    /**
     * @param paginateIndex  {@code index.paginate} (JBake's key): without it only the first page is written
     * @param postsPerPage   {@code index.posts_per_page} (JBake's key)
     * @param tagPerPage     {@code tag.posts_per_page}, default 20
     * @param sectionPerPage {@code section.posts_per_page}, default 20
     * @param feedSize       {@code feed.size}, default 20
     * @param summaryLength  {@code summary.length}: characters of an automatic summary, default 120
     * @param relatedSize    {@code related.size}: related articles under an article, default 5
     */
    public record Paging(boolean paginateIndex, int postsPerPage, int tagPerPage, int sectionPerPage,
                         int feedSize, int summaryLength, int relatedSize) { }

    /**
     * @param index      {@code index.file}, default {@code index.html}
     * @param feed       {@code feed.file}, default {@code feed.xml}: the RSS feeds, the site's and each
     *                   section's and tag's
     * @param atom       {@code feed.atom.file}, default {@code atom.xml}: the site's Atom feed, next to the
     *                   RSS one; written when {@code render.feed} is on
     * @param archive    {@code archive.file}, default {@code archive.html}
     * @param sitemap    {@code sitemap.file}, default {@code sitemap.xml}
     * @param error404   {@code error404.file}, default {@code 404.html}
     * @param tagPath    {@code tag.path}, default {@code tags}
     * @param sectionPath {@code section.path}, default {@code sections}
     * @param extension  {@code output.extension}, default {@code .html}
     * @param fingerprint {@code asset.fingerprint}, default as {@code site.conventions=portal}: CSS and JS
     *                    assets are written as {@code name.HASH.css}, so that they can be cached for a year;
     *                    off, assets keep their names as in JBake
     */
    public record Output(String index, String feed, String atom, String archive, String sitemap, String error404,
                         String tagPath, String sectionPath, String extension, boolean fingerprint) { }

    /**
     * @param headerSeparator {@code header.separator}: ends a JBake {@code key=value} header
     * @param jbakeDateFormat {@code date.format}: also accepted for dates, strictly
     * @param defaultType     {@code default.type}: type of a JBake-header document without one
     * @param defaultStatus   {@code default.status}: status of a JBake-header document without one
     * @param ignoreFile      {@code ignore.file}: a folder holding this file is not read
     * @param markdown        how raw HTML in a Markdown body is treated
     */
    public record Sources(String headerSeparator, String jbakeDateFormat, String defaultType,
                          String defaultStatus, String ignoreFile, Markdown markdown) {

        /** Sources with {@link Markdown#DEFAULT}. */
        public Sources(String headerSeparator, String jbakeDateFormat, String defaultType, String defaultStatus,
                       String ignoreFile) {
            this(headerSeparator, jbakeDateFormat, defaultType, defaultStatus, ignoreFile, Markdown.DEFAULT);
        }
    }

    /**
     * The raw HTML an editor may write in a Markdown body. Any editor account can publish, so by default a
     * body cannot carry script: a stolen or careless account must not be able to plant it on every reader.
     *
     * @param trustedHtml {@code markdown.raw_html}: {@code safe} (the default) keeps only the HTML articles
     *                    use (figures, pictures, tables, video and audio, text markup, video players) and
     *                    removes the rest ({@code <script>}, {@code <style>}, forms, {@code on…} and
     *                    {@code style} attributes …) with a warning at its line; {@code trusted} keeps raw
     *                    HTML as written. Either way {@code javascript:}, {@code vbscript:} and
     *                    {@code data:} addresses other than {@code data:image/…} are removed, with a warning
     * @param iframeHosts {@code markdown.iframe_hosts}: the sites whose players a safe body may embed in an
     *                    {@code <iframe>}, over https, each host matched exactly or as a parent domain;
     *                    separated by commas, default {@link #VIDEO_HOSTS}; empty for no iframe at all
     */
    public record Markdown(boolean trustedHtml, List<String> iframeHosts) {

        /** The players of Bilibili, Tencent Video and Youku. */
        public static final List<String> VIDEO_HOSTS = List.of("player.bilibili.com", "v.qq.com", "player.youku.com");

        /** Safe raw HTML and the players of {@link #VIDEO_HOSTS}. */
        public static final Markdown DEFAULT = new Markdown(false, VIDEO_HOSTS);

        public Markdown {
            iframeHosts = List.copyOf(iframeHosts);
        }
    }

    /**
     * @param services {@code share.services}: the share services shown, in this order; default
     *                 {@link #SERVICES}, all of them. An empty value shows no widget.
     * @param pages    {@code share.pages}: whether standing pages ({@code type: page}) get the widget too;
     *                 default {@code false}, since 关于我们 and the like are rarely shared
     * @param image    {@code share.image}: the image shared for an article without a cover, a site path
     *                 ({@code images/share-default.png}) or an absolute URL; empty (the default) for none
     */
    public record Share(List<String> services, boolean pages, String image) {

        /**
         * Every service the widget knows, in the default order: Chinese services first, since readers share
         * news mostly to WeChat and Weibo, then international ones, then e-mail and copy link.
         */
        public static final List<String> SERVICES = List.of("wechat", "weibo", "qq", "qzone", "douban", "x",
                "facebook", "linkedin", "telegram", "whatsapp", "email", "copy");

        public Share {
            services = List.copyOf(services);
        }
    }

    /**
     * How readers' feed readers and search engines find the site.
     *
     * @param fullContent     {@code feed.content}: {@code summary} (the default) puts each article's summary
     *                        in the feeds, {@code full} its whole text as well, with links made absolute
     * @param termFeeds       {@code feed.terms}, default {@code true}: an RSS feed for each section and tag,
     *                        at {@code sections/SLUG/feed.xml} and {@code tags/SLUG/feed.xml}
     * @param newsSitemap     {@code sitemap.news.file}, default {@code news-sitemap.xml}: the Google News
     *                        sitemap; empty for none
     * @param newsDays        {@code sitemap.news.days}, default 2: how old an article may be to stay in the
     *                        news sitemap (Google News reads only the last two days)
     * @param sitemapMaxUrls  {@code sitemap.max_urls}, default and at most 50,000 (the protocol's limit): past
     *                        it the sitemap becomes an index of {@code sitemap-1.xml}, {@code sitemap-2.xml} …
     * @param noindexPaged    {@code paginate.noindex}, default {@code false}: pages 2, 3 … of lists ask
     *                        search engines not to index them (they still follow their links)
     * @param baiduVerification  {@code site.verification.baidu}: the code of the {@code baidu-site-verification}
     *                           meta tag on the front page; empty (the default) for none
     * @param googleVerification {@code site.verification.google}: the same for {@code google-site-verification}
     */
    public record Discovery(boolean fullContent, boolean termFeeds, String newsSitemap, int newsDays,
                            int sitemapMaxUrls, boolean noindexPaged, String baiduVerification,
                            String googleVerification) {

        /** The sitemaps protocol's limit of URLs in one file. */
        public static final int SITEMAP_LIMIT = 50_000;

        /** Google News reads at most this many articles from one news sitemap. */
        public static final int NEWS_LIMIT = 1_000;
    }
}
