package news.portal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link MarkdownRenderer#inspect}'s references: what {@code check} looks at in a body. */
class MarkdownReferencesTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void finds_links_and_images_with_their_lines() {
        String body = """
                第一段。

                第二段有[链接](a.md)，
                还有![图](/images/a.jpg)。

                | 列 |
                |---|
                | [表格里](b.md#x) |
                """;

        assertThat(markdown.inspect(body).references()).containsExactly(
                new MarkdownRenderer.Ref("a.md", 3, false),
                new MarkdownRenderer.Ref("/images/a.jpg", 4, true),
                new MarkdownRenderer.Ref("b.md#x", 8, false));
    }

    @Test
    void takes_the_address_of_reference_style_links_from_their_definition() {
        String body = "见[夜游][1]和![城墙][图]。\n\n[1]: night.md\n[图]: wall.svg\n";

        assertThat(markdown.inspect(body).references()).containsExactly(
                new MarkdownRenderer.Ref("night.md", 1, false),
                new MarkdownRenderer.Ref("wall.svg", 1, true));
    }

    @Test
    void ignores_text_that_only_looks_like_a_link() {
        String body = "代码里的 `[a](b.md)` 和 `<img src=\"c.jpg\">` 不是；[未定义的引用][x] 也不是。\n\n"
                + "    [缩进](c.md)\n\n```html\n<a href=\"d.md\">代码块</a>\n```\n\n<!-- <img src=\"e.jpg\"> -->\n";

        assertThat(markdown.inspect(body).references()).isEmpty();
    }

    @Test
    void finds_the_addresses_of_raw_html_on_their_own_lines() {
        String body = """
                正文里的<a href="../10/wall.md" target="_blank">城墙</a>。

                <figure>
                  <picture>
                    <source srcset="/images/tower.webp 1x, /images/tower@2x.webp 2x" type="image/webp">
                    <IMG SRC='/images/tower.jpg' alt="鼓楼">
                  </picture>
                  <figcaption>鼓楼夜景，<a href=night.md>详见</a></figcaption>
                </figure>
                """;

        assertThat(markdown.inspect(body).references()).containsExactly(
                new MarkdownRenderer.Ref("../10/wall.md", 1, false),
                new MarkdownRenderer.Ref("/images/tower.webp", 5, true),
                new MarkdownRenderer.Ref("/images/tower@2x.webp", 5, true),
                new MarkdownRenderer.Ref("/images/tower.jpg", 6, true),
                new MarkdownRenderer.Ref("night.md", 8, false));
    }
}
