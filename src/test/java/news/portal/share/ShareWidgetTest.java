package news.portal.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.portal.bake.Baker;
import news.portal.bake.TestSites;

/** The widget and metadata as baked into pages of the share fixture site, read back with jsoup. */
class ShareWidgetTest {

    static final String HOST = "https://test.example.cn/";
    static final String TITLE = "古城\"夜游\" & 灯光秀 #2025 '开幕'";
    static final String SUMMARY = "护城河边的\"灯光秀\" & 非遗市集，今晚 8 点开幕。";
    static final String CANONICAL = HOST + "2025/11/night-show.html";

    @TempDir
    Path dir;
    Path site;
    Path out;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/share/site");
        out = dir.resolve("out");
    }

    /** Bakes the share fixture as of 2026 and returns the page at {@code uri}. */
    Document bake(String uri) {
        new Baker(line -> { }).bake(site, out, new Baker.Options(Instant.parse("2026-01-01T00:00:00Z"), false));
        return page(uri);
    }

    Document page(String uri) {
        try {
            return Jsoup.parse(Files.readString(out.resolve(uri), StandardCharsets.UTF_8), HOST + uri);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String meta(Document doc, String property) {
        Element meta = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        assertThat(meta).as(property).isNotNull();
        return meta.attr("content");
    }

    static JsonNode jsonLd(Document doc) throws IOException {
        List<Element> scripts = doc.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return new ObjectMapper().readTree(scripts.get(0).data());
    }

    @Test
    void open_graph_and_twitter_card_match_the_front_matter() {
        Document doc = bake("2025/11/night-show.html");

        assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(CANONICAL);
        assertThat(meta(doc, "description")).isEqualTo(SUMMARY);
        assertThat(meta(doc, "og:type")).isEqualTo("article");
        assertThat(meta(doc, "og:title")).isEqualTo(TITLE);
        assertThat(meta(doc, "og:description")).isEqualTo(SUMMARY);
        assertThat(meta(doc, "og:url")).isEqualTo(CANONICAL);
        assertThat(meta(doc, "og:image")).isEqualTo(HOST + "images/cover.svg");
        assertThat(meta(doc, "og:image:alt")).isEqualTo("城墙夜景");
        assertThat(meta(doc, "og:image:width")).isEqualTo("120");
        assertThat(meta(doc, "og:image:height")).isEqualTo("60");
        assertThat(meta(doc, "og:site_name")).isEqualTo("测试文旅网");
        assertThat(meta(doc, "og:locale")).isEqualTo("zh_CN");
        assertThat(meta(doc, "article:published_time")).isEqualTo("2025-11-28T12:24:00+08:00");
        assertThat(meta(doc, "article:modified_time")).isEqualTo("2025-11-29T08:05:00+08:00");
        assertThat(meta(doc, "article:section")).isEqualTo("文旅资讯");
        assertThat(doc.select("meta[property=article:tag]").eachAttr("content"))
                .containsExactly("夜游经济", "古城", "Citywalk 路线");
        assertThat(meta(doc, "twitter:card")).isEqualTo("summary_large_image");
    }

    @Test
    void json_ld_is_a_news_article_matching_the_front_matter() throws IOException {
        JsonNode json = jsonLd(bake("2025/11/night-show.html"));

        assertThat(json.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(json.get("headline").asText()).isEqualTo(TITLE);
        assertThat(json.get("description").asText()).isEqualTo(SUMMARY);
        assertThat(json.get("datePublished").asText()).isEqualTo("2025-11-28T12:24:00+08:00");
        assertThat(json.get("dateModified").asText()).isEqualTo("2025-11-29T08:05:00+08:00");
        assertThat(json.at("/author/name").asText()).isEqualTo("记者 王晓");
        assertThat(json.at("/publisher/name").asText()).isEqualTo("测试文旅网");
        assertThat(json.at("/publisher/logo/url").asText()).isEqualTo(HOST + "images/logo.png");
        assertThat(json.get("image").get(0).asText()).isEqualTo(HOST + "images/cover.svg");
        assertThat(json.at("/mainEntityOfPage/@id").asText()).isEqualTo(CANONICAL);
        assertThat(json.get("articleSection").asText()).isEqualTo("文旅资讯");
        assertThat(json.get("keywords")).extracting(JsonNode::asText).containsExactly("夜游经济", "古城", "Citywalk 路线");
    }

    @Test
    void without_a_cover_the_site_image_is_shared_as_a_small_card() throws IOException {
        Document doc = bake("2025/11/homestay.html");

        assertThat(meta(doc, "og:image")).isEqualTo(HOST + "images/share-default.png");
        assertThat(meta(doc, "twitter:card")).isEqualTo("summary");
        assertThat(meta(doc, "og:image:width")).isEqualTo("1200");
        assertThat(meta(doc, "og:image:height")).isEqualTo("630");
        assertThat(meta(doc, "article:modified_time")).isEqualTo("2025-11-20T00:00:00+08:00");
        assertThat(doc.select("meta[property=article:tag]")).isEmpty();
        JsonNode json = jsonLd(doc);
        assertThat(json.get("image").get(0).asText()).isEqualTo(HOST + "images/share-default.png");
        assertThat(json.at("/author/@type").asText()).isEqualTo("Organization");
        assertThat(json.has("keywords")).isFalse();
        assertThat(Files.isRegularFile(out.resolve("images/share-default.png"))).isTrue();
    }

    @Test
    void without_a_cover_the_first_body_photo_big_enough_for_a_preview_is_shared() throws IOException {
        Files.writeString(site.resolve("content/images/map.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"600\"/>");
        ImageIO.write(new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB), "png",
                site.resolve("content/images/market.png").toFile());
        TestSites.write(site.resolve("content/news/2025/11/market.md"), """
                ---
                title: 非遗市集开张
                date: 2025-11-21 09:00
                slug: market
                ---
                开头有个小图标 ![城墙](/images/cover.svg)，然后是一张 SVG 地图：

                ![地图](/images/map.svg)

                <figure><img src="/images/market.png" alt="市集"><figcaption>市集一角</figcaption></figure>
                """);

        Document doc = bake("2025/11/market.html");

        // the picture's share crop (image.derivatives): the largest 1.91:1 centre crop of an 800 × 450 picture
        assertThat(meta(doc, "og:image")).matches(java.util.regex.Pattern.quote(HOST) + "images/market\\.[0-9a-f]{8}\\.og\\.jpg");
        assertThat(meta(doc, "og:image:width")).isEqualTo("800");
        assertThat(meta(doc, "og:image:height")).isEqualTo("420");
        assertThat(meta(doc, "og:image:alt")).isEqualTo("非遗市集开张");
        assertThat(meta(doc, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(jsonLd(doc).get("image").get(0).asText()).isEqualTo(meta(doc, "og:image"));
    }

    @Test
    void a_title_cannot_escape_the_json_ld_script() throws IOException {
        Document doc = bake("2025/11/script-title.html");
        String html = Files.readString(out.resolve("2025/11/script-title.html"));

        assertThat(html).doesNotContain("<script>alert");
        assertThat(jsonLd(doc).get("headline").asText()).isEqualTo("</script><script>alert('x')</script><!-- 标题");
        assertThat(meta(doc, "og:title")).isEqualTo("</script><script>alert('x')</script><!-- 标题");
    }

    @Test
    void every_service_is_a_plain_link_in_the_default_order() {
        Document doc = bake("2025/11/night-show.html");
        Element widget = doc.selectFirst("section.share");

        assertThat(widget.selectFirst("h2").text()).isEqualTo("分享到:");
        assertThat(widget.select("li.share-item:not([hidden])").eachAttr("class")).containsExactly(
                "share-item share-wechat", "share-item share-weibo", "share-item share-qq", "share-item share-qzone",
                "share-item share-douban", "share-item share-x", "share-item share-facebook",
                "share-item share-linkedin", "share-item share-telegram", "share-item share-whatsapp",
                "share-item share-email", "share-item share-copy");
        for (Element link : widget.select("a[target]")) {
            assertThat(link.attr("target")).isEqualTo("_blank");
            assertThat(link.attr("rel")).isEqualTo("noopener noreferrer nofollow");
            assertThat(link.attr("href")).startsWith("https://");
        }
        assertThat(widget.select("a[target]")).hasSize(9);
        Element weibo = widget.selectFirst(".share-weibo a");
        assertThat(ServicesTest.query(weibo.attr("href"))).isEqualTo(
                Map.of("url", CANONICAL, "title", TITLE, "pic", HOST + "images/cover.svg"));
        Element mail = widget.selectFirst(".share-email a");
        assertThat(mail.hasAttr("target")).isFalse();
        assertThat(ServicesTest.query(mail.attr("href"))).containsEntry("subject", TITLE)
                .containsEntry("body", SUMMARY + "\r\n\r\n" + CANONICAL);
        assertThat(widget.selectFirst(".share-copy a").attr("href")).isEqualTo(CANONICAL);
        // the script is fingerprinted like every CSS and JS asset: js/share.<8 hex>.js
        assertThat(doc.select("script[src*=share]").eachAttr("src")).singleElement().asString()
                .matches("\\.\\./\\.\\./js/share\\.[0-9a-f]{8}\\.js");
        assertThat(doc.selectFirst("script[src*=share]").hasAttr("defer")).isTrue();
    }

    @Test
    void every_control_has_a_chinese_name() {
        Element widget = bake("2025/11/night-show.html").selectFirst("section.share");

        assertThat(widget.attr("aria-label")).isEqualTo("分享");
        assertThat(widget.select("a, summary, button")).hasSize(13).allSatisfy(control ->
                assertThat(control.text()).matches(".*[\\p{IsHan}A-Za-z].*"));
        assertThat(widget.selectFirst(".share-weibo a").text()).isEqualTo("微博（在新窗口打开）");
        assertThat(widget.selectFirst("summary").text()).isEqualTo("微信（显示二维码）");
        assertThat(widget.select("svg.share-icon")).allSatisfy(svg -> assertThat(svg.attr("aria-hidden")).isEqualTo("true"));
        assertThat(widget.selectFirst("[role=status]").attr("aria-live")).isEqualTo("polite");
    }

    @Test
    void the_wechat_qr_code_decodes_to_the_canonical_url() {
        Element qr = bake("2025/11/night-show.html").selectFirst("details svg.share-qr-code");

        assertThat(qr.selectFirst("title").text()).isEqualTo("本文链接的二维码");
        assertThat(qr.attr("shape-rendering")).isEqualTo("crispEdges");
        assertThat(qr.select("path")).hasSize(1);
        String[] viewBox = qr.attr("viewBox").split(" ");
        assertThat(viewBox[0] + viewBox[1]).isEqualTo("00");
        assertThat(viewBox[2]).isEqualTo(viewBox[3]);
        assertThat(QrReader.decode(Integer.parseInt(viewBox[2]), qr.selectFirst("path").attr("d"))).isEqualTo(CANONICAL);
        assertThat(qr.parent().selectFirst("p").text()).isEqualTo("微信扫一扫：分享");
    }

    @Test
    void pages_get_the_widget_when_configured_and_open_graph_always() throws IOException {
        Document about = bake("about.html");

        assertThat(about.select("section.share")).hasSize(1);
        assertThat(meta(about, "og:type")).isEqualTo("website");
        assertThat(meta(about, "og:url")).isEqualTo(HOST + "about.html");
        assertThat(about.select("meta[property^=article:], script[type=application/ld+json]")).isEmpty();

        TestSites.write(site.resolve("jbake.properties"),
                Files.readString(site.resolve("jbake.properties")).replace("share.pages=true", "share.pages=false"));
        about = bake("about.html");
        assertThat(about.select("section.share, script[src]")).isEmpty();
        assertThat(meta(about, "og:type")).isEqualTo("website");
    }

    @Test
    void services_follow_the_configured_list_and_language() throws IOException {
        TestSites.write(site.resolve("jbake.properties"), Files.readString(site.resolve("jbake.properties"))
                + "share.services=weibo, wechat ,email\nsite.language=zh-TW\n");

        Document doc = bake("2025/11/night-show.html");

        assertThat(doc.select("li.share-item:not([hidden])").eachAttr("class"))
                .containsExactly("share-item share-weibo", "share-item share-wechat", "share-item share-email");
        assertThat(doc.selectFirst(".share-email a").ownText()).isEqualTo("電郵");
        assertThat(doc.selectFirst(".share-qr-hint").text()).isEqualTo("微信掃一掃：分享");
        assertThat(meta(doc, "og:locale")).isEqualTo("zh_TW");
    }

    @Test
    void an_empty_service_list_leaves_no_widget_but_keeps_the_metadata() throws IOException {
        TestSites.write(site.resolve("jbake.properties"),
                Files.readString(site.resolve("jbake.properties")) + "share.services=\n");

        Document doc = bake("2025/11/night-show.html");

        assertThat(doc.select("section.share, script[src*=share]")).isEmpty();
        assertThat(meta(doc, "og:url")).isEqualTo(CANONICAL);
    }
}
