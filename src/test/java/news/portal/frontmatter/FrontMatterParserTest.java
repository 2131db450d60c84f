package news.portal.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser("~~~~~~");

    static String fixture(String name) {
        try (InputStream in = FrontMatterParserTest.class.getResourceAsStream("/fixtures/frontmatter/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Source parseFixture(String name) {
        return parser.parse("content/" + name, fixture(name));
    }

    private List<Problem> problemsOf(String name) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> parseFixture(name));
        assertThat(e).as("parsing %s should fail", name).isNotNull();
        return e.problems();
    }

    private List<Problem> problemsOfText(String text) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> parser.parse("content/a.md", text));
        assertThat(e).as("parsing should fail").isNotNull();
        return e.problems();
    }

    // --- YAML front matter ---

    @Test
    void reads_yaml_fields_in_the_order_written() {
        Source source = parseFixture("article.md");

        assertThat(source.format()).isEqualTo(Source.Format.YAML);
        assertThat(source.file()).isEqualTo("content/article.md");
        assertThat(source.fields().keySet())
                .containsExactly("title", "date", "tags", "category", "draft", "cover", "author");
        assertThat(source.field("title").value()).isEqualTo("巍巍昆仑：援疆干部的高原一天");
        assertThat(source.field("category").value()).isEqualTo("新闻");
        assertThat(source.field("author").value()).isEqualTo("李明");
    }

    @Test
    void each_field_knows_the_file_line_of_its_key() {
        Source source = parseFixture("article.md");

        assertThat(source.field("title").line()).isEqualTo(2);
        assertThat(source.field("date").line()).isEqualTo(3);
        assertThat(source.field("tags").line()).isEqualTo(4);
        assertThat(source.field("category").line()).isEqualTo(7);
        assertThat(source.field("draft").line()).isEqualTo(8);
        assertThat(source.field("cover").line()).isEqualTo(9);
        assertThat(source.field("author").line()).isEqualTo(10);
    }

    @Test
    void body_is_everything_after_the_closing_line_and_body_line_points_at_it() {
        Source source = parseFixture("article.md");

        // line 11 is the closing ---, so the body starts on line 12 (an empty line)
        assertThat(source.bodyLine()).isEqualTo(12);
        assertThat(source.body()).startsWith("\n　　清晨六点，天还没亮");
        assertThat(source.body()).contains("<!--more-->");
        assertThat(source.body()).doesNotContain("title:").doesNotContain("---");
        String[] fileLines = fixture("article.md").split("\n", -1);
        assertThat(fileLines[source.bodyLine()]).isEqualTo(source.body().split("\n", -1)[1]);
    }

    @Test
    void date_stays_the_text_as_written() {
        Source source = parseFixture("article.md");

        assertThat(source.field("date").value()).isEqualTo("2025-11-28 12:24:00");
    }

    @Test
    void booleans_and_numbers_stay_text_as_written() {
        Source source = parser.parse("content/a.md", """
                ---
                title: 测试
                draft: true
                top: no
                views: 0123
                ratio: 1.50
                ---
                正文
                """);

        assertThat(source.field("draft").value()).isEqualTo("true").isInstanceOf(String.class);
        assertThat(source.field("top").value()).isEqualTo("no");
        assertThat(source.field("views").value()).isEqualTo("0123");
        assertThat(source.field("ratio").value()).isEqualTo("1.50");
    }

    @Test
    void quoted_values_lose_their_quotes_and_keep_their_colons() {
        Source source = parser.parse("content/a.md", """
                ---
                title: "标题: 又一个冒号"
                summary: '单引号：也可以'
                ---
                正文
                """);

        assertThat(source.field("title").value()).isEqualTo("标题: 又一个冒号");
        assertThat(source.field("summary").value()).isEqualTo("单引号：也可以");
    }

    @Test
    void block_list_becomes_a_list_of_text() {
        Source source = parseFixture("article.md");

        assertThat(source.field("tags").value()).isEqualTo(List.of("援疆", "昆仑山"));
    }

    @Test
    void flow_list_becomes_a_list_of_text() {
        Source source = parser.parse("content/a.md", """
                ---
                title: 测试
                tags: [非遗, 2025, 新疆]
                ---
                正文
                """);

        assertThat(source.field("tags").value()).isEqualTo(List.of("非遗", "2025", "新疆"));
        assertThat(source.field("tags").line()).isEqualTo(3);
    }

    @Test
    void nested_mapping_becomes_a_map_of_text() {
        Source source = parser.parse("content/a.md", """
                ---
                title: 测试
                location:
                  city: 乌鲁木齐
                  altitude: 800
                ---
                正文
                """);

        assertThat(source.field("location").value()).isEqualTo(Map.of("city", "乌鲁木齐", "altitude", "800"));
        assertThat(source.field("location").line()).isEqualTo(3);
    }

    @Test
    void empty_value_is_null() {
        Source source = parseFixture("article.md");

        assertThat(source.field("cover")).isNotNull();
        assertThat(source.field("cover").value()).isNull();
    }

    @Test
    void tilde_is_null_but_quoted_empty_text_is_empty_text() {
        Source source = parser.parse("content/a.md", """
                ---
                cover: ~
                summary: ""
                ---
                正文
                """);

        assertThat(source.field("cover").value()).isNull();
        assertThat(source.field("summary").value()).isEqualTo("");
    }

    @Test
    void absent_field_is_null() {
        Source source = parseFixture("article.md");

        assertThat(source.field("slug")).isNull();
    }

    @Test
    void empty_front_matter_has_no_fields() {
        Source source = parser.parse("content/a.md", "---\n---\n正文\n");

        assertThat(source.fields()).isEmpty();
        assertThat(source.body()).isEqualTo("正文\n");
        assertThat(source.bodyLine()).isEqualTo(3);
    }

    @Test
    void byte_order_mark_and_crlf_line_ends_are_handled() {
        Source source = parseFixture("bom-crlf.md");

        assertThat(source.format()).isEqualTo(Source.Format.YAML);
        assertThat(source.field("title").value()).isEqualTo("天山天池");
        assertThat(source.field("title").line()).isEqualTo(2);
        assertThat(source.field("date").value()).isEqualTo("2025-09-09");
        assertThat(source.field("date").line()).isEqualTo(3);
        assertThat(source.body()).isEqualTo("\n　　天池位于天山博格达峰北侧。\n").doesNotContain("\r");
        assertThat(source.bodyLine()).isEqualTo(5);
    }

    @Test
    void old_mac_line_ends_are_handled() {
        Source source = parser.parse("content/a.md", "---\rtitle: 标题\r---\r正文");

        assertThat(source.field("title").value()).isEqualTo("标题");
        assertThat(source.body()).isEqualTo("正文");
    }

    @Test
    void yaml_document_end_marker_also_closes_front_matter() {
        Source source = parser.parse("content/a.md", "---\ntitle: 标题\n...\n正文\n");

        assertThat(source.field("title").value()).isEqualTo("标题");
        assertThat(source.body()).isEqualTo("正文\n");
        assertThat(source.bodyLine()).isEqualTo(4);
    }

    @Test
    void a_thematic_break_in_the_body_stays_in_the_body() {
        Source source = parser.parse("content/a.md", "---\ntitle: 标题\n---\n第一节\n\n---\n\n第二节\n");

        assertThat(source.body()).isEqualTo("第一节\n\n---\n\n第二节\n");
    }

    // --- JBake header ---

    @Test
    void reads_jbake_header_with_lines() {
        Source source = parseFixture("jbake.md");

        assertThat(source.format()).isEqualTo(Source.Format.JBAKE);
        assertThat(source.fields().keySet()).containsExactly("title", "date", "type", "tags", "status");
        assertThat(source.field("title").value()).isEqualTo("新疆非遗周在乌鲁木齐开幕");
        assertThat(source.field("title").line()).isEqualTo(1);
        assertThat(source.field("date").value()).isEqualTo("2025-11-20");
        assertThat(source.field("date").line()).isEqualTo(2);
        assertThat(source.field("tags").value()).isEqualTo("非遗,新疆");
        assertThat(source.field("status").line()).isEqualTo(5);
    }

    @Test
    void jbake_body_follows_the_separator() {
        Source source = parseFixture("jbake.md");

        assertThat(source.bodyLine()).isEqualTo(7);
        assertThat(source.body()).startsWith("\n　　第三届新疆非物质文化遗产周今天开幕");
        assertThat(source.body()).doesNotContain("~~~~~~").doesNotContain("title=");
    }

    @Test
    void jbake_values_are_stripped_and_may_contain_equals_signs_and_empty_values_are_null() {
        Source source = parser.parse("content/a.md", "title = 一加一=二 \nsummary=\n~~~~~~\n正文");

        assertThat(source.field("title").value()).isEqualTo("一加一=二");
        assertThat(source.field("summary").value()).isNull();
        assertThat(source.field("summary").line()).isEqualTo(2);
    }

    @Test
    void jbake_duplicate_key_reports_the_second_line_and_mentions_the_first() {
        List<Problem> problems = problemsOfText("title=甲\ndate=2025-11-28\ntitle=乙\n~~~~~~\n正文");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(3);
        assertThat(problems.get(0).field()).isEqualTo("title");
        assertThat(problems.get(0).message()).contains("第 1 行");
    }

    @Test
    void blank_header_separator_is_refused() {
        assertThatThrownBy(() -> new FrontMatterParser("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    // --- errors ---

    @Test
    void rejects_file_without_front_matter() {
        List<Problem> problems = problemsOf("no-front-matter.md");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/no-front-matter.md");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("---").contains("~~~~~~");
        });
    }

    @Test
    void rejects_empty_file() {
        List<Problem> problems = problemsOfText("");

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
    }

    @Test
    void rejects_unclosed_front_matter_pointing_at_the_opening_line() {
        List<Problem> problems = problemsOf("unclosed.md");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("没有结束");
        });
    }

    @Test
    void rejects_value_with_a_second_colon_on_its_line() {
        List<Problem> problems = problemsOf("colon-in-value.md");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/colon-in-value.md");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("文章头信息不是有效的 YAML：值里有英文冒号加空格")
                    .contains("引号").endsWith("（mapping values are not allowed here）");
        });
    }

    @Test
    void a_field_without_its_colon_is_reported_on_its_own_line_not_as_a_quoting_problem() {
        List<Problem> problems = problemsOfText("---\ntitle 缺冒号\ndate: 2025-11-28 12:24\ntags: [古城]\n---\n正文\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("title");
            assertThat(p.message()).contains("缺少冒号").doesNotContain("引号");
        });
    }

    @Test
    void a_full_width_colon_is_no_colon_and_the_line_is_named() {
        List<Problem> problems = problemsOfText("---\ntitle: 古城夜游\nsummary：夜游线路开放\ndate: 2025-11-28 12:24\n---\n正文\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("summary");
            assertThat(p.message()).contains("缺少冒号");
        });
    }

    @Test
    void rejects_bad_indentation_on_its_line() {
        List<Problem> problems = problemsOf("bad-indentation.md");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("YAML").contains("前面多了空格").doesNotContain("英文冒号")
                    .contains("（mapping values are not allowed here）");
        });
    }

    // --- YAML errors explained in Chinese, at the line at fault ---

    private Problem yamlProblem(String text) {
        List<Problem> problems = problemsOfText(text);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("content/a.md");
        return problems.get(0);
    }

    @Test
    void a_tab_is_named_as_a_tab_on_its_line() {
        Problem p = yamlProblem("---\ntitle: 标题\n\tdate: 2025-11-28\n---\n正文");

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("Tab 制表符").contains("换成空格")
                .contains("found character '\\t(TAB)' that cannot start any token").doesNotContain("Do not use");
    }

    @Test
    void a_value_starting_with_a_reserved_character_asks_for_quotes() {
        Problem p = yamlProblem("---\ntitle: 标题\ndate: 2025-11-28\nauthor: @小王\n---\n正文");

        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("值不能以 @ 开头").contains("引号")
                .contains("（found character '@' that cannot start any token）");
    }

    @Test
    void an_undefined_alias_is_explained_on_its_line() {
        Problem p = yamlProblem("---\ntitle: 标题\nsummary: *AI 新闻\n---\n正文");

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("值以 * 开头").contains("引号").contains("（found undefined alias AI）");
    }

    @Test
    void a_star_or_ampersand_before_chinese_text_is_explained_on_its_line() {
        Problem star = yamlProblem("---\ntitle: 标题\nsummary: *重点* 新闻\n---\n正文");
        Problem ampersand = yamlProblem("---\ntitle: 标题\ndate: 2025-11-28\nauthor: &小王\n---\n正文");

        assertThat(star.line()).isEqualTo(3);
        assertThat(star.message()).contains("值以 * 开头").contains("引号");
        assertThat(ampersand.line()).isEqualTo(4);
        assertThat(ampersand.message()).contains("值以 & 开头").contains("引号");
    }

    @Test
    void a_line_without_its_colon_is_reported_at_that_line_not_where_the_parser_gave_up() {
        Problem p = yamlProblem("---\ntitle: 标题\ndate 2025-11-28\ntags: [援疆]\n---\n正文");

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("缺少冒号").doesNotContain("引号");
    }

    @Test
    void an_unclosed_double_quote_is_reported_where_it_opens() {
        Problem p = yamlProblem("---\ntitle: \"古城夜游\ndate: 2025-11-28\ntags: [援疆]\n---\n正文");

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("引号没有闭合").contains("found unexpected end of stream");
    }

    @Test
    void an_unclosed_single_quote_is_reported_where_it_opens() {
        Problem p = yamlProblem("---\ntitle: 标题\ndate: 2025-11-28\nsummary: '一段摘要\n---\n正文");

        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("引号没有闭合");
    }

    @Test
    void text_after_a_closing_quote_is_named() {
        Problem p = yamlProblem("---\ntitle: 标题\nsummary: \"古城\" 夜游\n---\n正文");

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("引号闭合之后还有文字").contains("expected <block end>");
    }

    @Test
    void an_unknown_escape_in_double_quotes_is_explained() {
        Problem p = yamlProblem("---\ntitle: 标题\ncover: \"C:\\images\\a.jpg\"\n---\n正文");

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("反斜杠").contains("found unknown escape character");
    }

    @Test
    void an_unclosed_brace_is_reported_where_it_opens() {
        Problem p = yamlProblem("---\ntitle: 标题\nlocation: {city: 喀什\n---\n正文");

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("花括号 { 没有配对的 }");
    }

    @Test
    void a_control_character_is_named_by_its_code_at_its_line() {
        Problem p = yamlProblem("---\ntitle: 标题\ndate: 2025-11-28\nsummary: 🙂摘要\u0007\n---\n正文");

        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("控制字符 U+0007").contains("special characters are not allowed");
    }

    @Test
    void an_alias_bomb_is_refused_as_too_many_aliases_at_the_first_alias_past_the_limit() {
        StringBuilder text = new StringBuilder("---\ntitle: 标题\na: &a [x, x]\n");
        // lines 4 to 14: eleven aliases of a list, one more than allowed
        for (int i = 0; i < YamlErrors.MAX_ALIASES + 1; i++) {
            text.append("b").append(i).append(": *a\n");
        }
        text.append("---\n正文");

        Problem p = yamlProblem(text.toString());

        assertThat(p.line()).isEqualTo(4 + YamlErrors.MAX_ALIASES);
        assertThat(p.message()).startsWith("别名过多").contains("别名炸弹")
                .contains("（Number of aliases for non-scalar nodes exceeds the specified max=10）");
    }

    @Test
    void aliases_up_to_the_limit_and_aliases_of_plain_values_are_accepted() {
        StringBuilder text = new StringBuilder("---\ntitle: &t 标题\na: &a [x, x]\n");
        for (int i = 0; i < YamlErrors.MAX_ALIASES; i++) {
            text.append("b").append(i).append(": *a\nc").append(i).append(": *t\n");
        }
        text.append("---\n正文");

        Source source = parser.parse("content/a.md", text.toString());

        assertThat(source.field("b9").value()).isEqualTo(List.of("x", "x"));
        assertThat(source.field("c9").value()).isEqualTo("标题");
    }

    @Test
    void nesting_past_the_depth_limit_is_refused_at_the_line_where_it_gets_too_deep() {
        StringBuilder text = new StringBuilder("---\ntitle: 标题\n");
        String indent = "";
        // the front matter itself is the first level; keys on lines 3.. open one more level each
        for (int i = 0; i < YamlErrors.MAX_DEPTH; i++) {
            text.append(indent).append("k").append(i).append(":\n");
            indent += "  ";
        }
        text.append(indent).append("v: 1\n---\n正文");

        Problem p = yamlProblem(text.toString());

        // level MAX_DEPTH + 1 is the mapping that starts with the innermost key "v"
        assertThat(p.line()).isEqualTo(3 + YamlErrors.MAX_DEPTH);
        assertThat(p.message()).startsWith("嵌套过深").contains("（Nesting Depth exceeded max 10）");
    }

    @Test
    void nesting_up_to_the_depth_limit_is_accepted() {
        StringBuilder text = new StringBuilder("---\ntitle: 标题\n");
        String indent = "";
        for (int i = 0; i < YamlErrors.MAX_DEPTH - 2; i++) {
            text.append(indent).append("k").append(i).append(":\n");
            indent += "  ";
        }
        text.append(indent).append("v: 1\n---\n正文");

        assertThat(parser.parse("content/a.md", text.toString()).field("k0")).isNotNull();
    }

    @Test
    void a_header_past_the_size_limit_is_refused_at_the_line_that_crosses_it() {
        String pair = "y: 1\nx: " + "长".repeat(1000) + "\n";
        String text = "---\ntitle: 标题\n" + pair.repeat(YamlErrors.MAX_CODE_POINTS / pair.length() + 10) + "---\n正文";

        Problem p = yamlProblem(text);

        // "title: 标题\n" is 10 code points, then pairs of lines of 5 and 1004
        int crossing = YamlErrors.MAX_CODE_POINTS - 10;
        int pairs = crossing / 1009;
        int expected = 3 + 2 * pairs + (crossing % 1009 < 5 ? 0 : 1);
        assertThat(p.line()).isEqualTo(expected);
        assertThat(p.message()).startsWith("文章头信息太长").contains("exceeds the limit");
    }

    @Test
    void rejects_unclosed_flow_list_at_the_line_of_its_opening_bracket() {
        List<Problem> problems = problemsOfText("---\ntitle: 标题\ntags: [援疆, 非遗\ndate: 2025-11-28\n---\n正文");

        // the parser notices the missing ] on the next line, where the flow list meets "date:"; the editor
        // has to fix the line that opened it
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("YAML").contains("方括号 [ 没有配对的 ]")
                    .contains("（expected ',' or ']', but got :）");
        });
    }

    @Test
    void rejects_duplicate_key_on_the_second_line_mentioning_the_first() {
        List<Problem> problems = problemsOf("duplicate-key.md");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("title");
            assertThat(p.message()).contains("第 2 行");
        });
    }

    @Test
    void reports_every_duplicate_key_not_only_the_first() {
        List<Problem> problems = problemsOfText("""
                ---
                title: 甲
                date: 2025-11-28
                title: 乙
                date: 2025-11-29
                ---
                正文
                """);

        assertThat(problems).extracting(Problem::line, Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "title"),
                        org.assertj.core.groups.Tuple.tuple(5, "date"));
    }

    @Test
    void rejects_front_matter_that_is_a_list() {
        List<Problem> problems = problemsOf("list-front-matter.md");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("字段: 值");
        });
    }

    @Test
    void rejects_front_matter_that_is_a_single_sentence() {
        List<Problem> problems = problemsOfText("---\n\n这是一段没有字段名的文字\n---\n正文");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("字段: 值");
        });
    }
}
