package news.portal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link HtmlBalance}, through {@link MarkdownRenderer#inspect}, which hands it a body's raw HTML. */
class HtmlBalanceTest {

    /** Trusted raw HTML: a style or a script here is about pairing, not about what the safe policy removes. */
    private final MarkdownRenderer markdown =
            new MarkdownRenderer(new MarkdownRenderer.Options(true, MarkdownRenderer.Options.VIDEO_HOSTS));

    private List<MarkdownRenderer.Flaw> flaws(String body) {
        return markdown.inspect(body).flaws();
    }

    @Test
    void paired_html_around_markdown_and_inline_has_no_flaw() {
        String body = """
                <div class="note">

                **提示**：<span style="color:#c00">闭馆日</span>为每周一。

                </div>

                <figure>
                  <img src="/images/a.jpg" alt="">
                  <figcaption>图注<br>第二行</figcaption>
                </figure>

                <table><tr><td>甲<td>乙</table>

                <p>段落不必写结束标签
                """;

        assertThat(flaws(body)).isEmpty();
    }

    @Test
    void an_unclosed_link_is_reported_at_its_start_tag() {
        String body = "第一段。\n\n请看<a href=\"/news/a.md\">这篇报道。\n\n后面的所有文字都成了链接。\n";

        assertThat(flaws(body)).singleElement().satisfies(flaw -> {
            assertThat(flaw.line()).isEqualTo(3);
            assertThat(flaw.message()).contains("<a> 没有闭合", "缺少 </a>");
        });
    }

    @Test
    void an_unclosed_figure_and_a_stray_end_tag_each_get_their_line() {
        String body = """
                <figure>
                  <img src="/images/a.jpg" alt="">
                  <figcaption>图注</figcaption>

                正文。

                </div>
                """;

        List<MarkdownRenderer.Flaw> flaws = flaws(body);

        assertThat(flaws).extracting(MarkdownRenderer.Flaw::line).containsExactly(1, 7);
        assertThat(flaws.get(0).message()).contains("<figure> 没有闭合");
        assertThat(flaws.get(1).message()).contains("</div> 前面没有对应的 <div>");
    }

    @Test
    void misnested_tags_name_the_one_left_open() {
        String body = "这是<b>加粗<i>斜体</b>文字</i>。\n";

        assertThat(flaws(body)).extracting(MarkdownRenderer.Flaw::message).containsExactly(
                "HTML 标签 <i> 没有闭合：第 1 行的 </b> 之前缺少 </i>。请补上，并注意标签要成对嵌套",
                "</i> 前面没有对应的 <i>。请删掉它，或在该开始的地方补上 <i>");
    }

    @Test
    void html_that_is_not_html_is_not_read() {
        String body = """
                代码 `<div>` 和代码块不是 HTML：

                ```html
                <section>
                ```

                <!-- <div> 注释里的也不算 -->

                <script type="application/ld+json">{"a": "<b>"}</script>

                <svg width="10" height="10"><path d="M0 0h10"/></svg>

                <a title="a > b" href="x.md">大于号在引号里</a>
                """;

        assertThat(flaws(body)).isEmpty();
    }

    @Test
    void a_slash_does_not_close_an_html_element() {
        assertThat(flaws("<div/>\n\n正文。\n")).singleElement()
                .satisfies(flaw -> assertThat(flaw.message()).contains("<div> 没有闭合"));
    }

    @Test
    void rendering_finds_the_same_flaws() {
        String body = "请看<a href=\"x.md\">这篇报道。\n";

        assertThat(markdown.render(body, url -> url, 120).flaws()).isEqualTo(flaws(body)).hasSize(1);
    }
}
