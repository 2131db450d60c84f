package news.portal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkBreaksTest {

    private static final char M = CjkBreaks.MARKER;

    private static boolean joins(String before, String after) {
        return CjkBreaks.joins(before.codePointAt(0), after.codePointAt(0));
    }

    @Test
    void joins_between_han_characters() {
        assertThat(joins("昆", "仑")).isTrue();
    }

    @Test
    void joins_between_han_and_full_width_punctuation() {
        assertThat(joins("，", "走")).isTrue();
        assertThat(joins("天", "。")).isTrue();
        assertThat(joins("》", "在")).isTrue();
        assertThat(joins("（", "图")).isTrue();
    }

    @Test
    void joins_between_han_and_ambiguous_width_quotes() {
        assertThat(joins("说", "“")).isTrue();
        assertThat(joins("”", "他")).isTrue();
    }

    @Test
    void joins_between_kana_and_han() {
        assertThat(joins("の", "京")).isTrue();
    }

    @Test
    void does_not_join_latin_words() {
        assertThat(joins("o", "w")).isFalse();
    }

    @Test
    void does_not_join_han_and_latin() {
        assertThat(joins("文", "E")).isFalse();
        assertThat(joins("O", "的")).isFalse();
        assertThat(joins("中", "3")).isFalse();
    }

    @Test
    void does_not_join_two_ambiguous_characters() {
        assertThat(joins("“", "”")).isFalse();
    }

    @Test
    void does_not_join_hangul() {
        assertThat(joins("울", "여")).isFalse();
        assertThat(joins("문", "中")).isFalse();
        assertThat(joins("中", "문")).isFalse();
    }

    @Test
    void does_not_join_at_the_start_or_end_of_text() {
        assertThat(CjkBreaks.joins(-1, '中')).isFalse();
        assertThat(CjkBreaks.joins('中', -1)).isFalse();
    }

    @Test
    void joins_han_outside_the_basic_plane() {
        assertThat(CjkBreaks.joins("𠀀".codePointAt(0), '中')).isTrue();
    }

    @Test
    void resolves_markers_in_html_by_the_visible_neighbours() {
        assertThat(CjkBreaks.resolveInHtml("<p>第一行" + M + "第二行</p>")).isEqualTo("<p>第一行第二行</p>");
        assertThat(CjkBreaks.resolveInHtml("<p>hello" + M + "world</p>")).isEqualTo("<p>hello\nworld</p>");
    }

    @Test
    void resolving_html_looks_past_tags() {
        assertThat(CjkBreaks.resolveInHtml("<p><strong>重点</strong>" + M + "文字</p>"))
                .isEqualTo("<p><strong>重点</strong>文字</p>");
        assertThat(CjkBreaks.resolveInHtml("<p>详见" + M + "<a href=\"/news/a.html\">报道</a></p>"))
                .isEqualTo("<p>详见<a href=\"/news/a.html\">报道</a></p>");
    }

    @Test
    void resolving_html_ignores_text_inside_tag_attributes() {
        // the visible neighbour of the break is "e", not the Chinese title of the link
        assertThat(CjkBreaks.resolveInHtml("<p>see<a title=\"中文\">" + M + "中文</a></p>"))
                .isEqualTo("<p>see<a title=\"中文\">\n中文</a></p>");
        assertThat(CjkBreaks.resolveInHtml("<p>中文</a><img alt=\"photo\" />" + M + "文字</p>"))
                .isEqualTo("<p>中文</a><img alt=\"photo\" />文字</p>");
    }

    @Test
    void html_without_markers_is_returned_as_is() {
        String html = "<p>第一行\n第二行</p>";

        assertThat(CjkBreaks.resolveInHtml(html)).isSameAs(html);
    }

    @Test
    void resolves_markers_in_plain_text_to_nothing_or_a_space() {
        assertThat(CjkBreaks.resolveInText("第一行" + M + "第二行")).isEqualTo("第一行第二行");
        assertThat(CjkBreaks.resolveInText("hello" + M + "world")).isEqualTo("hello world");
        assertThat(CjkBreaks.resolveInText("来自" + M + "UNESCO")).isEqualTo("来自 UNESCO");
        assertThat(CjkBreaks.resolveInText(M + "开头")).isEqualTo(" 开头");
    }
}
