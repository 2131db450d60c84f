package news.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SyllablesTest {

    private static final Set<String> KNOWN = Set.of("kun", "lun", "shan", "xi", "an", "xian", "gu", "cheng");

    @Test
    void a_word_splits_into_the_fewest_syllables() {
        assertThat(Syllables.split("kunlunshan", KNOWN, false)).containsExactly("kun", "lun", "shan");
        assertThat(Syllables.split("xian", KNOWN, false)).containsExactly("xian");
    }

    @Test
    void the_last_syllable_may_be_unfinished_while_typing() {
        assertThat(Syllables.split("kunlu", KNOWN, true)).containsExactly("kun", "lu");
        assertThat(Syllables.split("kunlu", KNOWN, false)).isNull();
    }

    @Test
    void a_word_that_is_not_pinyin_gives_null() {
        assertThat(Syllables.split("museum", KNOWN, true)).isNull();
        assertThat(Syllables.split("2025", KNOWN, true)).isNull();
    }

    @Test
    void icu_reads_han_characters_as_toneless_syllables() {
        assertThat(Pinyin.syllables("巍巍昆仑山 2025")).containsExactly("wei", "wei", "kun", "lun", "shan");
    }
}
