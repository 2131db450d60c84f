package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import news.portal.config.SiteConfig;

class FrontPageTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2025-12-01T00:00:00Z");
    static final SiteConfig.Front DEFAULTS = new SiteConfig.Front(true, 5, 6, List.of(), 6, true);

    static final Term CULTURE = new Term("文旅资讯", "wen-lu-zi-xun", "sections/wen-lu-zi-xun.html");
    static final Term HERITAGE = new Term("非遗传承", "fei-yi-chuan-cheng", "sections/fei-yi-chuan-cheng.html");

    /** An article of 2025-11-{day} at 09:00 in Shanghai, in {@code section}. */
    static Article article(String slug, int day, Term section, Desk desk, boolean cover) {
        ZonedDateTime date = ZonedDateTime.of(2025, 11, day, 9, 0, 0, 0, ZONE);
        Document doc = new Document("news/" + slug + ".md", Document.Kind.ARTICLE, "标题" + slug, date, false,
                Optional.empty(), List.of(), Optional.of(section.name()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, Map.of(), "正文", 4, Map.of(), "post",
                Optional.empty(), Map.of(), "", desk);
        return new Article(doc, "2025/11/" + slug + ".html", slug, "<p>正文</p>", "正文",
                cover ? Optional.of("images/" + slug + ".jpg") : Optional.empty(), Optional.empty(), List.of(),
                List.of(), Optional.of(section));
    }

    static Article plain(String slug, int day, boolean cover) {
        return article(slug, day, CULTURE, Desk.NONE, cover);
    }

    static Desk featured() {
        return new Desk(true, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Desk pinnedUntil(String until) {
        return new Desk(false, true, Optional.ofNullable(until).map(u -> ZonedDateTime.parse(u + "+08:00[Asia/Shanghai]")),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    static SiteModel model(Instant now, Article... articles) {
        List<Article> sorted = new ArrayList<>(List.of(articles));
        sorted.sort(SiteModel.NEWEST_FIRST);
        Map<Term, List<Article>> bySection = new LinkedHashMap<>();
        bySection.put(CULTURE, new ArrayList<>());
        bySection.put(HERITAGE, new ArrayList<>());
        sorted.forEach(a -> bySection.get(a.section().orElseThrow()).add(a));
        List<Listing> sections = new ArrayList<>();
        bySection.forEach((term, list) -> {
            if (!list.isEmpty()) {
                sections.add(new Listing(term, list));
            }
        });
        return new SiteModel(sorted, List.of(), List.of(), sections, List.of(), List.of(), List.of(), now);
    }

    @Test
    void without_any_flag_the_newest_article_with_a_cover_leads() {
        Article newest = plain("newest", 20, false);
        Article pictured = plain("pictured", 18, true);
        Article older = plain("older", 10, true);

        assertThat(FrontPage.compose(model(NOW, older, newest, pictured), DEFAULTS).lead()).contains(pictured);
    }

    @Test
    void without_any_cover_the_newest_article_leads_and_an_empty_site_has_no_lead() {
        Article newest = plain("newest", 20, false);

        assertThat(FrontPage.compose(model(NOW, plain("older", 3, false), newest), DEFAULTS).lead()).contains(newest);
        assertThat(FrontPage.compose(model(NOW), DEFAULTS).lead()).isEmpty();
    }

    @Test
    void a_featured_article_leads_over_a_newer_one_with_a_cover() {
        Article featured = article("featured", 5, CULTURE, featured(), false);

        assertThat(FrontPage.compose(model(NOW, plain("pictured", 20, true), featured), DEFAULTS).lead())
                .contains(featured);
    }

    @Test
    void a_pinned_article_leads_over_newer_featured_ones() {
        Article pinned = article("pinned", 2, HERITAGE, pinnedUntil(null), false);
        Article featured = article("featured", 25, CULTURE, featured(), true);

        FrontPage front = FrontPage.compose(model(NOW, featured, pinned), DEFAULTS);

        assertThat(front.lead()).contains(pinned);
        assertThat(front.focus()).containsExactly(featured);
    }

    @Test
    void a_pin_leads_until_its_pin_until_in_the_sites_zone_and_not_a_second_longer() {
        // 2025-12-01 18:00 in Shanghai is 10:00 UTC
        Article pinned = article("pinned", 2, HERITAGE, pinnedUntil("2025-12-01T18:00"), true);
        Article newer = plain("newer", 20, true);

        Instant before = Instant.parse("2025-12-01T09:59:59Z");
        Instant at = Instant.parse("2025-12-01T10:00:00Z");
        assertThat(FrontPage.compose(model(before, pinned, newer), DEFAULTS).lead()).contains(pinned);
        assertThat(FrontPage.compose(model(at, pinned, newer), DEFAULTS).lead()).contains(newer);
    }

    @Test
    void of_two_pins_the_newer_leads() {
        Article older = article("older", 2, CULTURE, pinnedUntil(null), false);
        Article newer = article("newer", 3, HERITAGE, pinnedUntil(null), false);

        assertThat(FrontPage.compose(model(NOW, older, newer, plain("x", 20, true)), DEFAULTS).lead()).contains(newer);
    }

    @Test
    void focus_pictures_are_featured_articles_with_covers_newest_first_up_to_the_configured_count() {
        List<Article> all = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            all.add(article("f" + day, day, CULTURE, featured(), true));
        }
        Article featuredNoCover = article("nocover", 28, CULTURE, featured(), false);
        all.add(featuredNoCover);
        SiteConfig.Front three = new SiteConfig.Front(true, 3, 6, List.of(), 2, true);

        FrontPage front = FrontPage.compose(model(NOW, all.toArray(Article[]::new)), three);

        assertThat(front.lead()).contains(featuredNoCover);
        assertThat(front.focus()).extracting(Article::slug).containsExactly("f8", "f7", "f6");
        assertThat(front.picks()).extracting(Article::slug).containsExactly("f5", "f4");
    }

    @Test
    void picks_are_featured_articles_neither_lead_nor_focus_and_none_when_nothing_is_featured() {
        Article pin = article("pin", 1, CULTURE, pinnedUntil(null), true);
        Article text = article("text", 5, HERITAGE, featured(), false);
        Article picture = article("picture", 6, HERITAGE, featured(), true);

        FrontPage front = FrontPage.compose(model(NOW, pin, text, picture), DEFAULTS);

        assertThat(front.focus()).containsExactly(picture);
        assertThat(front.picks()).containsExactly(text);
        assertThat(FrontPage.compose(model(NOW, plain("a", 1, true)), DEFAULTS).picks()).isEmpty();
    }

    @Test
    void a_section_block_tops_with_a_recent_picture_story_then_lists_the_next_titles() {
        List<Article> all = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            all.add(plain("c" + day, day, day == 8 || day == 1));
        }
        SiteConfig.Front four = new SiteConfig.Front(true, 5, 4, List.of(), 6, true);

        FrontPage.Block block = FrontPage.compose(model(NOW, all.toArray(Article[]::new)), four).blocks().get(0);

        assertThat(block.section().term()).isEqualTo(CULTURE);
        assertThat(block.top().slug()).isEqualTo("c8");
        assertThat(block.titles()).extracting(Article::slug).containsExactly("c10", "c9", "c7", "c6");
    }

    @Test
    void a_section_without_a_recent_picture_tops_with_its_newest_rather_than_an_old_picture() {
        List<Article> all = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            all.add(plain("c" + day, day, day == 1));
        }
        SiteConfig.Front two = new SiteConfig.Front(true, 5, 2, List.of(), 6, true);

        FrontPage.Block block = FrontPage.compose(model(NOW, all.toArray(Article[]::new)), two).blocks().get(0);

        assertThat(block.top().slug()).isEqualTo("c10");
        assertThat(block.titles()).extracting(Article::slug).containsExactly("c9", "c8");
    }

    @Test
    void blocks_follow_front_sections_in_its_order_and_skip_names_without_articles() {
        Article culture = plain("c", 3, false);
        Article heritage = article("h", 4, HERITAGE, Desk.NONE, false);
        SiteModel model = model(NOW, culture, heritage);

        assertThat(FrontPage.compose(model, DEFAULTS).blocks()).extracting(b -> b.section().term())
                .containsExactly(CULTURE, HERITAGE);
        SiteConfig.Front chosen = new SiteConfig.Front(true, 5, 6, List.of("非遗传承", "没有的栏目", "文旅资讯"), 6, true);
        assertThat(FrontPage.compose(model, chosen).blocks()).extracting(b -> b.section().term())
                .containsExactly(HERITAGE, CULTURE);
        SiteConfig.Front one = new SiteConfig.Front(true, 5, 6, List.of("非遗传承"), 6, true);
        assertThat(FrontPage.compose(model, one).blocks()).extracting(b -> b.section().term())
                .containsExactly(HERITAGE);
    }

    @Test
    void a_section_leads_with_its_own_pin_featured_or_picture_story_by_the_same_rules() {
        Article pinnedElsewhere = article("elsewhere", 20, CULTURE, pinnedUntil(null), true);
        Article heritagePicture = article("picture", 5, HERITAGE, Desk.NONE, true);
        Article heritageNewest = article("newest", 9, HERITAGE, Desk.NONE, false);
        SiteModel model = model(NOW, pinnedElsewhere, heritagePicture, heritageNewest);

        Listing heritage = model.sections().get(1);
        assertThat(FrontPage.lead(heritage.articles(), NOW)).contains(heritagePicture);
        assertThat(FrontPage.lead(model.sections().get(0).articles(), NOW)).contains(pinnedElsewhere);
    }
}
