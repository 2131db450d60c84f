package news.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void traditional_characters_become_simplified() {
        assertThat(Fold.text("對口援助")).isEqualTo("对口援助");
        assertThat(Fold.text("臺灣頭髮")).isEqualTo("台湾头发");
    }

    @Test
    void full_width_letters_and_digits_become_half_width_lower_case() {
        assertThat(Fold.text("ＭＵＳＥＵＭ２０２５")).isEqualTo("museum2025");
        assertThat(Fold.text("Museum")).isEqualTo("museum");
    }

    @Test
    void folding_keeps_the_length_of_chinese_text() {
        String text = "國家博物館迎來參觀高峰";
        assertThat(Fold.text(text)).hasSameSizeAs(text).isEqualTo("国家博物馆迎来参观高峰");
    }

    @Test
    void the_table_for_the_browser_maps_one_character_to_one() {
        assertThat(Fold.simplifications()).containsEntry('對', '对').containsEntry('門', '门')
                .doesNotContainKey('对').hasSizeGreaterThan(2000);
    }
}
