package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbsoluteLinksTest {

    static final String PAGE = "https://news.example.cn/2025/11/gu-cheng.html";

    @Test
    void makes_relative_links_and_images_absolute_to_the_article() {
        String html = AbsoluteLinks.rewrite("<p><a href=\"../10/qiu-se.html#lu-xian\">秋色</a>"
                + "<img src=\"../../images/a.png\" alt=\"图\" srcset=\"../../images/a.png 1x, ../../images/a@2x.png 2x\"></p>",
                PAGE);

        assertThat(html).contains("href=\"https://news.example.cn/2025/10/qiu-se.html#lu-xian\"")
                .contains("src=\"https://news.example.cn/images/a.png\"")
                .contains("srcset=\"https://news.example.cn/images/a.png 1x, https://news.example.cn/images/a@2x.png 2x\"");
    }

    @Test
    void leaves_absolute_links_fragments_and_mail_alone_and_keeps_text() {
        String html = AbsoluteLinks.rewrite("<p>古城 &amp; 夜游 <a href=\"https://example.org/x?a=1&amp;b=2\">外链</a>"
                + " <a href=\"mailto:tips@news.example.cn\">投稿</a> <a href=\"#zhu-1\">注1</a></p>", PAGE);

        assertThat(html).contains("古城 &amp; 夜游").contains("href=\"https://example.org/x?a=1&amp;b=2\"")
                .contains("href=\"mailto:tips@news.example.cn\"")
                .contains("href=\"" + PAGE + "#zhu-1\"");
    }
}
