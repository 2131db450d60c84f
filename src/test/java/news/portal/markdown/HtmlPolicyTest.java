package news.portal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link HtmlPolicy} and {@link UrlSchemes} through {@link MarkdownRenderer}, whose flaws carry Markdown lines. */
class HtmlPolicyTest {

    private final MarkdownRenderer safe = new MarkdownRenderer();
    private final MarkdownRenderer trusted =
            new MarkdownRenderer(new MarkdownRenderer.Options(true, MarkdownRenderer.Options.VIDEO_HOSTS));

    private MarkdownRenderer.Rendered render(String markdown) {
        return safe.render(markdown, UnaryOperator.identity(), 120);
    }

    private static List<Integer> lines(MarkdownRenderer.Rendered rendered) {
        return rendered.flaws().stream().map(MarkdownRenderer.Flaw::line).toList();
    }

    /** Every address of the output that a browser would run or open as a document. */
    private static List<String> scriptAddresses(String html) {
        return Jsoup.parseBodyFragment(html).getAllElements().stream()
                .flatMap(e -> e.attributes().asList().stream())
                .map(a -> a.getValue())
                .filter(v -> UrlSchemes.blocked(v).isPresent())
                .toList();
    }

    // --- what articles use stays exactly as written ---

    @Test
    void what_articles_use_renders_as_it_does_with_trusted_html_and_without_flaws() {
        String body = """
                展览还设置了“文物医院”展区。

                <figure>
                  <img src="/images/bronze-repair.svg" alt="修复台上的一件青铜器">
                  <figcaption>修复中的青铜器</figcaption>
                </figure>

                <picture>
                  <source srcset="/images/a.webp 1x, /images/a@2x.webp 2x" type="image/webp" media="(min-width: 600px)">
                  <img src="/images/a.jpg" srcset="/images/a.jpg 1x" sizes="100vw" alt="" width="800" height="600">
                </picture>

                <table class="data"><caption>日程</caption>
                <thead><tr><th scope="col" colspan="2">时间</th></tr></thead>
                <tbody><tr><td rowspan="2">周二</td><td>9:00</td></tr></tbody></table>

                <video controls poster="/images/p.jpg" preload="none" width="640" playsinline muted>
                  <source src="/media/a.mp4" type="video/mp4"><track src="/media/a.vtt" kind="subtitles" srclang="zh">
                </video>
                <audio controls src="/media/a.mp3"></audio>

                <details open><summary>展开</summary><p lang="en" dir="ltr">More <abbr title="北京">BJ</abbr>,
                <ruby>鼎<rp>(</rp><rt>dǐng</rt><rp>)</rp></ruby>, <kbd>Ctrl</kbd>, <mark>注意</mark><sub>2</sub></p></details>

                <a href="https://www.news.cn/" title="新华网">新华网</a>
                """;

        MarkdownRenderer.Rendered rendered = render(body);

        assertThat(rendered.flaws()).isEmpty();
        assertThat(rendered.html()).isEqualTo(trusted.render(body, UnaryOperator.identity(), 120).html());
    }

    // --- what goes ---

    @Test
    void a_script_block_goes_with_its_content_and_is_reported_at_its_line() {
        MarkdownRenderer.Rendered rendered = render("第一段。\n\n<script>\nalert(document.cookie)\n</script>\n\n第二段。\n");

        assertThat(rendered.html()).doesNotContain("script").doesNotContain("alert").contains("第一段", "第二段");
        assertThat(rendered.flaws()).singleElement().satisfies(flaw -> {
            assertThat(flaw.line()).isEqualTo(3);
            assertThat(flaw.message()).contains("<script>", "已删除");
        });
    }

    @Test
    void event_handlers_and_style_go_and_the_rest_of_the_tag_stays_as_written() {
        MarkdownRenderer.Rendered rendered = render("正文\n\n请看<A HREF='/a.html' onclick=\"steal()\" style='position:fixed'"
                + " ONMOUSEOVER=x>报道</A>。\n");

        assertThat(rendered.html()).contains("请看<A HREF='/a.html'>报道</A>。");
        assertThat(rendered.flaws()).singleElement().satisfies(flaw -> {
            assertThat(flaw.line()).isEqualTo(3);
            assertThat(flaw.message()).contains("<a>", "onclick", "style", "onmouseover");
        });
    }

    @Test
    void page_wide_tags_and_forms_go_and_a_forms_text_stays() {
        String body = """
                <meta http-equiv="refresh" content="0;url=https://evil.example/">
                <base href="https://evil.example/">
                <link rel="stylesheet" href="https://evil.example/a.css">

                <form action="https://evil.example/login"><label>密码</label><input type="password"><button>登录</button></form>

                <style>body { display: none }</style>
                """;

        MarkdownRenderer.Rendered rendered = render(body);

        Element html = Jsoup.parseBodyFragment(rendered.html()).body();
        assertThat(html.select("meta, base, link, form, input, button, label, style")).isEmpty();
        assertThat(html.text()).contains("密码", "登录").doesNotContain("display");
        assertThat(lines(rendered)).containsExactly(1, 2, 3, 5, 5, 5, 5, 7);
    }

