package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.problem.Problem;

/**
 * The addresses of tags and sections, and of every document on a plain JBake site: what a reader sees in
 * the address bar and what other sites link to. {@link AddressesPropertyTest} covers articles' own addresses.
 */
class AddressesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();

    private static Document article(String file, int day, List<String> tags, Optional<String> section) {
        return new Document(file, Document.Kind.ARTICLE, "古城夜游",
                ZonedDateTime.of(2025, 11, day, 9, 0, 0, 0, SHANGHAI), false, Optional.empty(), tags, section,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Map.of(), "正文", 5, Map.of("title", 2));
    }

    private Addresses portal(List<Document> documents) {
        Addresses addresses = new Addresses(SiteConfig.load(TestSites.create(dir, "/fixtures/bake/site")), problems,
                Slugs::of);
        addresses.assign(documents);
        return addresses;
    }

    private Addresses jbake(String properties, List<Document> documents) throws IOException {
        Path site = Files.createDirectories(dir.resolve("jbake"));
        Files.createDirectories(site.resolve("content"));
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("jbake.properties"), properties);
        Addresses addresses = new Addresses(SiteConfig.load(site), problems, Slugs::of);
        addresses.assign(documents);
        return addresses;
    }

    @Test
    void a_section_is_a_page_under_sections_found_by_any_spelling_of_its_name() {
        Addresses addresses = portal(List.of(article("news/a.md", 1, List.of(), Optional.of("非遗传承"))));

        assertThat(addresses.section("非遗传承")).isEqualTo(new Term("非遗传承", "fei-yi-chuan-cheng",
                "sections/fei-yi-chuan-cheng.html"));
        assertThat(addresses.section(" 非遗传承 ")).isEqualTo(addresses.section("非遗传承"));
        assertThat(addresses.section("文旅资讯")).as("a section no article names").isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void tags_with_one_pinyin_get_numbered_addresses_the_older_article_keeping_the_plain_one() {
        Document newer = article("news/b.md", 2, List.of("故城"), Optional.empty());
        Document older = article("news/a.md", 1, List.of("古城"), Optional.empty());

        Addresses addresses = portal(List.of(newer, older));

        assertThat(addresses.tag("古城").uri()).isEqualTo("tags/gu-cheng.html");
        assertThat(addresses.tag("故城")).isEqualTo(new Term("故城", "gu-cheng-2", "tags/gu-cheng-2.html"));
        assertThat(problems).isEmpty();
    }

    @Test
    void a_third_tag_with_the_same_pinyin_is_numbered_three() {
        Addresses addresses = portal(List.of(article("news/a.md", 1, List.of("古城", "故城", "鼓城"), Optional.empty())));

        assertThat(List.of(addresses.tag("古城").uri(), addresses.tag("故城").uri(), addresses.tag("鼓城").uri()))
                .containsExactlyInAnyOrder("tags/gu-cheng.html", "tags/gu-cheng-2.html", "tags/gu-cheng-3.html");
    }

    @Test
    void a_tag_never_takes_the_tag_index_and_a_tag_without_letters_still_gets_an_address() {
        Addresses addresses = portal(List.of(article("news/a.md", 1, List.of("index", "★", "☆"), Optional.empty())));

        assertThat(addresses.tag("index")).isEqualTo(new Term("index", "index-2", "tags/index-2.html"));
        assertThat(addresses.tag("★").uri()).isEqualTo("tags/t.html");
        assertThat(addresses.tag("☆").uri()).isEqualTo("tags/t-2.html");
    }

    @Test
    void tags_differing_in_width_case_or_spacing_are_one_tag_named_as_first_written() {
        Addresses addresses = portal(List.of(article("news/a.md", 1, List.of("ＡＩ  导览"), Optional.empty()),
                article("news/b.md", 2, List.of("ai 导览"), Optional.empty())));

        assertThat(addresses.tag("AI 导览")).isEqualTo(new Term("AI 导览", "ai-dao-lan", "tags/ai-dao-lan.html"));
        assertThat(addresses.tag("ai导览")).as("spacing that is not there is not ignored").isNull();
    }

    @Test
    void a_jbake_document_keeps_its_path_with_the_extension_replaced_and_its_file_name_encoded() throws IOException {
        Document plain = article("blog/2024/first-post.md", 1, List.of(), Optional.empty());
        Document chinese = article("blog/古城 夜游.md", 1, List.of(), Optional.empty());
        Document top = article("about", 1, List.of(), Optional.empty());

        Addresses addresses = jbake("", List.of(plain, chinese, top));

        assertThat(addresses.uri(plain)).isEqualTo("blog/2024/first-post.html");
        assertThat(addresses.uri(chinese)).isEqualTo("blog/%E5%8F%A4%E5%9F%8E+%E5%A4%9C%E6%B8%B8.html");
        assertThat(addresses.uri(top)).isEqualTo("about.html");
        assertThat(addresses.uriOfFile("blog/2024/first-post.md")).hasValue("blog/2024/first-post.html");
        assertThat(problems).isEmpty();
    }

    @Test
    void with_no_extension_only_documents_under_the_prefix_get_a_folder_of_their_own() throws IOException {
        Document post = article("blog/2024/first-post.md", 1, List.of(), Optional.empty());
        Document about = article("about.md", 1, List.of(), Optional.empty());

        Addresses addresses = jbake("uri.noExtension=true\nuri.noExtension.prefix= /blog \n", List.of(post, about));

        assertThat(addresses.uri(post)).isEqualTo("blog/2024/first-post/index.html");
        assertThat(addresses.uri(about)).isEqualTo("about.html");
    }

    @Test
    void no_extension_without_a_prefix_changes_no_address() throws IOException {
        Document post = article("blog/first-post.md", 1, List.of(), Optional.empty());

        assertThat(jbake("uri.noExtension=true\n", List.of(post)).uri(post)).isEqualTo("blog/first-post.html");
    }

    @Test
    void two_jbake_documents_writing_one_page_are_an_error_naming_both_and_the_first_by_name_keeps_it()
            throws IOException {
        Document html = article("blog/a.html", 1, List.of(), Optional.empty());
        Document markdown = article("blog/a.md", 1, List.of(), Optional.empty());

        Addresses addresses = jbake("", List.of(markdown, html));

        assertThat(addresses.uri(html)).isEqualTo("blog/a.html");
        assertThat(addresses.uri(markdown)).isNull();
        assertThat(addresses.wanted(markdown)).isEqualTo("blog/a.html");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/blog/a.md");
            assertThat(p.message()).contains("content/blog/a.html", "blog/a.html");
        });
    }

    @Test
    void jbake_tags_keep_their_names_with_spaces_turned_into_hyphens_only_when_asked() throws IOException {
        Document document = article("blog/a.md", 1, List.of("海港 夜景"), Optional.empty());

        assertThat(jbake("", List.of(document)).tag("海港 夜景"))
                .isEqualTo(new Term("海港 夜景", "海港 夜景", "tags/海港 夜景.html"));
        Addresses sanitized = jbake("tag.sanitize=true\n", List.of(document));
        assertThat(sanitized.tag("海港 夜景")).isEqualTo(new Term("海港-夜景", "海港-夜景", "tags/海港-夜景.html"));
        assertThat(sanitized.section("海港 夜景")).isNull();
    }
}
