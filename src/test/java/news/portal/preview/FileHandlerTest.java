package news.portal.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FileHandlerTest {

    @ParameterizedTest
    @ValueSource(strings = {"/../etc/passwd", "/a/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/x",
            "/..%2fetc/passwd", "/a\\..\\b", "/a%5c..%5cb", "/a%00.html", "/./index.html", "relative", "/%zz"})
    void refuses_paths_that_could_leave_the_site(String raw) {
        assertThat(FileHandler.safePath(raw)).isNull();
    }

    @Test
    void decodes_ordinary_paths() {
        assertThat(FileHandler.safePath("/")).isEmpty();
        assertThat(FileHandler.safePath("/2025/11/night-tour.html")).isEqualTo("2025/11/night-tour.html");
        assertThat(FileHandler.safePath("/images/%E5%9B%BE.svg")).isEqualTo("images/图.svg");
    }

    @Test
    void injects_the_reload_script_before_the_end_of_body() {
        assertThat(FileHandler.inject("<html><body><p>正文</p></body></html>"))
                .isEqualTo("<html><body><p>正文</p><script src=\"/__preview/client.js\"></script></body></html>");
    }
}
