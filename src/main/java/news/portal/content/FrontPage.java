package news.portal.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.portal.config.SiteConfig;

/**
 * What the front page leads with, chosen once per bake from the desk's front matter: templates show it and
 * never query for it. Every list is newest first, so the same content and the same moment always give the
 * same page.
 *
 * @param lead   the 头条: see {@link #lead(List, Instant)}; empty only for a site without articles
 * @param focus  the 焦点图: featured articles with a cover, other than the lead
 * @param blocks a block per section, in the configured order
 * @param picks  编辑推荐: featured articles that are neither the lead nor a focus picture
 */
public record FrontPage(Optional<Article> lead, List<Article> focus, List<Block> blocks, List<Article> picks) {

    public FrontPage {
        focus = List.copyOf(focus);
        blocks = List.copyOf(blocks);
        picks = List.copyOf(picks);
    }

    /**
     * One section's block.
     *
     * @param section the section and all its articles
     * @param top     shown with its thumbnail: the newest article with a cover among the block's, else the
     *                newest
     * @param titles  the next newest after {@code top}, shown as titles with dates
     */
    public record Block(Listing section, Article top, List<Article> titles) {

        public Block {
            titles = List.copyOf(titles);
        }
    }

    /**
     * Composes the front page of {@code model} as of the bake's own moment ({@link SiteModel#bakeTime()}),
     * so that a pin lapses at the first bake after its {@code pin_until}.
     */
    public static FrontPage compose(SiteModel model, SiteConfig.Front settings) {
        Instant now = model.bakeTime();
        Optional<Article> lead = lead(model.articles(), now);
        Set<Article> shown = new HashSet<>();
        lead.ifPresent(shown::add);
        List<Article> focus = new ArrayList<>();
        for (Article article : model.articles()) {
            if (focus.size() >= settings.focusSize()) {
                break;
            }
            if (article.document().desk().featured() && article.cover().isPresent() && !shown.contains(article)) {
                focus.add(article);
            }
        }
        shown.addAll(focus);
        List<Article> picks = new ArrayList<>();
        for (Article article : model.articles()) {
            if (picks.size() >= settings.picksSize()) {
                break;
            }
            if (article.document().desk().featured() && !shown.contains(article)) {
                picks.add(article);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (Listing section : sections(model, settings)) {
            block(section, settings.sectionTitles()).ifPresent(blocks::add);
        }
        return new FrontPage(lead, focus, blocks, picks);
    }

    /**
     * The story that leads a list of articles (newest first) at {@code now}: the newest article pinned at
     * {@code now}, else the newest featured one, else the newest with a cover, else the newest of all.
     * Without any flag the page still leads with a picture story.
     */
    public static Optional<Article> lead(List<Article> articles, Instant now) {
        Article featured = null;
        Article withCover = null;
        for (Article article : articles) {
            Desk desk = article.document().desk();
            if (desk.pinnedAt(now)) {
                return Optional.of(article);
            }
            if (featured == null && desk.featured()) {
                featured = article;
            }
            if (withCover == null && article.cover().isPresent()) {
                withCover = article;
            }
        }
        if (featured != null) {
            return Optional.of(featured);
        }
        if (withCover != null) {
            return Optional.of(withCover);
        }
        return articles.isEmpty() ? Optional.empty() : Optional.of(articles.get(0));
    }

    /** The sections named by {@code front.sections}, in that order, else all of them in navigation order. */
    private static List<Listing> sections(SiteModel model, SiteConfig.Front settings) {
        if (settings.sections().isEmpty()) {
            return model.sections();
        }
        Map<String, Listing> byName = new LinkedHashMap<>();
        model.sections().forEach(listing -> byName.put(listing.term().name(), listing));
        List<Listing> chosen = new ArrayList<>();
        for (String name : settings.sections()) {
            Listing listing = byName.get(name);
            if (listing != null) {
                chosen.add(listing);
            }
        }
        return chosen;
    }

    private static Optional<Block> block(Listing section, int titles) {
        List<Article> articles = section.articles();
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        // a picture story from among what the block shows anyway, never an old one brought up for its picture
        Article top = articles.stream().limit(titles + 1L).filter(a -> a.cover().isPresent()).findFirst()
                .orElse(articles.get(0));
        List<Article> rest = new ArrayList<>();
        for (Article article : articles) {
            if (rest.size() >= titles) {
                break;
            }
            if (article != top) {
                rest.add(article);
            }
        }
        return Optional.of(new Block(section, top, rest));
    }
}
