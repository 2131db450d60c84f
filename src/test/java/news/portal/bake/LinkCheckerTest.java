package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small hand-made output folders, each correct but for one thing: a front page, an article two folders
 * down with a CJK heading, a stylesheet, a script, an image, a feed, a sitemap and a 404 page.
 */
class LinkCheckerTest {

    static final String HOST = "https://news.example.cn/";

    @TempDir
    Path out;

    @BeforeEach
    void writeSite() {
        write("index.html", page("""
                <link rel="canonical" href="https://news.example.cn/">
                <link rel="alternate" type="application/rss+xml" href="feed.xml">
                """, """
                <a href="#main">跳到正文</a>
                <a href="2025/11/night-tour.html">古城夜游</a>
                <a href="2025/11/night-tour.html#%E7%81%AF%E5%85%89%E8%AE%BE%E8%AE%A1">灯光设计</a>
                <a href="page/2.html" rel="next">下一页</a>
                <a href="mailto:news@example.cn">投稿</a>
                <a href="https://beian.miit.gov.cn/">备案</a>
                <img src="images/logo.svg" srcset="images/logo.svg 1x, images/logo%402x.svg 2x" alt="">
                """));
        write("page/2.html", page("""
                <link rel="prev" href="../index.html">
                """, """
                <a href="../index.html" rel="prev">上一页</a>
                """));
        write("2025/11/night-tour.html", page("""
                <link rel="canonical" href="https://news.example.cn/2025/11/night-tour.html">
                <meta property="og:url" content="https://news.example.cn/2025/11/night-tour.html">
                <meta property="og:image" content="https://news.example.cn/images/logo.svg">
                <script type="application/ld+json">{"publisher":{"logo":{"url":"https://news.example.cn/images/logo.svg"}}}</script>
                """, """
                <h2 id="灯光设计">灯光设计</h2>
                <a name="旧锚点"></a>
                <a href="../../index.html#main">首页</a>
                <a href="#旧锚点">本页</a>
                <a href="../../about.html">关于我们</a>
                <picture><source srcset="../../images/logo.svg"><img src="../../images/logo.svg" alt=""></picture>
                """));
        write("about.html", page("", "<a href=\"index.html\">首页</a>"));
        write("404.html", page("""
                <link rel="stylesheet" href="https://news.example.cn/css/site.css">
                """, """
                <a href="https://news.example.cn/index.html">返回首页</a>
                """));
        write("css/site.css", "body { background: url(\"../images/logo.svg\"); }\n");
        write("js/share.js", "// share\n");
        write("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        write("images/logo@2x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        write("feed.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
                <link>https://news.example.cn/</link>
                <atom:link href="https://news.example.cn/feed.xml" rel="self"/>
                <item><link>https://news.example.cn/2025/11/night-tour.html</link>
                <guid isPermaLink="true">https://news.example.cn/2025/11/night-tour.html</guid></item>
                <item><link>https://other.example.com/x.html</link>
                <guid isPermaLink="false">https://news.example.cn/not-an-address</guid></item>
                </channel></rss>
                """);
        write("sitemap.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://news.example.cn/</loc></url>
                <url><loc>https://news.example.cn/about.html</loc></url>
                </urlset>
                """);
    }

    /** A page with the stylesheet and script every page of the site links, as templates write them. */
    String page(String head, String body) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>页</title>
                <link rel="stylesheet" href="{root}css/site.css">
                <script src="{root}js/share.js" defer></script>
                %s</head>
                <body><main id="main">
                %s</main></body></html>
                """.formatted(head, body);
    }

    void write(String file, String text) {
        String root = "../".repeat((int) file.chars().filter(c -> c == '/').count());
        TestSites.write(out.resolve(file), text.replace("{root}", root));
    }

    List<String> problems() {
        return LinkChecker.check(out, HOST).problems();
    }

    @Test
    void a_correct_site_passes() {
        LinkChecker links = LinkChecker.check(out, HOST);

        assertThat(links.problems()).isEmpty();
        // every same-site reference of the six pages, the stylesheet, the feed and the sitemap
        assertThat(links.checked()).isEqualTo(40);
    }

    @Test
    void reports_a_link_to_a_missing_page() {
        write("page/2.html", page("", "<a href=\"../2025/11/gone.html\">旧文章</a><a href=\"../index.html\">首页</a>"));

        assertThat(problems()).containsExactly("page/2.html: link ../2025/11/gone.html (no such file)");
    }

    @Test
    void reports_a_missing_image_in_src_and_srcset() {
        write("about.html", page("", """
                <a href="index.html">首页</a>
                <img src="images/cover.svg" alt="">
                <img src="images/logo.svg" srcset="images/logo.svg 1x,images/big,wide.svg 2x" alt="">
                <picture><source srcset="images/wide.svg 640w, images/logo.svg 320w"><img src="images/logo.svg" alt=""></picture>
                """));

        assertThat(problems()).containsExactly(
                "about.html: image images/cover.svg (no such file)",
                "about.html: image images/big,wide.svg (no such file)",
                "about.html: image images/wide.svg (no such file)");
    }

    @Test
    void reports_a_missing_stylesheet() throws IOException {
        Files.delete(out.resolve("css/site.css"));

        assertThat(problems()).contains(
                "index.html: stylesheet css/site.css (no such file)",
                "2025/11/night-tour.html: stylesheet ../../css/site.css (no such file)",
                "404.html: stylesheet https://news.example.cn/css/site.css (no such file)");
    }

    @Test
    void reports_a_missing_script() throws IOException {
        Files.delete(out.resolve("js/share.js"));

        assertThat(problems()).hasSize(5).contains("page/2.html: script ../js/share.js (no such file)");
    }

    @Test
    void reports_a_missing_image_named_in_a_stylesheet() throws IOException {
        Files.delete(out.resolve("images/logo@2x.svg"));
        write("css/site.css", "@import 'print.css';\nbody { background: url(../images/paper.png); }\n");

        assertThat(problems()).containsExactly(
                "css/site.css: css import print.css (no such file)",
                "css/site.css: css url ../images/paper.png (no such file)",
                "index.html: image images/logo%402x.svg (no such file)");
    }

    @Test
    void reports_a_fragment_that_names_no_element() {
        write("about.html", page("", """
                <a href="index.html">首页</a>
                <a href="#联系方式">联系方式</a>
                <a href="2025/11/night-tour.html#%E7%81%AF%E5%85%89">灯光</a>
                <a href="2025/11/night-tour.html#main">正文</a>
                <a href="#top">回到顶部</a>
                """));

        assertThat(problems()).containsExactly(
                "about.html: link #联系方式 (no id \"联系方式\" in about.html)",
                "about.html: link 2025/11/night-tour.html#%E7%81%AF%E5%85%89 (no id \"%E7%81%AF%E5%85%89\" in 2025/11/night-tour.html)");
    }

    @Test
    void reports_a_page_no_link_leads_to_from_the_front_page() {
        write("page/3.html", page("", "<a href=\"../index.html\">首页</a>"));
        write("tags/gu-cheng.html", page("", "<a href=\"../page/3.html\">第三页</a>"));

        assertThat(problems()).containsExactly(
                "page/3.html: page page/3.html (not reachable by links from index.html)",
                "tags/gu-cheng.html: page tags/gu-cheng.html (not reachable by links from index.html)");
    }

    @Test
    void reaches_pages_through_link_rel_next_and_alternate_but_not_canonical() {
        write("contact.html", page("", "<a href=\"index.html\">首页</a>"));
        write("index.html", page("""
                <link rel="canonical" href="https://news.example.cn/contact.html">
                <link rel="next" href="page/2.html">
                <link rel="alternate" hreflang="en" href="2025/11/night-tour.html">
                """, ""));

        assertThat(problems()).containsExactly("contact.html: page contact.html (not reachable by links from index.html)");
    }

    @Test
    void reports_a_broken_absolute_url_on_the_site_host() {
        write("2025/11/night-tour.html", page("""
                <link rel="canonical" href="https://news.example.cn/2025/11/night-tour.htm">
                <meta property="og:image" content="https://NEWS.example.cn/images/night-tour.svg">
                <meta property="og:url" content="http://news.example.cn/2025/11/night-tour.html">
                <script type="application/ld+json">{"logo":{"url":"https://news.example.cn/images/logo.png"}}</script>
                """, "<h2 id=\"灯光设计\">灯光设计</h2><a name=\"旧锚点\"></a><a href=\"../../about.html\">关于我们</a>"));
        write("sitemap.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://news.example.cn/about.html</loc></url>
                <url><loc>https://news.example.cn/contact.html</loc></url>
                </urlset>
                """);

