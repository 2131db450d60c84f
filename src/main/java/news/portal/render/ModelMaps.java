package news.portal.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.Desk;
import news.portal.content.Document;
import news.portal.content.Listing;
import news.portal.content.SiteModel;
import news.portal.content.SitePath;
import news.portal.content.Term;
import news.portal.image.Derivatives;

/**
 * The content model as the maps JBake templates know ({@code content.title}, {@code content.date},
 * {@code content.body} …), built once per article and shared read-only by every page that lists it.
 */
final class ModelMaps {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    /** Fields JBake sets itself, whatever the header says. */
    private static final java.util.Set<String> JBAKE_SETS = java.util.Set.of("date", "tags", "uri", "sourceuri",
            "rootpath", "file", "sha1", "rendered", "cached", "status", "type", "title", "body", "noExtensionUri");

    private final Derivatives.Catalog images;
    private final DateTimeFormatter display;
    private final DateTimeFormatter displayDay;
    private final Map<Term, Map<String, Object>> refs = new HashMap<>();
    private final Map<Term, Map<String, Object>> terms = new HashMap<>();
    private final Map<Article, Map<String, Object>> documents;
    /** One card per article, however many lists show it: a bake's pages hold a dozen cards of each. */
    private final Map<Article, Card> cards;
    private final List<Map<String, Object>> articles;
    private final List<Map<String, Object>> pages;
    private final List<Map<String, Object>> tags;
    private final List<Map<String, Object>> sections;
    private final Map<String, Object> site;
    private final java.nio.file.Path content;
    private final boolean noExtension;
    private final boolean portal;
    /** Whether the desk's fields are the portal's (typed) or, on a plain JBake site, custom fields as written. */

    /**
     * @param reuse maps built by an earlier bake of the same site: an article that is the same object
     *              keeps its map, so a preview update rebuilds only what changed
     */
    ModelMaps(SiteConfig config, SiteModel model, Map<Article, Map<String, Object>> reuse) {
        this(config, model, reuse, Derivatives.Catalog.EMPTY);
    }

    /** @param images the derivatives a bake made, which bodies and covers show instead of the originals */
    ModelMaps(SiteConfig config, SiteModel model, Map<Article, Map<String, Object>> reuse, Derivatives.Catalog images) {
        this.images = images;
        this.documents = new IdentityHashMap<>(Math.max(16, model.articles().size() * 2));
        this.cards = new IdentityHashMap<>(Math.max(16, model.articles().size() * 2));
        // filled before any page is planned: pages read it from many threads, and nothing writes it after
        model.articles().forEach(a -> cards.put(a, Card.of(a)));
        model.pages().forEach(a -> cards.put(a, Card.of(a)));
        model.others().forEach(a -> cards.put(a, Card.of(a)));
        this.content = config.paths().content();
        this.noExtension = config.flag("uri.noExtension", false);
        this.portal = config.conventions().portal();
        this.display = DateTimeFormatter.ofPattern(config.identity().dateDisplay());
        this.displayDay = DateTimeFormatter.ofPattern(dayPart(config.identity().dateDisplay()));
        model.tags().forEach(listing -> refs.put(listing.term(), ref(listing)));
        model.sections().forEach(listing -> refs.put(listing.term(), ref(listing)));
        this.articles = model.articles().stream().map(a -> reused(a, reuse)).toList();
        this.pages = model.pages().stream().map(a -> reused(a, reuse)).toList();
        model.others().forEach(a -> reused(a, reuse));
        this.tags = model.tags().stream().map(listing -> refs.get(listing.term())).toList();
        this.sections = model.sections().stream().map(listing -> refs.get(listing.term())).toList();
        Map<String, Object> site = new LinkedHashMap<>();
        SiteConfig.Identity identity = config.identity();
        site.put("name", identity.name());
        site.put("description", identity.description());
        site.put("host", identity.host());
        site.put("language", identity.language());
        site.put("icp", identity.icp());
        site.put("sections", sections);
        site.put("build_time_iso", ISO.format(model.bakeTime().atZone(identity.zone())));
        // what the footer's copyright shows: a page that names only the year stays the same all year
        site.put("build_year", model.bakeTime().atZone(identity.zone()).getYear());
        site.put("baidu_verification", config.discovery().baiduVerification());
        site.put("google_verification", config.discovery().googleVerification());
        site.put("atom_file", config.output().atom());
        site.put("feeds", PagePlan.enabled(config, "render_feed"));
        this.site = Collections.unmodifiableMap(site);
    }

    /** The article maps of this bake, for the next one to reuse. */
    Map<Article, Map<String, Object>> documents() {
        return documents;
    }

    private Map<String, Object> reused(Article article, Map<Article, Map<String, Object>> reuse) {
        Map<String, Object> map = reuse.get(article);
        if (map == null) {
            return document(article);
        }
        documents.put(article, map);
        return map;
    }

    /**
     * What the navigation of every page shows: the sections' names and addresses, in order, and the
     * standing pages the footer links.
     */
    List<String> navigation() {
        List<String> navigation = new ArrayList<>();
        for (Map<String, Object> section : sections) {
            navigation.add(section.get("name") + "\n" + section.get("uri"));
        }
        for (Map<String, Object> page : pages) {
            navigation.add(page.get("title") + "\n" + page.get("uri"));
        }
        return navigation;
    }

    Map<String, Object> site() {
        return site;
    }

    List<Map<String, Object>> articles() {
        return articles;
    }

    List<Map<String, Object>> pages() {
        return pages;
    }

