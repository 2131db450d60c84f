package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitePathTest {

    private static final String HOST = "https://test.example.cn/";

    @Test
    void a_site_path_becomes_a_percent_encoded_url_on_the_host() {
        assertThat(SitePath.url(HOST, "images/古城 夜游.jpg"))
                .isEqualTo("https://test.example.cn/images/%E5%8F%A4%E5%9F%8E%20%E5%A4%9C%E6%B8%B8.jpg");
        assertThat(SitePath.url(HOST, "/images/a.jpg")).isEqualTo("https://test.example.cn/images/a.jpg");
    }

    @Test
    void an_absolute_url_stays_as_it_is_and_one_without_scheme_gets_https() {
        assertThat(SitePath.url(HOST, "http://cdn.example.com/a.jpg")).isEqualTo("http://cdn.example.com/a.jpg");
        assertThat(SitePath.url(HOST, "mailto:desk@example.cn")).isEqualTo("mailto:desk@example.cn");
        assertThat(SitePath.url(HOST, "//cdn.example.com/a.jpg")).isEqualTo("https://cdn.example.com/a.jpg");
    }

    @Test
    void a_file_named_by_a_query_or_fragment_alone_is_no_file() {
        assertThat(SitePath.fileOf("news/a.md", "#top")).isEmpty();
        assertThat(SitePath.fileOf("news/a.md", "?v=1")).isEmpty();
        assertThat(SitePath.fileOf("news/a.md", "b.jpg?v=1#x")).hasValue("news/b.jpg");
        assertThat(SitePath.fileOf("news/a.md", "../b.jpg#x?y")).hasValue("b.jpg");
        assertThat(SitePath.fileOf("a.md", "b.jpg")).hasValue("b.jpg");
        assertThat(SitePath.fileOf("news/a.md", "../../b.jpg")).isEmpty();
    }

    @Test
    void a_path_is_decoded_as_a_browser_reads_it() {
        assertThat(SitePath.decode("images/%E5%8F%A4%20a+b.jpg")).isEqualTo("images/古 a+b.jpg");
        assertThat(SitePath.decode("images/100%.jpg")).as("a lone %").isEqualTo("images/100%.jpg");
    }
}
