package news.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokensTest {

    private static List<String> terms(String text, boolean singles) {
        return Tokens.of(text, singles).stream().map(Tokens.Token::term).toList();
    }

    @Test
    void cjk_text_gives_overlapping_bigrams() {
        assertThat(terms("古城夜游", false)).containsExactly("古城", "城夜", "夜游");
    }

    @Test
    void singles_come_with_the_bigrams_when_asked() {
        assertThat(terms("古城", true)).containsExactly("古", "古城", "城");
    }

    @Test
    void punctuation_and_spaces_end_a_run() {
        assertThat(terms("古城，夜游", false)).containsExactly("古城", "夜游");
        assertThat(terms("古 城", false)).isEmpty();
    }

    @Test
    void latin_letters_and_digits_are_words_apart_from_cjk() {
        assertThat(terms("2025年museum之夜", false)).containsExactly("2025", "museum", "之夜");
    }

    @Test
    void offsets_are_where_terms_start() {
        assertThat(Tokens.of("ab 古城", false)).extracting(Tokens.Token::offset).containsExactly(0, 3);
    }

    @Test
    void overlong_words_are_cut() {
        assertThat(terms("x".repeat(100), false)).containsExactly("x".repeat(Tokens.MAX_WORD));
    }

    @Test
    void words_share_the_shard_of_their_first_two_letters() {
        assertThat(Tokens.shard("kunming", 64)).isEqualTo(Tokens.shard("ku", 64)).isEqualTo(Tokens.shard("kun", 64));
        assertThat(Tokens.shardKey("古城")).isEqualTo("古城");
    }

    @Test
    void the_shard_hash_is_fnv_1a_as_the_browser_computes_it() {
        // FNV-1a 32 of "a" is 0xe40c292c, of "古城" (U+53E4 U+57CE, as UTF-16 units) 0xf1b1f02a
        assertThat(Integer.toUnsignedLong(0xe40c292c) % 1000).isEqualTo(Tokens.shard("a", 1000));
        assertThat(Tokens.shard("a", 1 << 30)).isEqualTo(0xe40c292c & ((1 << 30) - 1));
    }

    @Test
    void the_distinct_terms_of_a_body_are_its_bigrams_and_words() {
        String text = "古城夜游，古城 museum2025 夜游";
        java.util.Set<String> expected = new java.util.HashSet<>(terms(text, false));
        assertThat(Tokens.distinct(text)).isEqualTo(expected).containsOnly("古城", "城夜", "夜游", "museum2025");
    }

    @Test
    void a_run_ends_at_punctuation_spaces_and_changes_of_script() {
        String title = "江口镇：龙舟下水 5a景区2025年";
        assertThat(Tokens.runLength(title, 0)).isEqualTo(3);
        assertThat(Tokens.runLength(title, 5)).isEqualTo(4);
        assertThat(Tokens.startsRun(title, 4)).isTrue();
        assertThat(Tokens.startsRun(title, 5)).isFalse();
        // 5a, 景区, 2025, 年: four runs
        assertThat(Tokens.runLength(title, 9)).isEqualTo(2);
        assertThat(Tokens.startsRun(title, 11)).isTrue();
        assertThat(Tokens.runLength(title, 12)).isEqualTo(2);
        assertThat(Tokens.runLength(title, 13)).isEqualTo(4);
        assertThat(Tokens.runLength(title, title.length() - 1)).isEqualTo(1);
    }
}
