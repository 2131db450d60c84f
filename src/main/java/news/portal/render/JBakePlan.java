package news.portal.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.SiteModel;
import news.portal.jbake.ContentStoreView;
import news.portal.jbake.DataFiles;

/**
 * The pages stock JBake 2.7.0 writes, with its template model: one page per document with its type's
 * template, then the index (paginated as {@code 2/index.html} … when {@code index.paginate} is on), feed,
 * archive, a page per tag, the tag index, sitemap and 404, each only when its {@code render.*} key is on.
 * Everything JBake's templates can ask for ({@code published_posts}, {@code tags}, {@code db} …) is
 * computed once from the model: no page queries anything.
 */
final class JBakePlan {

    /** JBake's "date desc"; among equal dates, the file crawled last comes first, as on a one-CPU JBake. */
    private static final Comparator<Map<String, Object>> NEWEST_FIRST = Comparator
            .comparing((Map<String, Object> d) -> (Date) d.get("date")).reversed()
            .thenComparing(d -> String.valueOf(d.get("sourceuri")), Comparator.reverseOrder());

    private final SiteConfig config;
    private final SiteModel model;
    private final ModelMaps maps;
    private final DataFiles data;
    private final Map<String, Object> shared = new HashMap<>();
    private final List<Map<String, Object>> published;
    private final Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
    private final List<String> tagNames;

    JBakePlan(SiteConfig config, SiteModel model, ModelMaps maps, DataFiles data) {
        this.config = config;
        this.model = model;
        this.maps = maps;
        this.data = data;
        List<Map<String, Object>> all = new ArrayList<>();
        Stream.of(model.articles(), model.pages(), model.others()).flatMap(List::stream)
                .forEach(article -> all.add(maps.of(article)));
        all.sort(NEWEST_FIRST);
        for (String type : types()) {
            byType.put(type, new ArrayList<>());
        }
        for (Map<String, Object> document : all) {
            byType.computeIfAbsent(String.valueOf(document.get("type")), t -> new ArrayList<>()).add(document);
        }
        // JBake concatenates its per-type queries in the order the types are known
        published = byType.values().stream().flatMap(List::stream).toList();
        tagNames = tagNames(published);
    }