        assertThat(problems()).containsExactly(
                "2025/11/night-tour.html: canonical https://news.example.cn/2025/11/night-tour.htm (no such file)",
                "2025/11/night-tour.html: og:image https://NEWS.example.cn/images/night-tour.svg (no such file)",
                "2025/11/night-tour.html: og:url http://news.example.cn/2025/11/night-tour.html (http: but site.host is https:)",
                "2025/11/night-tour.html: json-ld https://news.example.cn/images/logo.png (no such file)",
                "sitemap.xml: loc https://news.example.cn/contact.html (no such file)");
    }

    @Test
    void reports_a_broken_url_in_the_feed() {
        write("feed.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
                <atom:link href="https://news.example.cn/rss.xml" rel="self"/>
                <item><link>https://news.example.cn/2025/11/night-tour.html#%E7%81%AF%E5%85%89%E8%AE%BE%E8%AE%A1</link>
                <guid>https://news.example.cn/2025/11/old.html</guid></item>
                </channel></rss>
                """);

        assertThat(problems()).containsExactly(
                "feed.xml: atom:link href https://news.example.cn/rss.xml (no such file)",
                "feed.xml: guid https://news.example.cn/2025/11/old.html (no such file)");
    }

    @Test
    void reports_a_link_to_a_folder() {
        write("about.html", page("", """
                <a href="index.html">首页</a>
                <a href="2025/11/">十一月</a>
                <a href="2025">2025</a>
                <a href="https://news.example.cn/2025/11/">十一月</a>
                <a href="page/..">上一级</a>
                """));

        assertThat(problems()).containsExactly(
                "about.html: link 2025/11/ (a folder, not a file)",
                "about.html: link 2025 (a folder, not a file)",
                "about.html: link https://news.example.cn/2025/11/ (a folder, not a file)",
                "about.html: link page/.. (a folder, not a file)");
    }

    @Test
    void reports_root_relative_empty_and_escaping_links() {
        write("about.html", page("", """
                <a href="index.html">首页</a>
                <a href="/2025/11/night-tour.html">站内绝对路径</a>
                <a href="">空</a>
                <a href="../outside.html">站外</a>
                <a href="2025/11/%E5%8F%A4">编码错误 %</a>
                <a href="2025/11/%zz.html">编码错误</a>
                """));

        assertThat(problems()).containsExactly(
                "about.html: link /2025/11/night-tour.html (starts with /: breaks when the site is served from a folder or bucket prefix)",
                "about.html: link  (empty address)",
                "about.html: link ../outside.html (outside the site)",
                "about.html: link 2025/11/%E5%8F%A4 (no such file)",
                "about.html: link 2025/11/%zz.html (bad percent-encoding)");
    }

    @Test
    void decodes_percent_encoded_paths_but_keeps_plus_signs() {
        write("2025/11/古镇 老街+.html", page("", "<a href=\"../../index.html\">首页</a>"));
        write("about.html", page("", """
                <a href="index.html">首页</a>
                <a href="2025/11/%E5%8F%A4%E9%95%87%20%E8%80%81%E8%A1%97+.html">古镇老街</a>
                <a href="2025/11/古镇%20老街%2B.html?from=about">古镇老街</a>
                """));

        assertThat(problems()).isEmpty();
    }

    @Test
    void checks_the_links_of_the_404_page_but_does_not_ask_for_a_way_to_it() {
        write("404.html", page("", "<a href=\"https://news.example.cn/archive.html\">归档</a>"));

        assertThat(problems()).containsExactly("404.html: link https://news.example.cn/archive.html (no such file)");
    }

    @Test
    void reports_a_site_without_front_page() throws IOException {
        Files.delete(out.resolve("index.html"));

        assertThat(problems()).contains("index.html: page index.html (no front page in the site)");
    }

    @Test
    void rejects_a_host_that_is_not_an_absolute_url() {
        assertThatThrownBy(() -> LinkChecker.check(out, "news.example.cn"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("site.host");
    }
}
