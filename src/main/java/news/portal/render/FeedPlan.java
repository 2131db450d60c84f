package news.portal.render;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.Listing;
import news.portal.content.SiteModel;
import news.portal.content.Term;

/**
 * The feeds: RSS 2.0 for the site and for each section and tag, and an Atom feed of the site. Each
 * feed gets one {@code feed} map (title, links, dates) and the articles as {@code posts}, newest first.
 */
final class FeedPlan {

    private final SiteConfig config;
    private final SiteModel model;
    private final ModelMaps maps;
    private final AbsoluteLinks links;

    FeedPlan(SiteConfig config, SiteModel model, ModelMaps maps) {
        this.config = config;
        this.model = model;
        this.maps = maps;
        this.links = new AbsoluteLinks(config.identity().host());
    }

    /** Where the RSS feed of a section or tag page is: {@code tags/SLUG/feed.xml}, beside its later pages. */
    static String feedOf(SiteConfig config, Term term) {
        return PagePlan.stem(term.uri(), config.output().extension()) + "/" + config.output().feed();
    }

    static String sectionTitle(SiteConfig config, Term section) {
        return config.identity().name() + " · " + section.name();
    }

    static String tagTitle(SiteConfig config, Term tag) {
        return config.identity().name() + " · 标签：" + tag.name();
    }

    void add(List<Job> jobs) {
        String name = config.identity().name();
        String description = config.identity().description().isEmpty() ? name : config.identity().description();
        List<Article> latest = latest(model.articles());
        jobs.add(job(config.output().feed(), "feed", name, description, "", latest));
        jobs.add(job(config.output().atom(), "atom", name, description, "", latest));
        if (!config.discovery().termFeeds()) {
            return;
        }
        for (Listing section : model.sections()) {
            Term term = section.term();
            jobs.add(job(feedOf(config, term), "feed", sectionTitle(config, term),
                    name + "“" + term.name() + "”栏目的最新文章", term.uri(), latest(section.articles())));
        }
        // a tag's feed belongs to its page: render.tags=false writes neither
        for (Listing tag : PagePlan.enabled(config, "render_tags") ? model.tags() : List.<Listing>of()) {
            Term term = tag.term();
            jobs.add(job(feedOf(config, term), "feed", tagTitle(config, term),
                    name + "标签“" + term.name() + "”下的最新文章", term.uri(), latest(tag.articles())));
        }
    }

    private List<Article> latest(List<Article> articles) {
        return articles.subList(0, Math.min(config.paging().feedSize(), articles.size()));
    }

    private Job job(String uri, String kind, String title, String description, String page, List<Article> posts) {
        boolean full = config.discovery().fullContent();
        List<Object> shown = new ArrayList<>();
        for (Article article : posts) {
            // a full-text feed shows the body too, which the card leaves out
            shown.add(full ? article : maps.card(article));
        }
        // an empty feed is dated by the bake
        ZonedDateTime updated = PagePlan.newest(posts, model.bakeTime().atZone(config.identity().zone()));
        return new Job(uri, kind, () -> model(uri, title, description, page, posts),
                List.of(title, description, shown, updated));
    }

    private Map<String, Object> model(String uri, String title, String description, String page,
                                      List<Article> posts) {
        String host = config.identity().host();
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("title", title);
        feed.put("description", description);
        feed.put("link", host + page);
        feed.put("self", host + uri);
        ZonedDateTime updated = PagePlan.newest(posts, model.bakeTime().atZone(config.identity().zone()));
        feed.put("updated_iso", maps.iso(updated));
        feed.put("updated_rfc822", maps.rfc822(updated));
        feed.put("full", config.discovery().fullContent());
        Map<String, Object> bodies = new LinkedHashMap<>();
        if (config.discovery().fullContent()) {
            posts.forEach(article -> bodies.put(article.uri(), links.body(article)));
        }
        feed.put("bodies", bodies);
        return Map.of("title", title, "feed", feed, "posts", maps.of(posts));
    }
}
