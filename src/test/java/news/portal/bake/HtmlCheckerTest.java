package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker the bake tests trust to say pages are valid does find invalid HTML, with its line. */
class HtmlCheckerTest {

    private static final String VALID = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><title>古城夜游</title></head>
            <body>
            <main><h1>古城夜游</h1><p id="a">正文</p></main>
            </body>
            </html>
            """;

    @TempDir
    Path dir;

    @Test
    void a_valid_page_has_no_errors() {
        HtmlChecker checker = new HtmlChecker();

        checker.check(TestSites.write(dir.resolve("ok.html"), VALID), "ok.html");

        assertThat(checker.errors()).isEmpty();
    }

    @Test
    void reports_each_error_with_the_file_and_its_line() {
        String invalid = VALID.replace("<p id=\"a\">正文</p></main>", "<p id=\"a\">正文</p>\n<p id=\"a\">重复</p>\n"
                + "<img src=\"x.png\">\n<ul><p>列表里不能直接放段落</p></ul></main>");
        HtmlChecker checker = new HtmlChecker();

        checker.check(TestSites.write(dir.resolve("bad.html"), invalid), "2025/11/bad.html");

        assertThat(checker.errors()).anySatisfy(e -> assertThat(e).startsWith("2025/11/bad.html:6: ").contains("Duplicate ID"));
        assertThat(checker.errors()).anySatisfy(e -> assertThat(e).startsWith("2025/11/bad.html:7: ").contains("alt"));
        assertThat(checker.errors()).anySatisfy(e -> assertThat(e).startsWith("2025/11/bad.html:8: ").contains("“p”"));
    }

    @Test
    void errors_of_several_files_add_up() {
        HtmlChecker checker = new HtmlChecker();

        String strayEndTag = VALID.replace("正文</p>", "正文</b></p>");
        checker.check(TestSites.write(dir.resolve("a.html"), strayEndTag), "a.html");
        checker.check(TestSites.write(dir.resolve("b.html"), VALID), "b.html");
        checker.check(TestSites.write(dir.resolve("c.html"), strayEndTag), "c.html");

        assertThat(checker.errors()).hasSize(2).satisfiesExactly(
                e -> assertThat(e).startsWith("a.html:5: ").contains("“b”"),
                e -> assertThat(e).startsWith("c.html:5: ").contains("“b”"));
    }
}