    List<Map<String, Object>> tags() {
        return tags;
    }

    /** The shared map of an article or page. */
    Map<String, Object> of(Article article) {
        return documents.get(article);
    }

    List<Map<String, Object>> of(List<Article> list) {
        List<Map<String, Object>> maps = new ArrayList<>(list.size());
        for (Article article : list) {
            maps.add(documents.get(article));
        }
        return maps;
    }

    /** What lists show of {@code article}, the same card for every list. */
    Card card(Article article) {
        Card card = cards.get(article);
        return card != null ? card : Card.of(article);
    }

    Map<String, Object> ref(Term term) {
        return refs.get(term);
    }

    String iso(ZonedDateTime time) {
        return ISO.format(time);
    }

    String rfc822(ZonedDateTime time) {
        return RFC_822.format(time);
    }

    private Map<String, Object> ref(Listing listing) {
        Term term = listing.term();
        return Map.of("name", term.name(), "slug", term.slug(), "uri", term.uri(), "count", listing.articles().size());
    }

    private Map<String, Object> document(Article article) {
        Document doc = article.document();
        Map<String, Object> map = new LinkedHashMap<>();
        // JBake's own fields first (custom header values, JSON ones parsed), then the checked ones over them
        doc.jbake().forEach(map::put);
        doc.extra().forEach(map::put);
        map.put("title", doc.title());
        map.put("date", Date.from(doc.date().toInstant()));
        map.put("date_display", (doc.dateOnly() ? displayDay : display).format(doc.date()));
        map.put("date_iso", ISO.format(doc.date()));
        map.put("date_rfc822", RFC_822.format(doc.date()));
        doc.updated().ifPresent(updated -> {
            map.put("updated", Date.from(updated.toInstant()));
            map.put("updated_display", display.format(updated));
            map.put("updated_iso", ISO.format(updated));
        });
        map.put("lastmod_iso", ISO.format(doc.lastModified()));
        map.put("type", doc.type());
        map.put("status", doc.draft() ? "draft" : "published");
        map.put("sourceuri", article.uri());
        if (noExtension) {
            map.put("noExtensionUri", article.uri().replace("/index.html", "/"));
        }
        map.put("sha1", doc.sha1());
        map.put("rendered", false);
        map.put("cached", true);
        map.put("draft", doc.draft());
        map.put("uri", article.uri());
        map.put("rootpath", SitePath.rootOf(article.uri()));
        Derivatives.Catalog shown = images;
        map.put("body", new Body(() -> Pictures.body(article.html(), article.uri(), shown)));
        map.put("summary", article.summary());
        // JBake gives a document without a tags line no tags at all, so <#if content.tags??> tells them apart
        if (portal || !article.tags().isEmpty() || doc.jbake().containsKey("tags")) {
            map.put("tags", article.tags().stream().map(Term::name).toList());
        }
        map.put("tag_refs", article.tags().stream().map(this::term).toList());
        article.section().ifPresent(section -> {
            map.put("category", section.name());
            map.put("section", term(section));
        });
        article.cover().ifPresent(cover -> map.put("cover", cover));
        article.cover().filter(cover -> !SitePath.isAbsolute(cover))
                .flatMap(cover -> images.of(cover.startsWith("/") ? cover.substring(1) : cover))
                .ifPresent(image -> map.put("cover_image", Pictures.coverMap(image)));
        // the size the front matter gave, or the file's: the cover's box is reserved before it arrives
        article.coverSize().ifPresent(size -> {
            map.put("cover_width", size.width());
            map.put("cover_height", size.height());
        });
        put(map, "author", doc.author());
        put(map, "source", doc.source());
        if (portal) {
            // whether it is pinned now is the front page's business: this map outlives the bake's moment
            Desk desk = doc.desk();
            map.put("featured", desk.featured());
            map.put("pin", desk.pinned());
            put(map, "editor", desk.editor());
            put(map, "original_title", desk.originalTitle());
            put(map, "source_url", desk.sourceUrl());
        }
        map.put("slug", article.slug());
        map.put("file", content.resolve(doc.file()).toString());
        // what the header says wins over what the portal derives (a JSON summary stays a map), except the
        // fields JBake itself sets from the file
        doc.jbake().forEach((key, value) -> {
            if (!JBAKE_SETS.contains(key) && !(portal && Desk.FIELDS.contains(key))) {
                map.put(key, value);
            }
        });
        Map<String, Object> shared = FixedMap.copyOf(map);
        documents.put(article, shared);
        return shared;
    }

    /**
     * A tag or section as an article shows it: without a count, so that an article's map stays valid
     * while other articles join or leave its tags.
     */
    private Map<String, Object> term(Term term) {
        // one map per term, shared by every article that shows it
        return terms.computeIfAbsent(term, t -> Map.of("name", t.name(), "slug", t.slug(), "uri", t.uri()));
    }

    /**
     * The date part of the display pattern, for dates written without a time: {@code yyyy-MM-dd HH:mm}
     * gives {@code yyyy-MM-dd}, {@code yyyy年M月d日 HH:mm} gives {@code yyyy年M月d日}.
     */
    static String dayPart(String pattern) {
        int end = pattern.length();
        for (int i = 0; i < pattern.length(); i++) {
            if ("HhKkmsSaB".indexOf(pattern.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        String day = pattern.substring(0, end).replaceAll("[\\s,:'Tt]+$", "");
        return day.isEmpty() ? pattern : day;
    }

    private static void put(Map<String, Object> map, String key, Optional<String> value) {
        value.ifPresent(v -> map.put(key, v));
    }
}
