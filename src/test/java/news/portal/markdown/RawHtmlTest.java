package news.portal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.portal.image.ImageSizes;

class RawHtmlTest {

    /** Site paths become relative to a page two folders down; Markdown files become pages. */
    private static final UnaryOperator<String> RELATIVE = url -> {
        String page = url.endsWith(".md") ? url.substring(0, url.length() - 3) + ".html" : url;
        return page.startsWith("/") ? "../../" + page.substring(1) : page;
    };

    private final List<String> asked = new ArrayList<>();

    /** Knows one image, and notes every question as "url@line". */
    private final MarkdownRenderer.Images images = (url, line) -> {
        asked.add(url + "@" + line);
        return url.equals("/images/tower.jpg") ? Optional.of(new ImageSizes.Size(1600, 900)) : Optional.empty();
    };

    private String rewrite(String html) {
        return RawHtml.rewrite(html, RELATIVE, images, 1);
    }

    @Test
    void a_figure_image_gets_a_relative_address_its_size_and_lazy_loading() {
        String html = rewrite("<figure>\n  <img src=\"/images/tower.jpg\" alt=\"鼓楼\">\n  <figcaption>鼓楼</figcaption>\n</figure>\n");

        assertThat(html).isEqualTo("<figure>\n  <img src=\"../../images/tower.jpg\" alt=\"鼓楼\" width=\"1600\" "
                + "height=\"900\" loading=\"lazy\" decoding=\"async\">\n  <figcaption>鼓楼</figcaption>\n</figure>\n");
        assertThat(asked).containsExactly("/images/tower.jpg@2");
    }

    @Test
    void links_to_articles_become_their_pages_and_the_rest_of_the_tag_stays_as_written() {
        assertThat(rewrite("<A HREF='/news/wall.md' target=_blank>城墙</A>"))
                .isEqualTo("<A HREF='../../news/wall.html' target=_blank>城墙</A>");
        assertThat(rewrite("<a href=night.md>夜游</a>")).isEqualTo("<a href=\"night.html\">夜游</a>");
    }

    @Test
    void html_that_needs_no_change_is_returned_as_it_is() {
        String html = "<a href=\"https://www.news.cn/\">新华网</a><a href=\"#top\">回到顶部</a>";

        assertThat(rewrite(html)).isSameAs(html);
    }

    @Test
    void what_the_editor_wrote_on_an_image_is_kept() {
        String html = rewrite("<img src=\"/images/tower.jpg\" width=\"400\" loading=\"eager\" decoding=\"sync\"/>");

        assertThat(html).isEqualTo("<img src=\"../../images/tower.jpg\" width=\"400\" loading=\"eager\" decoding=\"sync\"/>");
    }

    @Test
    void self_closing_and_unquoted_images_stay_well_formed() {
        assertThat(rewrite("<img src=/images/tower.jpg/>"))
                .isEqualTo("<img src=\"../../images/tower.jpg/\" loading=\"lazy\" decoding=\"async\">");
        assertThat(rewrite("<img alt=\"远景\" src=\"https://img.example.cn/a.jpg\" />"))
                .isEqualTo("<img alt=\"远景\" src=\"https://img.example.cn/a.jpg\" loading=\"lazy\" decoding=\"async\" />");
    }

    @Test
    void every_candidate_of_a_srcset_is_rewritten_with_its_descriptor() {
        String html = rewrite("<picture><source srcset=\"/images/t.webp 1x,/images/t@2x.webp 2x\" type=\"image/webp\">"
                + "<img src=\"/images/tower.jpg\" srcset=\"/images/tower.jpg 1600w\" sizes=\"100vw\" alt=\"\"></picture>");

        Element picture = Jsoup.parseBodyFragment(html).selectFirst("picture");
        assertThat(picture.selectFirst("source").attr("srcset")).isEqualTo("../../images/t.webp 1x, ../../images/t@2x.webp 2x");
        assertThat(picture.selectFirst("img").attr("srcset")).isEqualTo("../../images/tower.jpg 1600w");
        assertThat(picture.selectFirst("img").attr("width")).isEqualTo("1600");
    }

    @Test
    void character_references_in_addresses_are_read_and_written_back_escaped() {
        assertThat(rewrite("<a href=\"/search.html?q=古城&amp;page=2\">搜索</a>"))
                .isEqualTo("<a href=\"../../search.html?q=古城&amp;page=2\">搜索</a>");
    }

    @Test
    void comments_are_not_read() {
        String html = "<!-- <img src=\"/images/old.jpg\"> -->";

        assertThat(rewrite(html)).isSameAs(html);
        assertThat(RawHtml.addresses(html)).isEmpty();
    }

    @Test
    void an_image_the_parser_moves_is_still_edited_in_place() {
        // a browser moves an <img> written straight inside <table> before it; the text keeps its order
        String html = rewrite("<table><tr><td><a href=\"/a.md\">甲</a></td></tr><img src=\"/images/tower.jpg\"></table>");

        assertThat(html).isEqualTo("<table><tr><td><a href=\"../../a.html\">甲</a></td></tr>"
                + "<img src=\"../../images/tower.jpg\" width=\"1600\" height=\"900\" loading=\"lazy\" decoding=\"async\"></table>");
    }

    @Test
    void the_renderer_writes_raw_html_rewritten_in_blocks_and_inline() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        String markdown = """
                第一段，<a href="/news/wall.md">城墙</a>的故事。

                <figure>
                  <img src="/images/tower.jpg" alt="鼓楼">
                  <figcaption>鼓楼夜景</figcaption>
                </figure>

                - 列表里

                  <div><img src="/images/tower.jpg" alt=""></div>
                """;

        String html = renderer.render(markdown, RELATIVE, images, 120).html();

        var body = Jsoup.parseBodyFragment(html);
        assertThat(body.selectFirst("p a").attr("href")).isEqualTo("../../news/wall.html");
        assertThat(body.select("img").eachAttr("src")).containsExactly("../../images/tower.jpg", "../../images/tower.jpg");
        assertThat(body.select("img").eachAttr("width")).containsExactly("1600", "1600");
        assertThat(html).contains("<figure>\n  <img src=\"../../images/tower.jpg\" alt=\"鼓楼\" width=\"1600\"")
                .contains("<figcaption>鼓楼夜景</figcaption>\n</figure>\n<ul>");
        assertThat(asked).containsExactlyInAnyOrder("/images/tower.jpg@4", "/images/tower.jpg@10");
    }

    @Test
    void may_link_only_for_the_tags_it_reads() {
        assertThat(RawHtml.mayLink("<IMG src=a>")).isTrue();
        assertThat(RawHtml.mayLink("<a\nhref=b>")).isTrue();
        assertThat(RawHtml.mayLink("<abbr title=x>缩写</abbr><span>文字</span> a<b")).isFalse();
    }
}
