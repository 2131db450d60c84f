package news.portal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a card's summary ends, at the edges of each rule; ten characters make a limit easy to count. */
class SummaryTest {

    @Test
    void a_text_as_long_as_the_limit_is_whole() {
        assertThat(Summary.cut(" 一二三四五\n 六七八九十 ", 11)).isEqualTo("一二三四五 六七八九十");
        assertThat(Summary.cut("一二三四五六七八九十", 10)).isEqualTo("一二三四五六七八九十");
        assertThat(Summary.cut("一二三四五六七八九十十", 10)).isEqualTo("一二三四五六七八九十…");
    }

    @Test
    void a_sentence_end_keeps_its_closing_quotes_and_brackets_even_two_past_the_limit() {
        assertThat(Summary.cut("一二三四。”五六七八九十十一", 10)).isEqualTo("一二三四。”");
        assertThat(Summary.cut("一二三四五六七八九。”」十一二", 10)).isEqualTo("一二三四五六七八九。”」");
        assertThat(Summary.cut("一二三四五六七八九。”」）十一二", 10)).isEqualTo("一二三四五六七八九。…");
    }

    @Test
    void whole_sentences_must_keep_a_third_of_the_limit() {
        assertThat(Summary.cut("一二三。四五六七八九十一二三四五六七八", 12)).isEqualTo("一二三。");
        assertThat(Summary.cut("一二。三四五六七八九十一二三四五六七八", 12)).isEqualTo("一二。三四五六七八九十一…");
    }

    @Test
    void a_short_run_stretches_to_the_next_sentence_end_within_half_the_limit_again() {
        assertThat(Summary.cut("一二三四五六七八九十一二三四！五", 10)).isEqualTo("一二三四五六七八九十一二三四！");
        assertThat(Summary.cut("一二三四五六七八九十一二三四五。", 10)).isEqualTo("一二三四五六七八九十…");
        assertThat(Summary.cut("一二三四五六七八九十一二。”", 10)).isEqualTo("一二三四五六七八九十一二。”");
    }
}
