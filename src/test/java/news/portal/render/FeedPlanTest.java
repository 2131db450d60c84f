package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.FeedChecker;
import news.portal.problem.ProblemException;

class FeedPlanTest {

    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
    static final String HOST = "https://test.example.cn/";

    @TempDir
    Path dir;

    @Test
    void site_rss_and_atom_pass_rome_with_every_required_element() {
        DiscoverySites site = new DiscoverySites(dir).bake(NOW);
        FeedChecker checker = new FeedChecker();

        checker.check(site.out().resolve("feed.xml"), "feed.xml");
        checker.check(site.out().resolve("atom.xml"), "atom.xml");

        assertThat(checker.problems()).isEmpty();
        Document atom = site.xml("atom.xml");
        assertThat(atom.select("entry")).hasSize(6);
        Element first = atom.selectFirst("entry");
        assertThat(first.selectFirst("id").text()).isEqualTo(HOST + "2025/11/night-tour.html");
        assertThat(first.selectFirst("published").text()).isEqualTo("2025-11-28T12:24:00+08:00");
        assertThat(first.selectFirst("author > name").text()).isEqualTo("记者 王晓");
        assertThat(atom.selectFirst("feed > updated").text()).isEqualTo("2025-11-28T12:24:00+08:00");
    }

    @Test
    void without_tag_pages_there_are_no_tag_feeds_but_section_feeds_stay() {
        DiscoverySites site = new DiscoverySites(dir, "render.tags=false").bake(NOW);

        assertThat(site.exists("tags/gu-cheng.html")).isFalse();
        assertThat(site.exists("tags/gu-cheng/feed.xml")).isFalse();
        assertThat(site.exists("sections/fei-yi-chuan-cheng/feed.xml")).isTrue();
    }

    @Test
    void each_section_and_tag_has_a_feed_its_pages_announce() {
        DiscoverySites site = new DiscoverySites(dir).bake(NOW);

        Document feed = site.xml("tags/gu-cheng/feed.xml");
        assertThat(feed.selectFirst("channel > title").text()).isEqualTo("测试文旅网 · 标签：古城");
        assertThat(feed.selectFirst("channel > link").text()).isEqualTo(HOST + "tags/gu-cheng.html");
        assertThat(feed.select("item > link").eachText()).containsExactly(HOST + "2025/11/night-tour.html",
                HOST + "2025/11/wei-wei-kun-lun.html", HOST + "2025/11/legacy.html");
        for (String page : new String[] {"tags/gu-cheng.html", "tags/gu-cheng/2.html"}) {
            assertThat(site.html(page).select("link[rel=alternate][type=application/rss+xml]").eachAttr("abs:href"))
                    .as(page).containsExactly(HOST + "tags/gu-cheng/feed.xml", HOST + "feed.xml");
        }
        Document section = site.xml("sections/fei-yi-chuan-cheng/feed.xml");
        assertThat(section.select("item > title").eachText()).containsExactly("<script>alert('标题')</script>标题里的尖括号");
        assertThat(site.html("sections/fei-yi-chuan-cheng.html")
                .select("link[rel=alternate][type=application/rss+xml]").eachAttr("abs:href"))
                .contains(HOST + "sections/fei-yi-chuan-cheng/feed.xml");
        assertThat(site.html("2025/11/night-tour.html").select("link[rel=alternate]").eachAttr("abs:href"))
                .containsExactly(HOST + "feed.xml", HOST + "atom.xml");

        FeedChecker checker = new FeedChecker();
        checker.check(site.out().resolve("tags/gu-cheng/feed.xml"), "tags/gu-cheng/feed.xml");
        checker.check(site.out().resolve("sections/fei-yi-chuan-cheng/feed.xml"), "sections/fei-yi-chuan-cheng/feed.xml");
        assertThat(checker.problems()).isEmpty();
    }

    @Test
    void feeds_carry_summaries_unless_set_to_full_text() {
        DiscoverySites summary = new DiscoverySites(dir.resolve("a")).bake(NOW);
        assertThat(summary.xml("feed.xml").select("item").first().getElementsByTag("content:encoded")).isEmpty();
        assertThat(summary.xml("atom.xml").select("entry content")).isEmpty();

        DiscoverySites full = new DiscoverySites(dir.resolve("b"), "feed.content=full").bake(NOW);
        Element item = full.xml("feed.xml").select("item").first();
        String body = item.getElementsByTag("content:encoded").text();
        assertThat(body).contains("<img src=\"" + HOST + "images/cover.svg\"")
                .contains("href=\"" + HOST + "2025/11/wei-wei-kun-lun.html\"")
                .doesNotContain("\"../");
        assertThat(full.xml("atom.xml").selectFirst("entry content").text()).isEqualTo(body);
    }

    @Test
    void photo_stories_have_a_description_and_full_text_makes_raw_html_addresses_absolute() {
        DiscoverySites site = new DiscoverySites(dir, "feed.content=full").write("content/news/2025/11/figure.md", """
                ---
                title: 带图注的夜景
                date: 2025-11-29 08:00
                slug: figure
                ---
                <figure>
                  <picture><source srcset="/images/cover.svg 1x" type="image/svg+xml"><img src="/images/cover.svg" alt="夜景"></picture>
                  <figcaption>夜景，<a href="night-tour.md">详见</a></figcaption>
                </figure>
                """).write("content/news/2025/11/photo-only.md", """
                ---
                title: 一张没有文字的照片
                date: 2025-11-29 09:00
                slug: photo-only
                ---
                ![](/images/cover.svg)
                """).bake(NOW);

        Element photo = site.xml("feed.xml").select("item").get(0);
        assertThat(photo.selectFirst("description").text()).isEqualTo("一张没有文字的照片");
        Element figure = site.xml("feed.xml").select("item").get(1);
        assertThat(figure.selectFirst("description").text()).isEqualTo("夜景，详见");
        String body = figure.getElementsByTag("content:encoded").text();

        assertThat(body).contains("<img src=\"" + HOST + "images/cover.svg\"", "width=\"120\"",
                "srcset=\"" + HOST + "images/cover.svg 1x\"", "href=\"" + HOST + "2025/11/night-tour.html\"",
                "<figcaption>").doesNotContain("\"../", ".md\"");
        FeedChecker checker = new FeedChecker();
        checker.check(site.out().resolve("feed.xml"), "feed.xml");
        assertThat(checker.problems()).isEmpty();
    }

    @Test
    void term_feeds_can_be_switched_off() {
        DiscoverySites site = new DiscoverySites(dir, "feed.terms=false").bake(NOW);

        assertThat(site.exists("feed.xml")).isTrue();
        assertThat(site.exists("tags/gu-cheng/feed.xml")).isFalse();
        assertThat(site.exists("sections/fei-yi-chuan-cheng/feed.xml")).isFalse();
        assertThat(site.html("tags/gu-cheng.html").select("link[rel=alternate]").eachAttr("abs:href"))
                .containsExactly(HOST + "feed.xml", HOST + "atom.xml");
    }

    @Test
    void rejects_an_unknown_feed_content_setting_by_line() {
        DiscoverySites site = new DiscoverySites(dir, "feed.content=全部");

        assertThatThrownBy(() -> site.bake(NOW)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("jbake.properties:").hasMessageContaining("feed.content")
                .hasMessageContaining("summary").hasMessageContaining("全部");
    }
}
