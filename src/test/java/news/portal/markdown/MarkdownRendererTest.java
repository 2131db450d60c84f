package news.portal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.portal.frontmatter.FrontMatterParser;
import news.portal.frontmatter.Source;
import news.portal.image.ImageSizes;

class MarkdownRendererTest {

    private static final int LIMIT = 120;

    /** Site paths become relative to a page two folders down, the way the bake rewrites them. */
    private static final UnaryOperator<String> RELATIVE =
            url -> url.startsWith("/") ? "../../" + url.substring(1) : url;

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.render(markdown, UnaryOperator.identity(), LIMIT).html();
    }

    private String summary(String markdown) {
        return renderer.render(markdown, UnaryOperator.identity(), LIMIT).summary();
    }

    private static String paragraphText(String html) {
        return Jsoup.parseBodyFragment(html).selectFirst("p").text();
    }

    // --- line breaks inside a paragraph ---

    @Test
    void line_break_between_chinese_characters_produces_nothing() {
        String html = html("清晨六点，天还没亮，和田地区的气温已降到\n零下十度。");

        assertThat(html).contains("<p>清晨六点，天还没亮，和田地区的气温已降到零下十度。</p>");
        assertThat(html).doesNotContain("<br").doesNotContain("降到 零下").doesNotContain("降到\n零下");
    }

    @Test
    void line_break_after_emphasised_chinese_produces_nothing() {
        String html = html("这是**重点**\n文字。");

        assertThat(html).contains("<strong>重点</strong>文字");
        assertThat(html).doesNotContain("<br");
    }

    @Test
    void line_break_before_emphasised_chinese_produces_nothing() {
        String html = html("这是\n**重点**文字。");

        assertThat(html).contains("这是<strong>重点</strong>");
    }

    @Test
    void line_break_after_full_width_punctuation_produces_nothing() {
        String html = html("援疆干部王建国裹紧大衣，\n走出宿舍。");

        assertThat(html).contains("<p>援疆干部王建国裹紧大衣，走出宿舍。</p>");
    }

    @Test
    void line_break_between_latin_words_stays_whitespace() {
        String html = html("hello\nworld");

        assertThat(html).doesNotContain("helloworld").doesNotContain("<br");
        assertThat(html).containsPattern("hello\\s+world");
        assertThat(paragraphText(html)).isEqualTo("hello world");
    }

    @Test
    void line_break_between_chinese_and_latin_keeps_a_space() {
        assertThat(paragraphText(html("联合国教科文组织\nUNESCO 认定"))).isEqualTo("联合国教科文组织 UNESCO 认定");
        assertThat(paragraphText(html("来自 UNESCO\n的专家"))).isEqualTo("来自 UNESCO 的专家");
    }

    @Test
    void line_break_between_hangul_words_stays_whitespace() {
        assertThat(paragraphText(html("서울\n여행"))).isEqualTo("서울 여행");
    }

    @Test
    void line_break_between_chinese_in_emphasis_and_links_joins() {
        assertThat(paragraphText(html("**重点**\n**文字**"))).isEqualTo("重点文字");
        assertThat(paragraphText(html("[链接](a.html)\n文字"))).isEqualTo("链接文字");
        assertThat(paragraphText(html("文字\n[链接](a.html)"))).isEqualTo("文字链接");
    }

    @Test
    void line_break_between_emphasised_chinese_and_latin_stays_a_space() {
        assertThat(paragraphText(html("**重点**\nword"))).isEqualTo("重点 word");
        assertThat(paragraphText(html("word\n**重点**"))).isEqualTo("word 重点");
    }

    @Test
    void hard_line_break_stays_a_break() {
        String html = html("第一行\\\n第二行");

        // one paragraph, the break between the two lines and nothing else: no backslash left, no joining
        org.jsoup.select.Elements paragraphs = Jsoup.parseBodyFragment(html).select("p");
        assertThat(paragraphs).hasSize(1);
        assertThat(paragraphs.first().childNodes()).extracting(org.jsoup.nodes.Node::nodeName)
                .containsExactly("#text", "br", "#text");
        assertThat(paragraphs.first().textNodes()).extracting(t -> t.text().strip()).containsExactly("第一行", "第二行");
    }

    @Test
    void full_width_indent_at_paragraph_start_is_kept() {
        String html = html("　　清晨六点，天还没亮。\n\n　　他走出宿舍。");

        assertThat(html).contains("<p>　　清晨六点，天还没亮。</p>").contains("<p>　　他走出宿舍。</p>");
    }

    // --- extensions ---

    @Test
    void renders_tables() {
        String html = html("""
                | 地区 | 援疆干部 |
                |------|---------|
                | 和田 | 12 |
                | 喀什 | 8 |
                """);

        Element table = Jsoup.parseBodyFragment(html).selectFirst("table");
        assertThat(table).isNotNull();
        assertThat(table.select("th").eachText()).containsExactly("地区", "援疆干部");
        assertThat(table.select("td").eachText()).containsExactly("和田", "12", "喀什", "8");
    }

    @Test
    void renders_strikethrough_as_del() {
        assertThat(html("原定~~周五~~周六开幕。")).contains("<del>周五</del>");
    }

    @Test
    void turns_bare_addresses_into_links() {
        String html = html("详情请访问 https://www.example.com/news 了解。");

        assertThat(html).contains("<a href=\"https://www.example.com/news\">https://www.example.com/news</a>");
    }

    @Test
    void renders_footnotes() {
        String html = html("艾德莱斯绸[^1]是维吾尔族的传统织物。\n\n[^1]: 一种扎经染色的丝绸。\n");

        var doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a.footnote-ref")).hasSize(1);
        assertThat(doc.select(".footnotes li").text()).contains("一种扎经染色的丝绸。");
    }

    @Test
    void fenced_code_gets_a_language_class() {
        String html = html("```json\n{\"城市\": \"乌鲁木齐\"}\n```\n");

        Element code = Jsoup.parseBodyFragment(html).selectFirst("pre > code");
        assertThat(code).isNotNull();
        assertThat(code.hasClass("language-json")).isTrue();
        assertThat(code.text()).isEqualTo("{\"城市\": \"乌鲁木齐\"}");
    }

    @Test
    void line_breaks_inside_fenced_code_are_kept() {
        String html = html("```\n第一行\n第二行\n```\n");

        assertThat(html).contains("第一行\n第二行");
    }

    @Test
    void headings_get_ids() {
        String html = html("## Travel Tips\n\n## 交通指南\n");

        var headings = Jsoup.parseBodyFragment(html).select("h2");
        assertThat(headings).hasSize(2);
        assertThat(headings.get(0).id()).isEqualTo("travel-tips");
        assertThat(headings.get(1).id()).isNotBlank();
    }

    // --- link rewriting ---

    @Test
    void rewrites_link_and_image_addresses() {
        String html = renderer.render("[上一篇](/news/2025/11/a.html)，![昆仑山](/images/kunlun.jpg)",
                RELATIVE, LIMIT).html();

        var doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.selectFirst("a").attr("href")).isEqualTo("../../news/2025/11/a.html");
        assertThat(doc.selectFirst("img").attr("src")).isEqualTo("../../images/kunlun.jpg");
    }

    @Test
    void rewriter_leaves_addresses_it_returns_unchanged() {
        String html = renderer.render("[新华网](https://www.news.cn/) 和 [本页](#section)", RELATIVE, LIMIT).html();

        var links = Jsoup.parseBodyFragment(html).select("a");
        assertThat(links.eachAttr("href")).containsExactly("https://www.news.cn/", "#section");
    }

    @Test
    void rewriter_sees_only_link_and_image_addresses() {
        List<String> seen = new ArrayList<>();
        String html = renderer.render("""
                ## /标题/路径

                路径写作 /news/a.html，代码 `/etc/hosts`，[链接](/news/b.html)，![图](/images/c.jpg)。

                ```
                /var/log
                ```
                """, url -> {
                    seen.add(url);
                    return RELATIVE.apply(url);
                }, LIMIT).html();

        assertThat(seen).containsExactlyInAnyOrder("/news/b.html", "/images/c.jpg");
        assertThat(html).contains("路径写作 /news/a.html").contains("<code>/etc/hosts</code>")
                .contains("/var/log").contains("/标题/路径");
    }

    @Test
    void rewrites_reference_style_links_and_images() {
        String html = renderer.render("""
                详见[上一篇报道][旧闻]，![昆仑山][图]

                [旧闻]: /news/2025/11/a.html
                [图]: /images/kunlun.jpg
                """, RELATIVE, LIMIT).html();

        var doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.selectFirst("a").attr("href")).isEqualTo("../../news/2025/11/a.html");
        assertThat(doc.selectFirst("img").attr("src")).isEqualTo("../../images/kunlun.jpg");
    }

    // --- image sizes and lazy loading ---

    /** Knows two images, and notes every question it was asked as "url@line". */
    private static final class KnownImages implements MarkdownRenderer.Images {
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<ImageSizes.Size> size(String url, int line) {
            asked.add(url + "@" + line);
            return switch (url) {
                case "/images/kunlun.jpg" -> Optional.of(new ImageSizes.Size(1200, 800));
                case "ye-jing.png" -> Optional.of(new ImageSizes.Size(640, 360));
                default -> Optional.empty();
            };
        }
    }

    @Test
    void images_get_their_size_and_load_lazily() {
        String html = renderer.render("昆仑山下。\n\n![援疆干部在昆仑山下](/images/kunlun.jpg \"昆仑\")", RELATIVE,
                new KnownImages(), LIMIT).html();

        Element img = Jsoup.parseBodyFragment(html).selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("../../images/kunlun.jpg");
        assertThat(img.attr("alt")).isEqualTo("援疆干部在昆仑山下");
        assertThat(img.attr("title")).isEqualTo("昆仑");
        assertThat(img.attr("width")).isEqualTo("1200");
        assertThat(img.attr("height")).isEqualTo("800");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("decoding")).isEqualTo("async");
    }

    @Test
    void sizes_are_asked_for_by_the_address_as_written_with_its_line() {
        KnownImages images = new KnownImages();
        renderer.render("""
                第一段。

                ![夜景](ye-jing.png)

                再看 ![昆仑][图] 和 [一个链接](/news/a.html)。

                [图]: /images/kunlun.jpg
                """, url -> "rewritten/" + url, images, LIMIT);

        assertThat(images.asked).containsExactlyInAnyOrder("ye-jing.png@3", "/images/kunlun.jpg@5");
    }

    @Test
    void reference_style_images_and_images_inside_links_get_their_size_too() {
        String html = renderer.render("""
                ![昆仑][图]，[![夜景](ye-jing.png)](/news/a.html)

                [图]: /images/kunlun.jpg
                """, RELATIVE, new KnownImages(), LIMIT).html();

        var images = Jsoup.parseBodyFragment(html).select("img");
        assertThat(images.eachAttr("width")).containsExactly("1200", "640");
        assertThat(images.eachAttr("height")).containsExactly("800", "360");
        assertThat(images.eachAttr("loading")).containsExactly("lazy", "lazy");
        assertThat(Jsoup.parseBodyFragment(html).selectFirst("a").hasAttr("loading")).isFalse();
    }

    @Test
    void the_same_image_twice_gets_its_size_both_times() {
        String html = renderer.render("![一](ye-jing.png)\n\n![二](ye-jing.png)", RELATIVE, new KnownImages(), LIMIT)
                .html();

        assertThat(Jsoup.parseBodyFragment(html).select("img").eachAttr("width")).containsExactly("640", "640");
    }

    @Test
    void an_image_of_unknown_size_still_loads_lazily_without_width_and_height() {
        String html = renderer.render("![远程图片](https://img.example.cn/a.jpg)", RELATIVE, new KnownImages(), LIMIT)
                .html();

        Element img = Jsoup.parseBodyFragment(html).selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("https://img.example.cn/a.jpg");
        assertThat(img.hasAttr("width")).isFalse();
        assertThat(img.hasAttr("height")).isFalse();
        assertThat(img.attr("loading")).isEqualTo("lazy");
    }

    @Test
    void without_an_image_lookup_images_have_no_size() {
        Element img = Jsoup.parseBodyFragment(html("![昆仑](/images/kunlun.jpg)")).selectFirst("img");

        assertThat(img.hasAttr("width")).isFalse();
        assertThat(img.attr("loading")).isEqualTo("lazy");
    }

    // --- summary ---

    @Test
    void summary_is_the_text_before_the_more_marker() {
        String summary = summary("""
                　　新疆非遗周今天开幕。

                <!--more-->

                　　来自全疆的两百余位传承人参加。
                """);

        assertThat(summary).isEqualTo("新疆非遗周今天开幕。");
    }

    @Test
    void summary_before_the_more_marker_is_not_cut_to_the_limit() {
        String first = "新疆非遗周今天开幕，来自全疆的两百余位传承人带来了艾德莱斯绸、维吾尔族木卡姆等展示项目。".repeat(4);
        String summary = summary(first + "\n\n<!--more-->\n\n后文。");

        assertThat(summary.codePointCount(0, summary.length())).isGreaterThan(LIMIT);
        assertThat(summary).isEqualTo(first);
    }

    @Test
    void summary_keeps_every_paragraph_before_a_more_marker_however_long() {
        String first = "第一段" + "很长的文字".repeat(20) + "。";
        String second = "第二段" + "也很长的文字".repeat(20) + "。";

        String summary = summary(first + "\n\n" + second + "\n\n<!--more-->\n\n第三段。");

        assertThat(summary).isEqualTo(first + second);
    }

    @Test
    void summary_finds_a_more_marker_inside_a_quote() {
        assertThat(summary("> 引文第一句。<!--more-->引文第二句。\n\n正文。")).isEqualTo("引文第一句。");
    }

    @Test
    void summary_without_a_marker_ends_with_the_paragraph_that_reaches_the_limit() {
        String paragraph = "这是一段六十个字左右的文字，" + "用来凑足长度".repeat(7) + "。";

        String summary = summary(paragraph + "\n\n" + paragraph + "\n\n第三段不会出现。");

        assertThat(summary).doesNotContain("第三段").startsWith(paragraph);
    }

    @Test
    void summary_before_an_inline_more_marker() {
        assertThat(summary("第一句。<!--more-->第二句。")).isEqualTo("第一句。");
    }

    @Test
    void summary_of_a_fixture_article_joins_wrapped_chinese_lines() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/frontmatter/article.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Source source = new FrontMatterParser("~~~~~~").parse("content/article.md", text);

        String summary = renderer.render(source.body(), RELATIVE, LIMIT).summary();

        assertThat(summary).isEqualTo("清晨六点，天还没亮，和田地区的气温已降到零下十度。援疆干部王建国裹紧大衣，"
                + "走出宿舍，开始了他在昆仑山下的又一天。");
    }

    @Test
    void summary_without_marker_is_cut_at_a_sentence_end_within_the_limit() {
        String sentence = "新疆非遗周在乌鲁木齐开幕，两百余位传承人参加展示。"; // 25 characters
        assertThat(sentence.codePointCount(0, sentence.length())).isEqualTo(25);
        String summary = summary(sentence.repeat(3) + "\n\n" + sentence.repeat(3));

        assertThat(summary.codePointCount(0, summary.length())).isLessThanOrEqualTo(LIMIT);
        assertThat(summary).endsWith("。");
        assertThat(summary).isEqualTo(sentence.repeat(4)); // the paragraphs join without a space, as Chinese does
    }

    @Test
    void summary_cut_respects_exclamation_and_question_marks() {
        String text = "你去过喀什古城吗？".repeat(10) + "这里的夜景太美了！".repeat(10);
        String summary = summary(text);

        assertThat(summary.codePointCount(0, summary.length())).isLessThanOrEqualTo(LIMIT);
        assertThat(summary).endsWith("！");
        assertThat(text).startsWith(summary);
    }

    @Test
    void short_text_is_the_whole_summary() {
        assertThat(summary("　　天池位于天山博格达峰北侧")).isEqualTo("天池位于天山博格达峰北侧");
    }

    @Test
    void summary_without_any_sentence_end_is_cut_at_the_limit_with_an_ellipsis() {
        String summary = summary("昆".repeat(300));

        assertThat(summary).isEqualTo("昆".repeat(LIMIT) + "…");
    }

    @Test
    void summary_is_plain_text_without_markup() {
        String summary = summary("**重点**和[链接](/news/a.html)以及<span class=\"x\">行内</span>、*强调*、~~删除~~。");

        assertThat(summary).isEqualTo("重点和链接以及行内、强调、删除。");
        assertThat(summary).doesNotContain("<").doesNotContain("*").doesNotContain("[").doesNotContain("~");
    }

    @Test
    void summary_of_inline_code_has_no_backticks() {
        String summary = summary("在配置文件中写上 `draft: true` 即可。");

        assertThat(summary).isEqualTo("在配置文件中写上 draft: true 即可。");
    }

    @Test
    void summary_keeps_characters_written_as_entities() {
        String summary = summary("他说&mdash;&mdash;这里是AT&amp;T的展台。");

        assertThat(summary).isEqualTo("他说——这里是AT&T的展台。");
    }

    @Test
    void summary_leaves_out_images_headings_tables_and_footnotes() {
        String summary = summary("""
                # 巍巍昆仑

                ![援疆干部在昆仑山下](/images/kunlun.jpg)

                | 地区 | 人数 |
                |------|------|
                | 和田 | 12 |

                援疆干部来到和田[^1]。

                [^1]: 新疆南部的地区。
                """);

        assertThat(summary).isEqualTo("援疆干部来到和田。");
    }

    @Test
    void summary_joins_chinese_line_breaks_and_keeps_latin_ones_as_spaces() {
        assertThat(summary("第一行\n第二行。")).isEqualTo("第一行第二行。");
        assertThat(summary("hello\nworld")).isEqualTo("hello world");
        assertThat(summary("来自\nUNESCO 的专家")).isEqualTo("来自 UNESCO 的专家");
    }

    @Test
    void summary_joins_chinese_paragraphs_without_a_space_and_latin_ones_with_one() {
        assertThat(summary("展期将持续至10月底。\n\n走进展厅，首先看到一件圆鼎。")).isEqualTo("展期将持续至10月底。走进展厅，首先看到一件圆鼎。");
        assertThat(summary("The fair opens today.\n\nEntry is free.")).isEqualTo("The fair opens today. Entry is free.");
        assertThat(summary("开幕式由 UNESCO\n\n代表主持。")).isEqualTo("开幕式由 UNESCO 代表主持。");
        assertThat(summary("第一段\n\n第二段<!--more-->\n\n第三段")).isEqualTo("第一段第二段");
    }

    @Test
    void summary_of_a_photo_story_is_its_caption() {
        assertThat(summary("<figure>\n  <img src=\"/a.jpg\" alt=\"灯会\">\n  <figcaption>元宵灯会，<b>江滨</b>公园</figcaption>\n</figure>\n"))
                .isEqualTo("元宵灯会，江滨公园");
        assertThat(summary("<figure><img src=\"/a.jpg\" alt=\"\"><figcaption>图注</figcaption></figure>\n\n正文第一段。"))
                .isEqualTo("正文第一段。");
    }

    @Test
    void summary_of_a_body_with_only_images_is_empty() {
        assertThat(summary("![图一](/a.jpg)\n\n![图二](/b.jpg)")).isEmpty();
    }

    @Test
    void tables_scroll_in_a_focusable_labelled_box() {
        String html = html("| 场馆 | 开放时间 |\n|---|---|\n| 市博物馆 | 9:00—17:00 |\n");

        org.jsoup.nodes.Element box = Jsoup.parseBodyFragment(html).selectFirst("div.table-scroll");
        assertThat(box).isNotNull();
        assertThat(box.attr("role")).isEqualTo("region");
        assertThat(box.attr("tabindex")).isEqualTo("0");
        assertThat(box.attr("aria-label")).isNotBlank();
        assertThat(box.select("> table.table td").eachText()).containsExactly("市博物馆", "9:00—17:00");
    }
}