    @Test
    void an_element_whose_end_tag_is_missing_goes_with_the_rest_of_its_piece() {
        // jsoup, like a browser, reads what follows an unclosed <textarea> as its text: none of it was checked
        MarkdownRenderer.Rendered rendered = render("<div><textarea>\n<img src=x onerror=alert(1)>\n</div>\n\n正文。\n");

        assertThat(rendered.html()).doesNotContain("onerror").doesNotContain("textarea").contains("<p>正文。</p>");
        assertThat(rendered.flaws()).extracting(MarkdownRenderer.Flaw::message)
                .anyMatch(m -> m.startsWith("已删除 <textarea> 及其中的内容"))
                .noneMatch(m -> m.contains("合起来读"));
    }

    @Test
    void other_tags_go_and_their_text_stays() {
        MarkdownRenderer.Rendered rendered = render("<center><font color=red>通知</font></center>\n");

        assertThat(rendered.html()).contains("通知").doesNotContain("font").doesNotContain("center");
        assertThat(rendered.flaws()).extracting(MarkdownRenderer.Flaw::message)
                .anyMatch(m -> m.contains("<font>")).anyMatch(m -> m.contains("<center>"));
    }

    @Test
    void a_body_attribute_written_in_an_article_goes() {
        MarkdownRenderer.Rendered rendered = render("正文。\n\n<body onload=\"alert(1)\">\n");

        assertThat(rendered.html()).doesNotContain("onload").doesNotContain("alert");
        assertThat(rendered.flaws()).extracting(MarkdownRenderer.Flaw::line).contains(3);
    }

