package news.portal.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://news.example.cn/2025/11/night-show.html",
            "https://news.example.cn/2025/11/a-rather-long-pinyin-slug-for-a-feature-story-about-the-silk-road-tea-route-2.html",
            "https://新闻.example.cn/2025/11/古城.html"})
    void decodes_to_exactly_the_text_encoded(String url) {
        QrCode.Drawing drawing = QrCode.of(url);

        assertThat(QrReader.decode(drawing.size(), drawing.path())).isEqualTo(url);
    }

    @Test
    void has_a_four_module_quiet_zone_on_every_side() {
        QrCode.Drawing drawing = QrCode.of("https://news.example.cn/2025/11/night-show.html");
        int modules = drawing.size() - 2 * QrCode.QUIET_ZONE;

        // version 1 is 21 modules, each version 4 more
        assertThat((modules - 21) % 4).isZero();
        assertThat(drawing.path()).startsWith("M4 4h7v1h-7z");
        int maxX = 0;
        int maxY = 0;
        for (String run : drawing.path().split("z")) {
            String[] xy = run.substring(1, run.indexOf('h')).split(" ");
            int width = Integer.parseInt(run.substring(run.indexOf('h') + 1, run.indexOf('v')));
            assertThat(Integer.parseInt(xy[0])).isGreaterThanOrEqualTo(QrCode.QUIET_ZONE);
            maxX = Math.max(maxX, Integer.parseInt(xy[0]) + width);
            maxY = Math.max(maxY, Integer.parseInt(xy[1]) + 1);
        }
        assertThat(maxX).isEqualTo(drawing.size() - QrCode.QUIET_ZONE);
        assertThat(maxY).isEqualTo(drawing.size() - QrCode.QUIET_ZONE);
    }

    @Test
    void every_address_length_scans_at_the_first_attempt() {
        // addresses of 30 to 330 characters, QR versions 3 to 13: a fixed mask fails some of them (mask 2: 3 of 300)
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            slug.append((char) ('a' + (i * 7 + i / 26) % 26));
            if (i % 5 == 4) {
                slug.append('-');
            }
            String url = "https://news.example.cn/2025/11/" + slug + ".html";
            QrCode.Drawing drawing = QrCode.of(url);

            assertThat(QrReader.decodeQuickly(drawing.size(), drawing.path())).as(url).isEqualTo(url);
        }
    }

    @Test
    void is_the_same_every_time() {
        String url = "https://news.example.cn/2025/11/night-show.html";

        assertThat(QrCode.of(url)).isEqualTo(QrCode.of(url));
    }
}
