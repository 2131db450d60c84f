package news.portal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReferencesTest {

    private final References references = new References();

    @Test
    void finds_links_and_images_with_the_line_of_the_file() {
        String body = """
                第一段。

                第二段有[链接](a.md)，
                还有![图](/images/a.jpg)。

                | 列 |
                |---|
                | [表格里](b.md#x) |
                """;

        List<References.Ref> refs = references.find(body, 7);

        assertThat(refs).containsExactly(
                new References.Ref("a.md", 9, false),
                new References.Ref("/images/a.jpg", 10, true),
                new References.Ref("b.md#x", 14, false));
    }

    @Test
    void takes_the_address_of_reference_style_links_from_their_definition() {
        String body = "见[夜游][1]和![城墙][图]。\n\n[1]: night.md\n[图]: wall.svg\n";

        assertThat(references.find(body, 1)).containsExactly(
                new References.Ref("night.md", 1, false),
                new References.Ref("wall.svg", 1, true));
    }

    @Test
    void ignores_text_that_only_looks_like_a_link() {
        String body = "代码里的 `[a](b.md)` 不是链接；[未定义的引用][x] 也不是。\n\n    [缩进](c.md)\n";

        assertThat(references.find(body, 1)).isEmpty();
    }
}
