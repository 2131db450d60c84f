package news.portal.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import news.portal.config.SiteConfig;

class ServicesTest {

    static final String URL = "https://news.example.cn/2025/11/night-show.html";
    static final String TITLE = "古城\"夜游\" & 灯光秀 #2025 '开幕' a+b=c 100%";
    static final String SUMMARY = "护城河边的\"灯光秀\" & 非遗市集，今晚 8 点开幕？";
    static final String IMAGE = "https://news.example.cn/images/cover%20night.jpg";
    static final String SITE = "山海文旅网 & Co";
    static final Map<String, String> VALUES = Map.of("url", URL, "title", TITLE, "summary", SUMMARY,
            "image", IMAGE, "site", SITE);

    static Stream<Arguments> services() {
        return Stream.of(
                Arguments.of("weibo", "https://service.weibo.com/share/share.php",
                        Map.of("url", URL, "title", TITLE, "pic", IMAGE)),
                Arguments.of("qq", "https://connect.qq.com/widget/shareqq/index.html",
                        Map.of("url", URL, "title", TITLE, "summary", SUMMARY, "pics", IMAGE, "site", SITE)),
                Arguments.of("qzone", "https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey",
                        Map.of("url", URL, "title", TITLE, "summary", SUMMARY, "pics", IMAGE, "site", SITE)),
                Arguments.of("douban", "https://www.douban.com/share/service",
                        Map.of("href", URL, "name", TITLE, "text", SUMMARY, "image", IMAGE)),
                Arguments.of("x", "https://x.com/intent/tweet", Map.of("url", URL, "text", TITLE)),
                Arguments.of("facebook", "https://www.facebook.com/sharer/sharer.php", Map.of("u", URL)),
                Arguments.of("linkedin", "https://www.linkedin.com/sharing/share-offsite/", Map.of("url", URL)),
                Arguments.of("telegram", "https://t.me/share/url", Map.of("url", URL, "text", TITLE)),
                Arguments.of("whatsapp", "https://api.whatsapp.com/send", Map.of("text", TITLE + " " + URL)),
                Arguments.of("email", "mailto:", Map.of("subject", TITLE, "body", SUMMARY + "\r\n\r\n" + URL)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void each_link_carries_every_value_exactly(String id, String endpoint, Map<String, String> expected) {
        String link = Services.link(Services.byId(id), VALUES);

        assertThat(link).startsWith(endpoint + "?");
        assertThat(query(link)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void each_link_is_plain_ascii_with_spaces_as_percent_20(String id, String endpoint, Map<String, String> expected) {
        String link = Services.link(Services.byId(id), VALUES);
        String query = link.substring(link.indexOf('?') + 1);

        // a "+" would read as a literal plus on share pages and in mail programs, not as a space
        assertThat(query).doesNotContain("+", " ", "\"", "'", "#", "<", ">").matches("\\p{ASCII}+");
        if (expected.containsValue(TITLE)) {
            assertThat(query).contains("%20", "%26", "%23", "%22", "%27", "%2B", "%25");
        }
        URI uri = URI.create(link);
        assertThat(uri.isOpaque() ? uri.getRawSchemeSpecificPart() : "?" + uri.getRawQuery()).isEqualTo("?" + query);
    }

    @Test
    void mailto_follows_rfc_6068() {
        String link = Services.link(Services.byId("email"), VALUES);

        // RFC 6068: no address before "?", header values percent-encoded, body line breaks as %0D%0A
        assertThat(link).startsWith("mailto:?subject=").contains("&body=").contains("%0D%0A%0D%0A")
                .doesNotContain("%0A%0A");
    }

    @Test
    void wechat_and_copy_are_the_url_itself() {
        assertThat(Services.link(Services.byId("wechat"), VALUES)).isEqualTo(URL);
        assertThat(Services.link(Services.byId("copy"), VALUES)).isEqualTo(URL);
    }

    // the services and order documented for share.services, written out here rather than read from either
    // constant, so that a service added to or dropped from one of them alone fails
    static final java.util.List<String> DOCUMENTED = java.util.List.of("wechat", "weibo", "qq", "qzone", "douban",
            "x", "facebook", "linkedin", "telegram", "whatsapp", "email", "copy");

    @Test
    void the_table_has_every_service_the_configuration_accepts_in_the_default_order() {
        assertThat(SiteConfig.Share.SERVICES).containsExactlyElementsOf(DOCUMENTED);
        assertThat(Services.ALL.stream().map(Services.Service::id)).containsExactlyElementsOf(DOCUMENTED);
        for (String id : DOCUMENTED) {
            String link = Services.link(Services.byId(id), VALUES);
            assertThat(link).as(id).matches(l -> l.equals(URL) || l.startsWith("https://") || l.startsWith("mailto:?"));
            assertThat(Icons.path(id)).as(id).matches("M[0-9MmHhVvLlCcSsQqTtAaZz .,-]+");
        }
    }

    /** The query's values, each decoded once; "+" stays "+", since the links never write one for a space. */
    static Map<String, String> query(String link) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1).replace("+", "%2B");
            values.put(pair.substring(0, equals), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }
}
