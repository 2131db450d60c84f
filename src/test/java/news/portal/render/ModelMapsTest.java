package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelMapsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yyyy-MM-dd HH:mm      | yyyy-MM-dd",
        "yyyy年M月d日 HH:mm     | yyyy年M月d日",
        "yyyy/MM/dd, hh:mm a   | yyyy/MM/dd",
        "yyyy-MM-dd'T'HH:mm    | yyyy-MM-dd",
        "yyyy-MM-dd            | yyyy-MM-dd",
        "HH:mm                 | HH:mm",
    })
    void the_day_part_of_a_display_pattern_drops_the_time(String pattern, String day) {
        assertThat(ModelMaps.dayPart(pattern)).isEqualTo(day);
    }
}
