package news.portal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rewrites_reference_style_links_and_images_like_inline_ones() {
        String markdown = "见[古城夜游][夜游]，也见![城墙][图]。\n\n[夜游]: gu-cheng.md\n[图]: /images/wall.svg\n";

        String html = renderer.render(markdown, ref -> "rewritten/" + ref, 120).html();

        assertThat(html).contains("href=\"rewritten/gu-cheng.md\"")
                .contains("src=\"rewritten//images/wall.svg\"");
    }
}