    @Test
    void a_link_opening_a_new_tab_gets_noopener() {
        assertThat(render("<a href=\"https://www.news.cn/\" target=\"_blank\">新华网</a>\n").html())
                .contains("<a href=\"https://www.news.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">新华网</a>");
        assertThat(render("<a href=x.html target=_blank rel=nofollow>甲</a>\n").html())
                .contains("<a href=x.html target=_blank rel=\"nofollow noopener noreferrer\">甲</a>");
    }

    // --- iframes ---

    @Test
    void a_player_of_a_listed_video_site_stays_sandboxed_over_https() {
        String body = "<iframe src=\"//player.bilibili.com/player.html?bvid=BV1xx&page=1\" scrolling=\"no\" "
                + "frameborder=\"no\" allowfullscreen=\"true\" onload=\"x()\"></iframe>\n\n"
                + "<iframe src=\"https://m.v.qq.com/txp/iframe/player.html?vid=a\" width=\"640\" height=\"360\"></iframe>\n";

        MarkdownRenderer.Rendered rendered = render(body);

        List<Element> frames = Jsoup.parseBodyFragment(rendered.html()).select("iframe");
        assertThat(frames).extracting(f -> f.attr("src"))
                .containsExactly("https://player.bilibili.com/player.html?bvid=BV1xx&page=1",
                        "https://m.v.qq.com/txp/iframe/player.html?vid=a");
        assertThat(frames).allSatisfy(f -> assertThat(f.attr("sandbox")).isEqualTo(HtmlPolicy.SANDBOX));
        assertThat(frames.get(0).attributes().asList()).extracting(a -> a.getKey())
                .containsExactly("src", "frameborder", "allowfullscreen", "sandbox");
        assertThat(rendered.flaws()).singleElement().satisfies(flaw -> assertThat(flaw.message())
                .contains("scrolling", "onload").doesNotContain("sandbox"));
    }

    @Test
    void frames_of_other_sites_or_without_https_go_with_a_flaw_naming_the_allowed_hosts() {
        String body = """
                <iframe src="https://evil.example/"></iframe>

                <iframe src="http://player.bilibili.com/player.html"></iframe>

                <iframe src="https://player.bilibili.com.evil.example/"></iframe>

                <iframe src="https://player.bilibili.com@evil.example/"></iframe>
                """;

        MarkdownRenderer.Rendered rendered = render(body);

        assertThat(rendered.html()).doesNotContain("iframe");
        assertThat(lines(rendered)).containsExactly(1, 3, 5, 7);
        assertThat(rendered.flaws().get(0).message()).contains("player.bilibili.com", "v.qq.com", "player.youku.com",
                "markdown.iframe_hosts");
    }

    @Test
    void the_configured_hosts_replace_the_default_ones() {
        MarkdownRenderer own = new MarkdownRenderer(new MarkdownRenderer.Options(false, List.of("video.example.cn")));

        String html = own.render("<iframe src=\"https://video.example.cn/p\"></iframe>\n\n"
                + "<iframe src=\"https://player.bilibili.com/p\"></iframe>\n", UnaryOperator.identity(), 120).html();

        assertThat(Jsoup.parseBodyFragment(html).select("iframe")).extracting(f -> f.attr("src"))
                .containsExactly("https://video.example.cn/p");
    }

    // --- addresses ---

    @Test
    void script_addresses_of_markdown_links_images_and_autolinks_go_each_at_its_line() {
        String body = """
                [甲](JaVaScRiPt:alert(1))

                [乙](java&#x09;script:alert(1)) 和 [丙](javascript&#58;alert(1))

                ![丁](data:text/html,<b>x</b>) 与 ![戊](data:image/png;base64,iVBORw0KGgo=)

                <vbscript:msgbox(1)> 以及 javascript://%0Aalert(1)

                [己][1]

                [1]: DATA:text/html;base64,PHNjcmlwdD4=
                """;

        MarkdownRenderer.Rendered rendered = render(body);

        assertThat(scriptAddresses(rendered.html())).isEmpty();
        Element html = Jsoup.parseBodyFragment(rendered.html()).body();
        assertThat(html.select("a").eachAttr("href")).containsOnly("#");
        assertThat(html.select("img").eachAttr("src")).containsExactly("", "data:image/png;base64,iVBORw0KGgo=");
        assertThat(lines(rendered)).containsExactly(1, 3, 3, 5, 7, 7, 11);
        assertThat(rendered.flaws().get(0).message()).contains("JaVaScRiPt:alert(1)", "javascript:", "已删除");
    }

    @Test
    void script_addresses_in_raw_html_go_however_they_are_written() {
        String body = """
                <a href="JaVaScRiPt:alert(1)">甲</a>
                <a href="java&#x09;script:alert(1)">乙</a> <a href=" &#106;avascript:alert(1)">丙</a>
                <img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">
                <img src="/images/a.jpg" srcset="/images/a.jpg 1x, javascript:alert(1) 2x" alt="">
                <video poster="vbscript:x" controls></video>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="点">
                """;

        MarkdownRenderer.Rendered rendered = render(body);

        assertThat(scriptAddresses(rendered.html())).isEmpty();
        Element html = Jsoup.parseBodyFragment(rendered.html()).body();
        assertThat(html.select("a").eachAttr("href")).containsExactly("#", "#", "#");
        assertThat(html.select("img").eachAttr("src")).containsExactly("/images/a.jpg",
                "data:image/gif;base64,R0lGODlhAQABAAAAACw=");
        assertThat(html.select("img[srcset]")).isEmpty();
        assertThat(lines(rendered)).containsExactly(1, 2, 2, 3, 4, 5);
    }

    @Test
    void trusted_html_stays_as_written_but_loses_its_script_addresses() {
        String body = "<div onclick=\"track()\" style=\"color:red\">红字</div>\n\n<script>count()</script>\n\n"
                + "<a href=\"javascript:alert(1)\" onclick=\"x()\">甲</a>\n";

        MarkdownRenderer.Rendered rendered = trusted.render(body, UnaryOperator.identity(), 120);

        assertThat(rendered.html()).contains("<div onclick=\"track()\" style=\"color:red\">红字</div>",
                "<script>count()</script>", "<a href=\"#\" onclick=\"x()\">甲</a>");
        assertThat(rendered.flaws()).singleElement().satisfies(flaw -> {
            assertThat(flaw.line()).isEqualTo(5);
            assertThat(flaw.message()).contains("javascript:alert(1)", "改成 #");
        });
    }

    // --- pieces that only mean something together ---

    @Test
    void a_table_split_by_blank_lines_is_read_as_a_whole_and_cleaned() {
        String body = "<table>\n\n<tr><td onclick=\"alert(1)\">甲</td></tr>\n\n</table>\n";

        MarkdownRenderer.Rendered rendered = render(body);

        assertThat(rendered.html()).doesNotContain("onclick").contains("甲");
        assertThat(Jsoup.parseBodyFragment(rendered.html()).select("td")).hasSize(1);
        assertThat(rendered.flaws()).extracting(MarkdownRenderer.Flaw::message)
                .anyMatch(m -> m.contains("<td> 的 onclick"));
    }

    @Test
    void an_unclosed_attribute_cannot_swallow_the_markdown_after_it() {
        String body = "<div title=\"\n\n[x](y \"a onmouseover=alert(1) b\")\n";

        MarkdownRenderer.Rendered rendered = render(body);

        assertThat(Jsoup.parseBodyFragment(rendered.html() + "<p>模板的其余部分</p>").select("p").last().text())
                .isEqualTo("模板的其余部分");
        assertThat(Jsoup.parseBodyFragment(rendered.html()).select("[onmouseover]")).isEmpty();
    }

    // --- check ---

    @Test
    void check_reads_the_same_flaws_as_the_bake() {
        String body = "<a href=\"x.md\" onclick=\"a()\">甲</a>\n\n<script>b()</script>\n\n[乙](vbscript:c)\n";

        assertThat(safe.inspect(body).flaws()).isEqualTo(render(body).flaws()).hasSize(3);
    }
}
