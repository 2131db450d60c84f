package news.portal.render;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.FrontPage;
import news.portal.content.Listing;
import news.portal.content.Month;
import news.portal.content.SiteModel;
import news.portal.content.Term;
import news.portal.share.ShareWidget;

/** Lists every page of the site, in a fixed order, with the part of the model only that page has. */
final class PagePlan {

    private final SiteConfig config;
    private final SiteModel model;
    private final ModelMaps maps;
    private final ShareWidget share;
    private final String extension;
    /** Pages that ask search engines not to index them: later pages of lists, when so configured. */
    private final Set<String> hidden = new HashSet<>();
    /** When each list page last changed: the newest date (or update) of the articles it shows. */
    private final Map<String, ZonedDateTime> changed = new HashMap<>();

    PagePlan(SiteConfig config, SiteModel model, ModelMaps maps, ShareWidget share) {
        this.config = config;
        this.model = model;
        this.maps = maps;
        this.share = share;
        this.extension = config.output().extension();
    }

    List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        for (Article article : model.articles()) {
            // the article's content key, its neighbours and related articles as lists show them, and whether
            // it is still scheduled (a preview's banner)
            jobs.add(new Job(article.uri(), "post", () -> post(article), List.of(article,
                    model.older(article).map(maps::card).orElse(Card.NONE),
                    model.newer(article).map(maps::card).orElse(Card.NONE),
                    idents(model.related(article, config.paging().relatedSize())),
                    article.document().date().toInstant().isAfter(model.bakeTime()))));
        }
        for (Article page : model.pages()) {
            jobs.add(new Job(page.uri(), "page", () -> page(page), List.of(page)));
        }
        SiteConfig.Paging paging = config.paging();
        int indexSize = paging.postsPerPage();
        List<Article> frontPage = paging.paginateIndex() ? model.articles()
                : model.articles().subList(0, Math.min(indexSize, model.articles().size()));
        SiteConfig.Front front = config.front();
        if (front.enabled()) {
            FrontPage composed = FrontPage.compose(model, front);
            paginate(jobs, "index", config.output().index(), "page", frontPage, indexSize, Map.of(),
                    () -> Map.of("front", front(composed)), signature(composed));
        } else {
            paginate(jobs, "index", config.output().index(), "page", frontPage, indexSize, Map.of());
        }
        if (enabled("render_tags")) {
            for (Listing tag : model.tags()) {
                Map<String, Object> extra = withFeed(Map.of("tag", tag.term().name(), "tag_ref", maps.ref(tag.term())),
                        tag.term(), FeedPlan.tagTitle(config, tag.term()));
                paginate(jobs, "tag", tag.term().uri(), stem(tag.term().uri()), tag.articles(), paging.tagPerPage(), extra);
            }
        }
        if (enabled("render_tagsindex")) {
            String uri = config.output().tagPath() + "/" + config.output().index();
            jobs.add(new Job(uri, "tags_index", () -> listing("标签", Map.of()), List.of(maps.tags())));
        }
        for (Listing section : model.sections()) {
            Map<String, Object> extra = withFeed(Map.of("section_ref", maps.ref(section.term())), section.term(),
                    FeedPlan.sectionTitle(config, section.term()));
            Optional<Article> lead = front.sectionLead()
                    ? FrontPage.lead(section.articles(), model.bakeTime()) : Optional.empty();
            paginate(jobs, "section", section.term().uri(), stem(section.term().uri()), section.articles(),
                    paging.sectionPerPage(), extra,
                    () -> lead.<Map<String, Object>>map(a -> Map.of("lead", maps.of(a))).orElse(Map.of()),
                    List.of(lead.map(maps::card).orElse(Card.NONE)));
        }
        if (enabled("render_archive")) {
            jobs.add(new Job(config.output().archive(), "archive", this::archive,
                    List.of(model.months().stream().map(this::monthRef).toList())));
            for (Month month : model.months()) {
                changed.put(month.uri(), newest(month.articles()));
                jobs.add(new Job(month.uri(), "archive_month", () -> month(month),
                        List.of(monthRef(month), idents(month.articles()))));
            }
        }
        if (enabled("render_error404")) {
            jobs.add(new Job(config.output().error404(), "error404", () -> listing("页面未找到", Map.of()), List.of()));
        }
        if (enabled("render_feed")) {
            new FeedPlan(config, model, maps).add(jobs);
        }
        new SitemapPlan(config, model, maps).add(jobs, List.copyOf(jobs), hidden, changed, enabled("render_sitemap"));
        return jobs;
    }

    /** A section or tag page names its own feed, for feed readers to find ({@code <link rel="alternate">}). */
    private Map<String, Object> withFeed(Map<String, Object> extra, Term term, String title) {
        if (!enabled("render_feed") || !config.discovery().termFeeds()) {
            return extra;
        }
        Map<String, Object> with = new HashMap<>(extra);
        with.put("term_feed", Map.of("uri", FeedPlan.feedOf(config, term), "title", title));
        return Map.copyOf(with);
    }

    /** What a list shows of its articles; a body edit that leaves the summary alone changes no list. */
    private List<Card> idents(List<Article> articles) {
        List<Card> cards = new ArrayList<>(articles.size());
        for (Article article : articles) {
            cards.add(maps.card(article));
        }
        return cards;
    }

    private boolean enabled(String key) {
        return enabled(config, key);
    }

    /** Whether JBake's {@code render.*} key {@code key} (dots as underscores) is on; absent means on. */
    static boolean enabled(SiteConfig config, String key) {
        return config.flag(key, true);
    }

    private Map<String, Object> post(Article article) {
        Map<String, Object> content = new HashMap<>(maps.of(article));
        content.put("scheduled", article.document().date().toInstant().isAfter(model.bakeTime()));
        model.older(article).ifPresent(a -> content.put("previousContent", maps.of(a)));
        model.newer(article).ifPresent(a -> content.put("nextContent", maps.of(a)));
        content.put("related", maps.of(model.related(article, config.paging().relatedSize())));
        Map<String, Object> page = new HashMap<>();
        page.put("content", content);
        page.put("title", article.title());
        page.put("share", ShareMaps.share(share.share(article)));
        page.put("meta", ShareMaps.meta(share.meta(article)));
        return page;
    }

    private Map<String, Object> page(Article article) {
        Map<String, Object> page = new HashMap<>();
        page.put("content", maps.of(article));
        page.put("title", article.title());
        if (share.onPages()) {
            page.put("share", ShareMaps.share(share.share(article)));
        }
        page.put("meta", ShareMaps.meta(share.meta(article)));
        return page;
    }

    private Map<String, Object> listing(String title, Map<String, Object> extra) {
        Map<String, Object> page = new HashMap<>(extra);
        page.put("title", title);
        return page;
    }

    private Map<String, Object> archive() {
        List<Map<String, Object>> months = model.months().stream().map(this::monthRef).toList();
        return listing("归档", Map.of("months", months));
    }

    private Map<String, Object> month(Month month) {
        Map<String, Object> ref = monthRef(month);
        return listing(String.valueOf(ref.get("label")), Map.of("month", ref, "posts", maps.of(month.articles())));
    }

    private Map<String, Object> monthRef(Month month) {
        return Map.of("year", month.month().getYear(), "month", month.month().getMonthValue(),
                "label", month.month().getYear() + "年" + month.month().getMonthValue() + "月",
                "uri", month.uri(), "count", month.articles().size());
    }

    /**
     * Adds the pages of one list: the first at {@code firstUri}, the others at {@code folder/N.html}, so
     * that every page is a file object storage can serve without rewriting.
     */
    private void paginate(List<Job> jobs, String kind, String firstUri, String folder, List<Article> articles,
                          int size, Map<String, Object> extra) {
        paginate(jobs, kind, firstUri, folder, articles, size, extra, Map::of, List.of());
    }

    /**
     * The front page's part of the model: the lead, focus pictures, section blocks and picks as the maps
     * every other page shows the same articles with.
     */
    private Map<String, Object> front(FrontPage front) {
        Map<String, Object> map = new HashMap<>();
        front.lead().ifPresent(lead -> map.put("lead", maps.of(lead)));
        map.put("focus", maps.of(front.focus()));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (FrontPage.Block block : front.blocks()) {
            blocks.add(Map.of("section", maps.ref(block.section().term()), "top", maps.of(block.top()),
                    "titles", maps.of(block.titles())));
        }
        map.put("sections", blocks);
        map.put("picks", maps.of(front.picks()));
        return map;
    }

    /** What the front page shows beside its list, for a preview to tell whether it changed. */
    private List<Object> signature(FrontPage front) {
        List<Object> blocks = new ArrayList<>();
        for (FrontPage.Block block : front.blocks()) {
            blocks.add(List.of(maps.ref(block.section().term()), maps.card(block.top()), idents(block.titles())));
        }
        return List.of(front.lead().map(maps::card).orElse(Card.NONE), idents(front.focus()), blocks,
                idents(front.picks()));
    }

    /**
     * @param first          what the first page adds to the model: the front page's lead and blocks
     * @param firstSignature what that shows, for the first page's signature
     */
    private void paginate(List<Job> jobs, String kind, String firstUri, String folder, List<Article> articles,
                          int size, Map<String, Object> extra, Supplier<Map<String, Object>> first,
                          List<Object> firstSignature) {
        int total = Math.max(1, (articles.size() + size - 1) / size);
        ZonedDateTime listChanged = newest(articles);
        for (int number = 1; number <= total; number++) {
            int current = number;
            String uri = pageUri(firstUri, folder, number);
            boolean noindex = number > 1 && config.discovery().noindexPaged();
            if (noindex) {
                hidden.add(uri);
            }
            // lists run newest first, so an article joining a list shifts every page of it
            changed.put(uri, listChanged);
            jobs.add(new Job(uri, kind, () -> {
                List<Article> slice = articles.subList((current - 1) * size, Math.min(articles.size(), current * size));
                Map<String, Object> pagination = new LinkedHashMap<>();
                pagination.put("current", current);
                pagination.put("total", total);
                pagination.put("first_uri", firstUri);
                String root = news.portal.content.SitePath.rootOf(uri);
                Map<String, Object> page = new HashMap<>(extra);
                if (current > 1) {
                    String prev = pageUri(firstUri, folder, current - 1);
                    pagination.put("prev_uri", prev);
                    page.put("previousFileName", root + prev);
                }
                if (current < total) {
                    String next = pageUri(firstUri, folder, current + 1);
                    pagination.put("next_uri", next);
                    page.put("nextFileName", root + next);
                }
                List<Map<String, Object>> posts = maps.of(slice);
                page.put("posts", posts);
                if (kind.equals("tag")) {
                    page.put("tag_posts", posts);
                }
                page.put("pagination", pagination);
                page.put("noindex", noindex);
                page.put("currentPageNumber", current);
                page.put("numberOfPages", total);
                page.put("title", title(kind, extra, current));
                if (current == 1) {
                    page.putAll(first.get());
                }
                return page;
            }, List.of(current, total, extra, idents(articles.subList((current - 1) * size,
                    Math.min(articles.size(), current * size))), current == 1 ? firstSignature : List.of())));
        }
    }

    private ZonedDateTime newest(List<Article> articles) {
        return newest(articles, model.bakeTime().atZone(config.identity().zone()));
    }

    /** The latest change among {@code articles} ({@code updated}, else the date); {@code none} for no article. */
    static ZonedDateTime newest(List<Article> articles, ZonedDateTime none) {
        ZonedDateTime newest = none;
        boolean any = false;
        for (Article article : articles) {
            ZonedDateTime time = article.document().lastModified();
            if (!any || time.isAfter(newest)) {
                newest = time;
                any = true;
            }
        }
        return newest;
    }

    private String title(String kind, Map<String, Object> extra, int number) {
        String base = switch (kind) {
            case "tag" -> "标签：" + extra.get("tag");
            case "section" -> String.valueOf(((Map<?, ?>) extra.get("section_ref")).get("name"));
            default -> "";
        };
        if (number == 1) {
            return base;
        }
        String suffix = "第 " + number + " 页";
        return base.isEmpty() ? suffix : base + " · " + suffix;
    }

    private String pageUri(String firstUri, String folder, int number) {
        return number == 1 ? firstUri : folder + "/" + number + extension;
    }

    private String stem(String uri) {
        return stem(uri, extension);
    }

    /** A page's address without its extension: the folder of its later pages and its feed. */
    static String stem(String uri, String extension) {
        return uri.endsWith(extension) ? uri.substring(0, uri.length() - extension.length()) : uri;
    }
}
