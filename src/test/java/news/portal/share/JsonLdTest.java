package news.portal.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonLdTest {

    static JsonLd.Facts facts(String headline, Optional<String> author) {
        return new JsonLd.Facts(headline, "摘要 <b>", "https://news.example.cn/a.html", "2025-11-28T12:24:00+08:00",
                "2025-11-29T08:05:00+08:00", author, Optional.of("https://news.example.cn/images/a.png"),
                Optional.of("文旅资讯"), List.of("古城", "Citywalk 路线"), "zh-CN", "山海文旅网",
                "https://news.example.cn/", Optional.of("https://news.example.cn/images/logo.png"));
    }

    @Test
    void cannot_close_the_script_element() throws Exception {
        String headline = "</script><script>alert(1)</script><!-- 标题";

        String json = JsonLd.of(facts(headline, Optional.empty()));

        assertThat(json).doesNotContain("<").contains("\\u003c/script>");
        assertThat(new ObjectMapper().readTree(json).get("headline").asText()).isEqualTo(headline);
    }

    @Test
    void describes_a_news_article() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonLd.of(facts("古城夜游", Optional.of("记者 王晓"))));

        assertThat(json.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(json.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(json.at("/author/@type").asText()).isEqualTo("Person");
        assertThat(json.at("/author/name").asText()).isEqualTo("记者 王晓");
        assertThat(json.at("/publisher/logo/url").asText()).isEqualTo("https://news.example.cn/images/logo.png");
        assertThat(json.at("/mainEntityOfPage/@id").asText()).isEqualTo("https://news.example.cn/a.html");
        assertThat(json.get("keywords")).hasSize(2);
    }

    @Test
    void without_an_author_the_site_is_the_author() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonLd.of(facts("古城夜游", Optional.empty())));

        assertThat(json.at("/author/@type").asText()).isEqualTo("Organization");
        assertThat(json.at("/author/name").asText()).isEqualTo("山海文旅网");
    }
}
