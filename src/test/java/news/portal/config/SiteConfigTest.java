package news.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.problem.ProblemException;

/** The share and discovery keys of jbake.properties: defaults, and mistakes reported with file, line and key. */
class SiteConfigTest {

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/bake/site");
    }

    SiteConfig load(String extraLines) {
        TestSites.write(site.resolve("jbake.properties"), "site.host=https://test.example.cn/\n" + extraLines);
        return SiteConfig.load(site);
    }

    @Test
    void share_defaults_to_every_service_on_articles_only_without_images() {
        SiteConfig config = load("");

        assertThat(config.share().services()).containsExactly("wechat", "weibo", "qq", "qzone", "douban", "x",
                "facebook", "linkedin", "telegram", "whatsapp", "email", "copy");
        assertThat(config.share().pages()).isFalse();
        assertThat(config.share().image()).isEmpty();
        assertThat(config.identity().logo()).isEmpty();
    }

    @Test
    void reads_services_in_the_order_written_with_either_comma() {
        SiteConfig config = load("share.services=Weibo，wechat , copy\nshare.pages=true\n"
                + "share.image=/images/cover.svg\nsite.logo=https://cdn.example.cn/logo.png\n");

        assertThat(config.share().services()).containsExactly("weibo", "wechat", "copy");
        assertThat(config.share().pages()).isTrue();
        assertThat(config.share().image()).isEqualTo("images/cover.svg");
        assertThat(config.identity().logo()).isEqualTo("https://cdn.example.cn/logo.png");
    }

    @Test
    void an_empty_service_list_switches_the_widget_off() {
        assertThat(load("share.services=\n").share().services()).isEmpty();
    }

    @Test
    void rejects_an_unknown_or_repeated_service_with_its_line() {
        assertThatThrownBy(() -> load("share.pages=false\nshare.services=wechat,wechat,myspace\n"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("jbake.properties:3: share.services: 不认识的分享服务“myspace”")
                .hasMessageContaining("jbake.properties:3: share.services: 分享服务“wechat”写了两次");
    }

    @Test
    void raw_html_is_safe_by_default_with_the_players_of_three_video_sites() {
        SiteConfig.Markdown markdown = load("").sources().markdown();

        assertThat(markdown.trustedHtml()).isFalse();
        assertThat(markdown.iframeHosts()).containsExactly("player.bilibili.com", "v.qq.com", "player.youku.com");
    }

    @Test
    void reads_the_raw_html_policy_and_the_iframe_hosts_in_any_case_and_with_either_comma() {
        SiteConfig.Markdown markdown = load("markdown.raw_html=Trusted\nmarkdown.iframe_hosts=Player.Bilibili.com，"
                + "video.example.cn\n").sources().markdown();

        assertThat(markdown.trustedHtml()).isTrue();
        assertThat(markdown.iframeHosts()).containsExactly("player.bilibili.com", "video.example.cn");
        assertThat(load("markdown.iframe_hosts=\n").sources().markdown().iframeHosts()).isEmpty();
    }

    @Test
    void rejects_an_unknown_policy_and_a_host_written_as_an_address_with_their_lines() {
        assertThatThrownBy(() -> load("markdown.raw_html=open\nmarkdown.iframe_hosts=https://v.qq.com/x\n"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("jbake.properties:2: markdown.raw_html: 应为 safe")
                .hasMessageContaining("jbake.properties:3: markdown.iframe_hosts: 应为网站的域名");
    }

    @Test
    void rejects_images_that_the_bake_would_not_copy() {
        assertThatThrownBy(() -> load("share.image=images/missing.png\nsite.logo=../secret.png\n"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("jbake.properties:2: share.image:")
                .hasMessageContaining("jbake.properties:3: site.logo:");
    }

    @Test
    void discovery_defaults_to_summaries_every_feed_and_both_sitemaps() {
        SiteConfig.Discovery discovery = load("").discovery();

        assertThat(discovery.fullContent()).isFalse();
        assertThat(discovery.termFeeds()).isTrue();
        assertThat(discovery.newsSitemap()).isEqualTo("news-sitemap.xml");
        assertThat(discovery.newsDays()).isEqualTo(2);
        assertThat(discovery.sitemapMaxUrls()).isEqualTo(50_000);
        assertThat(discovery.noindexPaged()).isFalse();
        assertThat(discovery.baiduVerification()).isEmpty();
        assertThat(discovery.googleVerification()).isEmpty();
    }

    @Test
    void rejects_discovery_values_search_engines_would_not_take() {
        assertThatThrownBy(() -> load("feed.content=all\nsitemap.max_urls=60000\n"
                + "site.verification.baidu=\"><script>\nsitemap.news.file=新闻.xml\n"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("jbake.properties:2: feed.content: 应为 summary（摘要）或 full（全文）")
                .hasMessageContaining("jbake.properties:3: sitemap.max_urls: 不能超过 50000")
                .hasMessageContaining("jbake.properties:4: site.verification.baidu:")
                .hasMessageContaining("jbake.properties:5: sitemap.news.file:");
    }

    @Test
    void the_front_page_is_the_portals_only_and_a_plain_jbake_site_ignores_its_keys() {
        assertThat(load("front.focus.size=3\n").front()).isEqualTo(SiteConfig.Front.OFF);

        SiteConfig.Front defaults = load("site.conventions=portal\n").front();
        assertThat(defaults).isEqualTo(new SiteConfig.Front(true, 5, 6, java.util.List.of(), 6, true));
    }

    @Test
    void reads_the_front_pages_counts_and_sections_in_the_order_written() {
        SiteConfig.Front front = load("site.conventions=portal\nfront.focus.size=0\nfront.section.titles=8\n"
                + "front.sections=非遗传承，文旅资讯,非遗传承\nfront.picks.size=4\nsection.lead=false\n").front();

        assertThat(front).isEqualTo(new SiteConfig.Front(true, 0, 8, java.util.List.of("非遗传承", "文旅资讯"), 4, false));
    }

    @Test
    void rejects_front_page_counts_out_of_range_with_their_lines() {
        assertThatThrownBy(() -> load("site.conventions=portal\nfront.focus.size=11\nfront.picks.size=-1\n"
                + "front.section.titles=几条\n"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("jbake.properties:3: front.focus.size: 不能超过 10，现在是 11")
                .hasMessageContaining("jbake.properties:4: front.picks.size: 不能为负数，现在是 -1")
                .hasMessageContaining("jbake.properties:5: front.section.titles: 应为整数，现在是“几条”");
    }
}
