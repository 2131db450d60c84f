package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.portal.problem.Problem;

class XmlCharsTest {

    @Test
    void removes_c0_controls_nonchararacters_and_lone_surrogates_and_keeps_the_rest() {
        String text = "a\u0000b\u0001\tc\nd\re\u001f f\ufffe\uffff g\ud800h\udc00i 😀 𠀋 \u3000古城\ufffd";

        assertThat(XmlChars.strip(text)).isEqualTo("ab\tc\nd\re f ghi 😀 𠀋 \u3000古城\ufffd");
    }

    @Test
    void text_without_them_is_returned_as_it_is() {
        String text = "古城夜游 😀 ]]> & <";

        assertThat(XmlChars.strip(text)).isSameAs(text);
        assertThat(XmlChars.stripReferences(text)).isSameAs(text);
    }

    @Test
    void each_line_with_them_is_one_warning_naming_the_characters() {
        List<Problem> warnings = new ArrayList<>();

        String text = XmlChars.stripFile("第一行\n第二\u0007行\u0007\n第三行\n\ufffe第四行\u000b", "content/a.md", warnings);

        assertThat(text).isEqualTo("第一行\n第二行\n第三行\n第四行");
        assertThat(warnings).extracting(w -> w.file() + ":" + w.line()).containsExactly("content/a.md:2", "content/a.md:4");
        assertThat(warnings.get(0).message()).contains("U+0007").doesNotContain("U+000B");
        assertThat(warnings.get(1).message()).contains("U+FFFE", "U+000B");
    }

    @Test
    void references_to_them_go_and_other_references_stay() {
        assertThat(XmlChars.stripReferences("a&#1;b&#x0B;c&#xFFFE;d&#65535;e&#xD800;f&#0;g&#x110000;h&#x7"))
                .isEqualTo("abcdefgh");
        assertThat(XmlChars.stripReferences("&#x4E2D;&#9;&#10;&#x1F600;&amp;#1;&#32;"))
                .isEqualTo("&#x4E2D;&#9;&#10;&#x1F600;&amp;#1;&#32;");
        assertThat(XmlChars.firstForbiddenReference("古城 &#x41; &#8;")).isEqualTo(10);
    }
}
