package news.portal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlSchemesTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "\u0001javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "java&#x09;script:alert(1)",
            "&#106;avascript:alert(1)", "javascript&#58;alert(1)", "javascript&colon;alert(1)", "VBScript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>", "DATA:text/html;base64,PHNjcmlwdD4=",
            "data:image/svg+xml,<svg onload=alert(1)>", "data: image/SVG+xml;base64,AAAA", "data:,x", "java\u007fscript:x", "java\u200bscript:x", "\ufeffjavascript:x"})
    void script_and_document_addresses_are_blocked_however_they_are_written(String url) {
        assertThat(UrlSchemes.blocked(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.news.cn/", "/images/a.jpg", "../10/a.md", "#top", "mailto:a@b.cn",
            "data:image/png;base64,iVBORw0KGgo=", "DATA:Image/JPEG;base64,/9j/", "data:IMAGE/PNG;base64,AAAA", "/search?q=javascript:",
            "javascript.html", "./javascript:x", "?x=data:text/html", ""})
    void ordinary_addresses_and_inline_raster_images_pass(String url) {
        assertThat(UrlSchemes.blocked(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:a", "JAVASCRIPT:a", "java&#x0A;script:a"})
    void the_scheme_is_named_in_lower_case(String url) {
        assertThat(UrlSchemes.blocked(url)).contains("javascript");
    }

    @Test
    void an_address_is_shown_on_one_line_of_at_most_sixty_characters() {
        String sixty = "https://example.cn/" + "a".repeat(41);

        assertThat(UrlSchemes.shown(" java\n\tscript:x ")).isEqualTo("java script:x");
        assertThat(UrlSchemes.shown(sixty)).isEqualTo(sixty);
        assertThat(UrlSchemes.shown(sixty + "b")).hasSize(58).endsWith("a…").startsWith("https://example.cn/");
    }
}