    /** Names every template may use, the same on every page. */
    Map<String, Object> shared() {
        ContentStoreView db = new ContentStoreView(published);
        shared.put("version", String.valueOf(config.raw().getOrDefault("version", "v2.7.0")));
        shared.put("published_date", Date.from(model.bakeTime()));
        shared.put("published_posts", of("post"));
        shared.put("published_pages", of("page"));
        shared.put("published_content", published);
        shared.put("all_content", published);
        shared.put("posts", of("post"));
        shared.put("pages", of("page"));
        for (String type : byType.keySet()) {
            shared.putIfAbsent(type + "s", of(type));
            shared.putIfAbsent("published_" + type + "s", of(type));
        }
        List<String> setOrder = new ArrayList<>(tagNames);
        Collections.reverse(setOrder);
        shared.put("alltags", new LinkedHashSet<>(setOrder));
        shared.put("db", db);
        shared.put("data", data);
        if (config.conventions().portal()) {
            // the portal's templates get its own tag list, with counts; building JBake's for 10,000 articles costs
            return shared;
        }
        List<Map<String, Object>> tags = new ArrayList<>();
        for (String tag : tagNames) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("name", tag);
            ref.put("uri", tagUri(tag));
            ref.put("tagged_posts", db.getPublishedPostsByTag(tag));
            ref.put("tagged_documents", db.getPublishedDocumentsByTag(tag));
            tags.add(Collections.unmodifiableMap(ref));
        }
        shared.put("tags", tags);
        return shared;
    }

    List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        for (List<Map<String, Object>> documents : byType.values()) {
            for (int i = 0; i < documents.size(); i++) {
                Map<String, Object> document = documents.get(i);
                Map<String, Object> newer = i > 0 ? documents.get(i - 1) : null;
                Map<String, Object> older = i + 1 < documents.size() ? documents.get(i + 1) : null;
                jobs.add(new Job(String.valueOf(document.get("uri")), String.valueOf(document.get("type")),
                        () -> Map.of("content", withNeighbours(document, older, newer)), null));
            }
        }
        boolean paginate = config.flag("index.paginate", false);
        if (on("render_index")) {
            index(jobs, paginate);
        }
        if (on("render_feed")) {
            jobs.add(special(config.output().feed(), "feed", paginate));
        }
        if (on("render_archive")) {
            jobs.add(special(config.output().archive(), "archive", paginate));
        }
        if (on("render_tags")) {
            for (String tag : tagNames) {
                String uri = tagUri(tag);
                jobs.add(new Job(uri, "tag", () -> {
                    ContentStoreView db = (ContentStoreView) shared.get("db");
                    List<Map<String, Object>> posts = db.getPublishedPostsByTag(tag);
                    // tagged_posts is what each item of "tags" calls them; templates use either name
                    return Map.of("content", simple("tag", rootOf(uri)), "tag", tag, "tag_posts", posts,
                            "tagged_posts", posts, "tagged_documents", db.getPublishedDocumentsByTag(tag));
                }, null));
            }
            if (on("render_tagsindex")) {
                String uri = config.output().tagPath() + "/index" + config.output().extension();
                jobs.add(new Job(uri, "tags_index", () -> Map.of("content", simple("tags", rootOf(uri))), null));
            }
        }
        if (on("render_sitemap")) {
            jobs.add(special(config.output().sitemap(), "sitemap", paginate));
        }
        if (on("render_error404")) {
            jobs.add(special(config.output().error404(), "error404", paginate));
        }
        return jobs;
    }

    /** JBake's index: one page, or pages of {@code index.posts_per_page} posts at {@code N/index.html}. */
    private void index(List<Job> jobs, boolean paginate) {
        String file = config.output().index();
        List<Map<String, Object>> posts = of("post");
        if (!paginate || posts.isEmpty()) {
            jobs.add(special(file, "index", paginate));
            return;
        }
        int size = config.paging().postsPerPage();
        int pages = (posts.size() + size - 1) / size;
        for (int page = 1; page <= pages; page++) {
            int number = page;
            String uri = page == 1 ? file : page + "/" + file;
            jobs.add(new Job(uri, "index", () -> {
                Map<String, Object> own = new HashMap<>();
                own.put("content", simple("masterindex", number == 1 ? "" : "../"));
                own.put("published_posts", posts.subList((number - 1) * size, Math.min(posts.size(), number * size)));
                own.put("numberOfPages", pages);
                own.put("currentPageNumber", number);
                if (number > 1) {
                    own.put("previousFileName", number == 2 ? "" : (number - 1) + "/");
                }
                if (number < pages) {
                    own.put("nextFileName", (number + 1) + "/");
                }
                return own;
            }, null));
        }
    }

    /** A page of its own kind (feed, archive …), with JBake's zero paging names when the index paginates. */
    private Job special(String uri, String kind, boolean paginate) {
        String type = kind.equals("index") ? "masterindex" : kind;
        return new Job(uri, kind, () -> {
            Map<String, Object> own = new HashMap<>();
            own.put("content", simple(type, ""));
            if (paginate) {
                own.put("numberOfPages", 0);
                own.put("currentPageNumber", 0);
                own.put("previousFileName", "");
                own.put("nextFileName", "");
            }
            return own;
        }, null);
    }

    /** {@code previousContent} is the next older published document of the same type, {@code nextContent} the newer. */
    private static Map<String, Object> withNeighbours(Map<String, Object> document, Map<String, Object> older,
                                                      Map<String, Object> newer) {
        Map<String, Object> content = new HashMap<>(document);
        if (older != null) {
            content.put("previousContent", navigation(older));
        }
        if (newer != null) {
            content.put("nextContent", navigation(newer));
        }
        return content;
    }

    private static Map<String, Object> navigation(Map<String, Object> document) {
        Map<String, Object> nav = new HashMap<>();
        nav.put("uri", document.get("uri"));
        nav.put("title", document.get("title"));
        nav.put("noExtensionUri", document.getOrDefault("noExtensionUri", document.get("uri")));
        return nav;
    }

    private static Map<String, Object> simple(String type, String rootpath) {
        return Map.of("type", type, "rootpath", rootpath);
    }

    private String tagUri(String tag) {
        return config.output().tagPath() + "/" + tag + config.output().extension();
    }

    private String rootOf(String uri) {
        String root = news.portal.content.SitePath.rootOf(uri);
        boolean noExtension = config.flag("uri.noExtension", false);
        return noExtension ? root + "../" : root;
    }

    private List<Map<String, Object>> of(String type) {
        return byType.getOrDefault(type, List.of());
    }

    private boolean on(String key) {
        return config.flag(key, false);
    }

    /** Document types in JBake's order: page and post first, then the site's own in configuration order. */
    private List<String> types() {
        List<String> types = new ArrayList<>(List.of("page", "post"));
        for (Article article : model.others()) {
            String type = article.document().type();
            if (!types.contains(type)) {
                types.add(type);
            }
        }
        return types;
    }

    /**
     * The tags of every published document in the order JBake lists them: the iteration order of a
     * {@link HashSet} of their names, reversed, since JBake pushes each to the front of its list.
     */
    private static List<String> tagNames(List<Map<String, Object>> documents) {
        Set<String> names = new HashSet<>();
        for (Map<String, Object> document : documents) {
            if (document.get("tags") instanceof List<?> tags) {
                tags.forEach(tag -> names.add(String.valueOf(tag)));
            }
        }
        List<String> ordered = new ArrayList<>(names);
        Collections.reverse(ordered);
        return ordered.stream().filter(Objects::nonNull).toList();
    }
}
