package news.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodecTest {

    @Test
    void numbers_survive_a_round_trip() {
        int[] numbers = {0, 1, 31, 32, 1023, 1024, 99_999, Integer.MAX_VALUE};
        StringBuilder text = new StringBuilder();
        for (int n : numbers) {
            Codec.append(text, n);
        }
        assertThat(Codec.decode(text.toString())).containsExactly(numbers);
    }

    @Test
    void small_differences_take_one_character() {
        StringBuilder text = new StringBuilder();
        Codec.append(text, 1);
        Codec.append(text, 31);
        assertThat(text).hasToString("1v");
    }

    @Test
    void no_character_needs_escaping_in_json() {
        assertThat((Codec.LAST + Codec.MORE).chars()).doesNotContain((int) '"', (int) '\\').hasSize(64);
        assertThat((Codec.LAST + Codec.MORE).chars().distinct()).hasSize(64);
    }

    @Test
    void negative_numbers_are_refused() {
        assertThatThrownBy(() -> Codec.append(new StringBuilder(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
