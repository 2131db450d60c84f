package news.portal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.portal.frontmatter.FrontMatterParser;
import news.portal.frontmatter.Source;

class ArticleFileTest {

    private static Source parse(String text) {
        return new FrontMatterParser("~~~~~~").parse("content/news/a.md", text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "古城夜游: \"灯光\" #1 [特别] 报道",
        "true", "null", "~", "2025-11-28", "2025-11-28 12:24:00", "123",
        "- 不是列表", "[不是列表]", "{不是映射}", "#不是注释", "@记者", "`代码`", "&锚点", "*别名", "! 标签",
        "| 竖线", "> 引号", "'单引号' 开头", "%百分号", "它说：“你好”，他说: 'hi'", "末尾冒号:", "a: b: c",
    })
    void any_title_reads_back_exactly_as_given(String title) {
        Source source = parse(ArticleFile.text(title, "2025-11-28 12:24", "文旅资讯", List.of("援疆")));

        assertThat(source.field("title").value()).isEqualTo(title);
        assertThat(source.field("date").value()).isEqualTo("2025-11-28 12:24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b", "x: y", "[括号]", "#号", "援疆 ", "true"})
    void any_tag_and_section_read_back_exactly_as_given(String value) {
        Source source = parse(ArticleFile.text("标题", "2025-11-28 12:24", value, List.of("援疆", value)));

        assertThat(source.field("tags").value()).isEqualTo(List.of("援疆", value));
        assertThat(source.field("category").value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary", "cover", "author", "source"})
    void fields_left_to_the_editor_are_written_empty(String field) {
        String text = ArticleFile.text("标题", "2025-11-28 12:24", null, List.of());
        Source source = parse(text);

        assertThat(text).contains("\n" + field + ":\n");
        assertThat(source.fields()).containsKey(field);
        assertThat(source.field(field).value()).isNull();
        assertThat(source.field("draft").value()).isEqualTo("true");
        assertThat(source.body()).isBlank();
    }
}
