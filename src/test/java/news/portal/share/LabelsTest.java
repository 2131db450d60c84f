package news.portal.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.portal.config.SiteConfig;

class LabelsTest {

    @ParameterizedTest
    @CsvSource({
            "zh-CN, 分享到:, 复制链接, 微信扫一扫：分享",
            "zh, 分享到:, 复制链接, 微信扫一扫：分享",
            "zh-Hans-CN, 分享到:, 复制链接, 微信扫一扫：分享",
            "zh-TW, 分享到:, 複製連結, 微信掃一掃：分享",
            "zh-HK, 分享到:, 複製連結, 微信掃一掃：分享",
            "zh-Hant, 分享到:, 複製連結, 微信掃一掃：分享",
            "en-US, Share:, Copy link, Scan with WeChat to share",
            "fr, 分享到:, 复制链接, 微信扫一扫：分享"})
    void follow_the_site_language(String language, String heading, String copy, String hint) {
        assertThat(Labels.of(language)).containsEntry("heading", heading).containsEntry("copy", copy)
                .containsEntry("wechat_hint", hint);
    }

    @Test
    void every_language_names_every_service_and_message() {
        for (String language : new String[] {"zh-CN", "zh-TW", "en"}) {
            assertThat(Labels.of(language).keySet()).as(language)
                    .containsAll(SiteConfig.Share.SERVICES)
                    .contains("heading", "region", "system", "show_qr", "wechat_hint", "qr_title", "new_window",
                            "copied", "copy_failed")
                    .hasSameSizeAs(Labels.of("zh-CN").keySet());
        }
    }
}
