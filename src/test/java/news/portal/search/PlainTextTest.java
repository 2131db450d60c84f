package news.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void inline_tags_vanish_without_a_gap() {
        assertThat(PlainText.of("<p>古<strong>城</strong>夜游</p>")).isEqualTo("古城夜游");
    }

    @Test
    void blocks_are_separated_so_no_bigram_spans_them() {
        assertThat(PlainText.of("<p>古城</p><p>夜游</p>")).isEqualTo("古城\n夜游");
    }

    @Test
    void entities_are_decoded_and_scripts_dropped() {
        assertThat(PlainText.of("<p>A &amp; B&nbsp;&lt;c&gt;</p><script>var x = 1;</script><p>完</p>"))
                .isEqualTo("A & B\u00a0<c>\n完");
    }
}
