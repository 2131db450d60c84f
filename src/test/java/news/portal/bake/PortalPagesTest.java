package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front page, a section page and an article page of {@code fixtures/front/site} as the repository's
 * templates render them, baked before and after its pin lapses (2025-12-01 18:00 in Shanghai).
 */
class PortalPagesTest {

    static final Instant PINNED = Instant.parse("2025-11-28T00:00:00Z");
    static final Instant LAPSED = Instant.parse("2025-12-01T10:00:00Z");

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/front/site");
    }

    private Path bake(Instant now) {
        Path out = dir.resolve("out-" + now.getEpochSecond());
        new Baker(line -> { }).bake(site, out, new Baker.Options(now, false, 1));
        return out;
    }

    private static Document page(Path out, String file) {
        return Jsoup.parse(TestSites.read(out.resolve(file)), "");
    }

    private static String titleOf(Element lead) {
        return lead.selectFirst(".lead-title a").text();
    }

    @Test
    void the_front_page_leads_with_the_pin_then_focus_pictures_sections_picks_and_the_latest_list() {
        Document index = page(bake(PINNED), "index.html");

        Element lead = index.selectFirst("main .lead-story");
        assertThat(titleOf(lead)).isEqualTo("冬季旅游季开幕 置顶到月底");
        assertThat(lead.selectFirst(".lead-label").text()).isEqualTo("置顶");
        assertThat(lead.selectFirst(".lead-summary").text()).isEqualTo("冬季旅游季今天开幕。");
        assertThat(index.select(".focus-strip .focus-caption").eachText())
                .containsExactly("焦点图一：古城灯会", "焦点图二：非遗市集");
        assertThat(index.select(".focus-strip img")).allSatisfy(img -> {
            assertThat(img.attr("width")).isEqualTo("120");
            assertThat(img.attr("height")).isEqualTo("60");
        });
        assertThat(index.select(".picks-list a").eachText()).containsExactly("编辑推荐：一篇没有图片的深度报道");
        Elements blocks = index.select(".section-block");
        assertThat(blocks.eachAttr("aria-labelledby")).containsExactly("block-wen-lu-zi-xun", "block-fei-yi-chuan-cheng");
        Element culture = blocks.get(0);
        assertThat(culture.selectFirst(".block-top-title").text()).isEqualTo("焦点图一：古城灯会");
        assertThat(culture.select(".block-thumb img")).hasSize(1);
        assertThat(culture.select(".block-titles a").eachText()).containsExactly("最新的一条短讯",
                "编辑推荐：一篇没有图片的深度报道", "转载的文章");
        assertThat(culture.select(".block-titles time").eachText()).containsExactly("2025-11-25 08:00",
                "2025-11-15 08:00", "2025-11-05 08:00");
        assertThat(culture.selectFirst(".block-more a").attr("href")).isEqualTo("sections/wen-lu-zi-xun.html");
        assertThat(culture.selectFirst(".block-more a").text()).isEqualTo("更多文旅资讯");
        assertThat(index.select(".latest .article-title a").eachText()).containsExactly("最新的一条短讯",
                "焦点图一：古城灯会", "焦点图二：非遗市集");
        assertThat(index.select(".latest .pagination-next").attr("href")).isEqualTo("page/2.html");
        assertThat(index.select("h1").eachText()).containsExactly("头条测试网");
    }

    @Test
    void once_the_pin_lapses_the_newest_featured_story_leads_and_leaves_the_focus_strip() {
        Document index = page(bake(LAPSED), "index.html");

        Element lead = index.selectFirst("main .lead-story");
        assertThat(titleOf(lead)).isEqualTo("焦点图一：古城灯会");
        assertThat(lead.selectFirst(".lead-label").text()).isEqualTo("头条");
        assertThat(lead.selectFirst(".lead-cover img").attr("fetchpriority")).isEqualTo("high");
        assertThat(lead.selectFirst(".lead-cover img").hasAttr("loading")).isFalse();
        assertThat(index.select(".focus-strip .focus-caption").eachText()).containsExactly("焦点图二：非遗市集");
    }

    @Test
    void later_pages_of_the_front_page_are_the_plain_list() {
        Document second = page(bake(PINNED), "page/2.html");

        assertThat(second.select(".lead-story, .focus, .section-block, .picks")).isEmpty();
        assertThat(second.selectFirst("h1").text()).isEqualTo("最新文章");
        assertThat(second.select(".article-title a").eachText()).containsExactly("编辑推荐：一篇没有图片的深度报道",
                "冬季旅游季开幕 置顶到月底", "转载的文章");
        assertThat(second.select("link[rel=stylesheet]").eachAttr("href")).noneMatch(h -> h.contains("front"));
    }

    @Test
    void a_section_page_leads_with_its_own_story_on_its_first_page_only() {
        Path out = bake(PINNED);

        assertThat(titleOf(page(out, "sections/fei-yi-chuan-cheng.html").selectFirst(".lead-story")))
                .isEqualTo("冬季旅游季开幕 置顶到月底");
        assertThat(titleOf(page(out, "sections/wen-lu-zi-xun.html").selectFirst(".lead-story")))
                .isEqualTo("焦点图一：古城灯会");
        assertThat(page(out, "sections/wen-lu-zi-xun/2.html").select(".lead-story")).isEmpty();
    }

    @Test
    void a_reprint_names_its_original_title_links_its_source_and_ends_with_its_editor() {
        Document article = page(bake(PINNED), "2025/11/reprint.html");

        Element prose = article.selectFirst(".post .prose");
        assertThat(prose.child(0).text()).isEqualTo("原标题：原来报纸上的标题");
        assertThat(prose.children().last().text()).isEqualTo("（责任编辑：王立新）");
        Element source = article.selectFirst(".article-meta a.article-source");
        assertThat(source.text()).isEqualTo("天山日报");
        assertThat(source.attr("href")).isEqualTo("https://www.example.com/a.html?x=1&y=2");
        assertThat(source.parent().text()).isEqualTo("来源：天山日报");
    }

    @Test
    void an_article_without_desk_fields_has_no_sign_off_and_its_source_stays_text() {
        Document article = page(bake(PINNED), "2025/11/newest.html");

        assertThat(article.select(".post-editor, .post-original-title, .article-source")).isEmpty();
    }

    @Test
    void the_font_size_switch_is_a_labelled_radio_group_that_works_without_script() {
        Document article = page(bake(PINNED), "2025/11/newest.html");

        Element group = article.selectFirst("fieldset.font-size");
        assertThat(group.selectFirst("legend").text()).isEqualTo("字号");
        assertThat(group.select("input[type=radio][name=font-size]").eachAttr("value"))
                .containsExactly("large", "medium", "small");
        assertThat(group.select("input[checked]").eachAttr("value")).containsExactly("medium");
        for (Element input : group.select("input")) {
            assertThat(group.select("label[for=" + input.id() + "]").text()).isIn("大", "中", "小");
        }
        assertThat(article.select("script[src*=font-size]")).allSatisfy(s -> assertThat(s.hasAttr("defer")).isTrue());
    }
}
