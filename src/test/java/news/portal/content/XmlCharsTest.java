package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    @Test
    void the_edges_of_what_xml_allows_are_kept_and_the_first_forbidden_ones_beyond_them_go() {
        String kept = " \ud7ff\ue000\ufffd\ud800\udc00\udbff\udfff";

        assertThat(XmlChars.strip("\u001f" + kept + "\ufffe")).isEqualTo(kept);
        assertThat(XmlChars.strip("\u0001古城")).as("a forbidden character first").isEqualTo("古城");
        assertThat(XmlChars.strip("古城\ud800")).as("a lone high surrogate last").isEqualTo("古城");
        assertThat(XmlChars.strip("\ue000\u0001")).isEqualTo("\ue000");
    }

    @Test
    void the_edges_of_what_xml_allows_hold_for_references_too() {
        String kept = "&#x20;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x10FFFF;&#9;&#xA;&#xD;";

        assertThat(XmlChars.stripReferences("&#x1F;" + kept + "&#xD800;&#xDFFF;&#xFFFE;&#x110000;&#31;"))
                .isEqualTo(kept);
        assertThat(XmlChars.stripReferences("&#8;古城")).isEqualTo("古城");
        assertThat(XmlChars.firstForbiddenReference("&#8;古城")).isZero();
        assertThat(XmlChars.firstForbiddenReference(kept)).isEqualTo(-1);
        assertThat(XmlChars.firstForbiddenReference("古城")).isEqualTo(-1);
    }

    @Test
    void a_warning_names_at_most_three_characters_each_once_and_never_half_an_emoji() {
        List<Problem> warnings = new ArrayList<>();

        String text = XmlChars.stripFile("\u0001😀\u0001\u0002\u0003\u0004\n😀\u0007", "content/a.md", warnings);

        assertThat(text).isEqualTo("😀\n😀");
        assertThat(warnings).extracting(Problem::line).containsExactly(1, 2);
        assertThat(warnings.get(0).message()).contains("U+0001、U+0002、U+0003）").doesNotContain("U+0004");
        assertThat(warnings.get(1).message()).contains("（U+0007）");
    }

    @Test
    void field_values_lose_forbidden_characters_in_lists_and_maps_and_stay_the_same_objects_without_them() {
        List<String> clean = List.of("古城", "夜游");
        Map<String, Object> cleanMap = Map.of("name", "古城");

        assertThat(XmlChars.stripValue(List.of("古\u0001城", "夜游"))).isEqualTo(List.of("古城", "夜游"));
        assertThat(XmlChars.stripValue(Map.of("na\u0002me", List.of("古城\u0007"))))
                .isEqualTo(Map.of("name", List.of("古城")));
        assertThat(XmlChars.stripValue(Map.of("name", "古\u0003城"))).isEqualTo(Map.of("name", "古城"));
        assertThat(XmlChars.stripValue(clean)).isSameAs(clean);
        assertThat(XmlChars.stripValue(cleanMap)).isSameAs(cleanMap);
        assertThat(XmlChars.stripValue(42)).isEqualTo(42);
    }
}
