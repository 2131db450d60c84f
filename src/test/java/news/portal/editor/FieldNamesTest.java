package news.portal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "draf, draft",
        "drafts, draft",
        "titel, title",
        "tilte, title",
        "Title, title",
        "dates, date",
        "data, date",
        "tag, tags",
        "catgory, category",
        "categroy, category",
        "satus, status",
        "sumarry, summary",
        "auther, author",
        "upated, updated",
        "_draft, draft",
        "draft_, draft",
        "cover_widht, cover_width",
        "typ, type",
    })
    void a_name_one_or_two_letters_from_a_known_field_is_suggested_that_field(String name, String known) {
        assertThat(FieldNames.suggestion(name, Set.of(name))).contains(known);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cover_width", "cover_alt", "title_en", "og_title", "og-title", "subtitle", "color",
        "name", "time", "lang", "video", "editor", "weight", "标题", "location", "cover", "draft"})
    void known_fields_and_plausible_fields_of_the_editors_own_are_left_alone(String name) {
        assertThat(FieldNames.suggestion(name, Set.of(name))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"data, date", "tag, tags", "titel, title"})
    void a_name_beside_the_field_it_resembles_is_a_field_of_its_own(String name, String known) {
        assertThat(FieldNames.suggestion(name, Set.of(name, known))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"titel, title, 1", "tilte, title, 1", "color, cover, 2", "draf, draft, 1", "abc, abc, 0",
        "ab, ba, 1", "'', date, 4"})
    void distance_counts_a_swap_of_neighbours_as_one_edit(String a, String b, int distance) {
        assertThat(FieldNames.distance(a, b)).isEqualTo(distance);
    }
}
