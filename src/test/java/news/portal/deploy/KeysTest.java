package news.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeysTest {

    @ParameterizedTest
    @CsvSource(value = {"site,site", "/site/,site", "a/b/,a/b", "'',''", "/,''"})
    void a_prefix_loses_its_slashes(String typed, String prefix) {
        assertThat(Keys.prefix(typed)).isEqualTo(prefix);
    }

    @ParameterizedTest
    @CsvSource({"a//b", "a/../b", "./a"})
    void a_prefix_with_empty_or_dot_parts_is_refused(String typed) {
        assertThatThrownBy(() -> Keys.prefix(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keys_are_paths_under_the_prefix_with_forward_slashes() {
        assertThat(Keys.key("site", Keys.path("2025\\11\\a.html"))).isEqualTo("site/2025/11/a.html");
        assertThat(Keys.key("", Keys.path("index.html"))).isEqualTo("index.html");
    }

    @Test
    void keys_are_in_nfc_whatever_form_the_file_name_had() {
        String decomposed = Normalizer.normalize("files/café-巍巍昆仑.txt", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("files/café-巍巍昆仑.txt");

        assertThat(Keys.path(decomposed)).isEqualTo("files/café-巍巍昆仑.txt");
        assertThat(Keys.prefix(Normalizer.normalize("新闻/café", Normalizer.Form.NFD))).isEqualTo("新闻/café");
    }

    @Test
    void file_names_with_control_characters_are_refused() {
        assertThatThrownBy(() -> Keys.path("a\tb.html")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a?b.html");
    }

    @Test
    void the_listing_prefix_ends_with_a_slash_so_a_sibling_prefix_is_not_listed() {
        assertThat(Keys.listPrefix("site")).isEqualTo("site/");
        assertThat(Keys.listPrefix("")).isEmpty();
    }
}
