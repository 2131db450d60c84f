package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import news.portal.config.SiteConfig;
import news.portal.frontmatter.FrontMatterParser;
import news.portal.problem.Problem;

class DocumentReaderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final FrontMatterParser PARSER = new FrontMatterParser("~~~~~~");

    private final DocumentReader reader = new DocumentReader(SHANGHAI,
            new SiteConfig.Sources("~~~~~~", "yyyy-MM-dd", "", "draft", ".jbakeignore"));
    private final List<Problem> problems = new ArrayList<>();

    private Optional<Document> read(String text) {
        return reader.read("content/a.md", "a.md", PARSER.parse("content/a.md", text), problems);
    }

    private Document readValid(String text) {
        Optional<Document> document = read(text);
        assertThat(problems).isEmpty();
        assertThat(document).isPresent();
        return document.get();
    }

    private static String fixture(String name) {
        try (InputStream in = DocumentReaderTest.class.getResourceAsStream("/fixtures/frontmatter/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void reads_a_complete_article() {
        Document doc = readValid("""
                ---
                title: 巍巍昆仑：援疆干部的高原一天
                date: 2025-11-28 12:24
                updated: 2025-11-29T08:00:00+08:00
                tags: [援疆, 昆仑山]
                category: 新闻
                summary: 一位援疆干部在和田的一天。
                cover: /images/kunlun.jpg
                author: 李明
                source: 新疆日报
                slug: wei-wei-kun-lun
                ---

                　　清晨六点，天还没亮。
                """);

        assertThat(doc.file()).isEqualTo("a.md");
        assertThat(doc.kind()).isEqualTo(Document.Kind.ARTICLE);
        assertThat(doc.title()).isEqualTo("巍巍昆仑：援疆干部的高原一天");
        assertThat(doc.date()).isEqualTo(ZonedDateTime.of(2025, 11, 28, 12, 24, 0, 0, SHANGHAI));
        assertThat(doc.updated()).contains(ZonedDateTime.of(2025, 11, 29, 8, 0, 0, 0, SHANGHAI));
        assertThat(doc.tags()).containsExactly("援疆", "昆仑山");
        assertThat(doc.section()).contains("新闻");
        assertThat(doc.summary()).contains("一位援疆干部在和田的一天。");
        assertThat(doc.cover()).contains("/images/kunlun.jpg");
        assertThat(doc.author()).contains("李明");
        assertThat(doc.source()).contains("新疆日报");
        assertThat(doc.slug()).contains("wei-wei-kun-lun");
        assertThat(doc.draft()).isFalse();
        assertThat(doc.extra()).isEmpty();
        assertThat(doc.markdown()).isEqualTo("\n　　清晨六点，天还没亮。\n");
        assertThat(doc.bodyLine()).isEqualTo(13);
        assertThat(doc.lineOf("slug")).isEqualTo(11);
        assertThat(doc.lineOf("date")).isEqualTo(3);
        assertThat(doc.lineOf("nothing")).isEqualTo(1);
    }

    @Test
    void reads_the_fixture_article_with_its_draft_flag_and_empty_cover() {
        Optional<Document> document = reader.read("content/article.md", "article.md",
                PARSER.parse("content/article.md", fixture("article.md")), problems);

        assertThat(problems).isEmpty();
        Document doc = document.orElseThrow();
        assertThat(doc.draft()).isTrue();
        assertThat(doc.cover()).isEmpty();
        assertThat(doc.date()).isEqualTo(ZonedDateTime.of(2025, 11, 28, 12, 24, 0, 0, SHANGHAI));
        assertThat(doc.tags()).containsExactly("援疆", "昆仑山");
    }

    @Test
    void optional_fields_may_be_left_out() {
        Document doc = readValid("---\ntitle: 标题\ndate: 2025-11-28\n---\n正文");

        assertThat(doc.updated()).isEmpty();
        assertThat(doc.tags()).isEmpty();
        assertThat(doc.section()).isEmpty();
        assertThat(doc.slug()).isEmpty();
        assertThat(doc.draft()).isFalse();
        assertThat(doc.kind()).isEqualTo(Document.Kind.ARTICLE);
    }

    @Test
    void tags_may_be_a_comma_separated_text_with_full_width_and_ascii_commas() {
        Document doc = readValid("---\ntitle: 标题\ndate: 2025-11-28\ntags: 援疆，非遗,昆仑山\n---\n正文");

        assertThat(doc.tags()).containsExactly("援疆", "非遗", "昆仑山");
    }

    @Test
    void blank_and_repeated_tags_are_dropped() {
        Document doc = readValid("---\ntitle: 标题\ndate: 2025-11-28\ntags: 援疆， ，援疆, 非遗 ,\n---\n正文");

        assertThat(doc.tags()).containsExactly("援疆", "非遗");
    }

    @Test
    void rejects_tags_written_as_a_mapping_naming_the_line() {
        Optional<Document> doc = read("""
                ---
                title: 标题
                date: 2025-11-28
                tags:
                  地区: 新疆
                ---
                正文
                """);

        assertThat(doc).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("tags");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.file()).isEqualTo("content/a.md");
        });
    }

    @Test
    void rejects_a_tag_that_is_itself_a_list() {
        Optional<Document> doc = read("---\ntitle: 标题\ndate: 2025-11-28\ntags:\n  - 援疆\n  - [非遗, 新疆]\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("tags");
            assertThat(p.message()).contains("第 2 项");
        });
    }

    @Test
    void rejects_front_matter_without_title() {
        Optional<Document> doc = read("---\ndate: 2025-11-28\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("title");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("title");
        });
    }

    @Test
    void rejects_an_empty_title_on_its_line() {
        Optional<Document> doc = read("---\ndate: 2025-11-28\ntitle:\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).extracting(Problem::field, Problem::line).containsExactly(tuple("title", 3));
    }

    @Test
    void rejects_a_blank_quoted_title() {
        Optional<Document> doc = read("---\ndate: 2025-11-28\ntitle: \"  \"\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).extracting(Problem::field, Problem::line).containsExactly(tuple("title", 3));
    }

    @Test
    void rejects_a_title_that_is_a_list() {
        Optional<Document> doc = read("---\ntitle: [甲, 乙]\ndate: 2025-11-28\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).extracting(Problem::field, Problem::line).containsExactly(tuple("title", 2));
    }

    @Test
    void rejects_front_matter_without_date() {
        Optional<Document> doc = read("---\ntitle: 标题\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("date");
            assertThat(p.message()).contains("date");
        });
    }

    @Test
    void rejects_an_empty_quoted_date() {
        Optional<Document> doc = read("---\ntitle: 标题\ndate: \"\"\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).extracting(Problem::field, Problem::line).containsExactly(tuple("date", 3));
    }

    @Test
    void rejects_an_unparseable_date_naming_field_and_line() {
        Optional<Document> doc = read("---\ntitle: 标题\ntags: [援疆]\ndate: 2024-13-45\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("date");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("13 月");
        });
    }

    @Test
    void rejects_an_unparseable_updated_date() {
        Optional<Document> doc = read("---\ntitle: 标题\ndate: 2025-11-28\nupdated: 昨天\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).extracting(Problem::field, Problem::line).containsExactly(tuple("updated", 4));
    }

    @Test
    void draft_accepts_true_false_yes_and_no() {
        assertThat(readValid("---\ntitle: 标题\ndate: 2025-11-28\ndraft: true\n---\n").draft()).isTrue();
        assertThat(readValid("---\ntitle: 标题\ndate: 2025-11-28\ndraft: yes\n---\n").draft()).isTrue();
        assertThat(readValid("---\ntitle: 标题\ndate: 2025-11-28\ndraft: false\n---\n").draft()).isFalse();
        assertThat(readValid("---\ntitle: 标题\ndate: 2025-11-28\ndraft: No\n---\n").draft()).isFalse();
    }

    @Test
    void rejects_draft_that_is_neither_true_nor_false() {
        Optional<Document> doc = read("---\ntitle: 标题\ndate: 2025-11-28\ndraft: maybe\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("draft");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("maybe");
        });
    }

    @Test
    void rejects_a_slug_that_is_not_a_slug() {
        Optional<Document> doc = read("---\ntitle: 标题\ndate: 2025-11-28\nslug: Bad Slug\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("slug");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("Bad Slug");
        });
    }

    @Test
    void type_page_makes_a_page() {
        Document doc = readValid("---\ntitle: 关于我们\ndate: 2025-01-01\ntype: page\n---\n正文");

        assertThat(doc.kind()).isEqualTo(Document.Kind.PAGE);
    }

    @Test
    void type_post_and_article_make_an_article() {
        assertThat(readValid("---\ntitle: 标题\ndate: 2025-01-01\ntype: post\n---\n").kind())
                .isEqualTo(Document.Kind.ARTICLE);
        assertThat(readValid("---\ntitle: 标题\ndate: 2025-01-01\ntype: Article\n---\n").kind())
                .isEqualTo(Document.Kind.ARTICLE);
    }

    @Test
    void rejects_an_unknown_type() {
        Optional<Document> doc = read("---\ntitle: 标题\ndate: 2025-01-01\ntype: 新闻\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).extracting(Problem::field, Problem::line).containsExactly(tuple("type", 4));
    }

    @Test
    void unknown_fields_are_kept_in_extra() {
        Document doc = readValid("""
                ---
                title: 标题
                date: 2025-11-28
                location: 乌鲁木齐
                photographers: [阿依古丽, 王建国]
                views: 100
                empty:
                ---
                正文
                """);

        assertThat(doc.extra()).containsOnly(
                Map.entry("location", "乌鲁木齐"),
                Map.entry("photographers", List.of("阿依古丽", "王建国")),
                Map.entry("views", "100"));
    }

    @Test
    void reports_every_problem_of_a_file() {
        Optional<Document> doc = read("""
                ---
                date: 2024-13-45
                tags:
                  地区: 新疆
                draft: maybe
                slug: Bad Slug
                ---
                正文
                """);

        assertThat(doc).isEmpty();
        assertThat(problems).extracting(Problem::field, Problem::line).containsExactlyInAnyOrder(
                tuple("title", 1), tuple("date", 2), tuple("tags", 3), tuple("draft", 5), tuple("slug", 6));
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("content/a.md"));
    }

    @Test
    void keeps_problems_already_found_in_other_files() {
        Problem earlier = new Problem("content/b.md", 2, "title", "缺少必填字段 title");
        problems.add(earlier);

        Optional<Document> doc = read("---\ntitle: 标题\ndate: 2025-11-28\n---\n正文");

        assertThat(doc).isPresent();
        assertThat(problems).containsExactly(earlier);
    }

    @Test
    void reads_a_jbake_header() {
        Optional<Document> document = reader.read("content/jbake.md", "jbake.md",
                PARSER.parse("content/jbake.md", fixture("jbake.md")), problems);

        assertThat(problems).isEmpty();
        Document doc = document.orElseThrow();
        assertThat(doc.kind()).isEqualTo(Document.Kind.ARTICLE);
        assertThat(doc.title()).isEqualTo("新疆非遗周在乌鲁木齐开幕");
        assertThat(doc.date()).isEqualTo(ZonedDateTime.of(2025, 11, 20, 0, 0, 0, 0, SHANGHAI));
        assertThat(doc.tags()).containsExactly("非遗", "新疆");
        assertThat(doc.draft()).isFalse();
        assertThat(doc.extra()).isEmpty();
    }

    @Test
    void rejects_a_jbake_header_without_type() {
        Optional<Document> doc = read("title=标题\ndate=2025-11-28\nstatus=published\n~~~~~~\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("type");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("type=post");
        });
    }

    @Test
    void jbake_status_draft_makes_a_draft() {
        Document doc = readValid("title=标题\ndate=2025-11-28\ntype=post\nstatus=draft\n~~~~~~\n正文");

        assertThat(doc.draft()).isTrue();
    }

    @Test
    void jbake_status_published_is_not_a_draft() {
        Document doc = readValid("title=标题\ndate=2025-11-28\ntype=post\nstatus=published\n~~~~~~\n正文");

        assertThat(doc.draft()).isFalse();
    }

    @Test
    void jbake_header_without_status_takes_the_default_status() {
        Document doc = readValid("title=标题\ndate=2025-11-28\ntype=page\n~~~~~~\n正文");

        assertThat(doc.kind()).isEqualTo(Document.Kind.PAGE);
        assertThat(doc.draft()).isTrue();
    }

    @Test
    void yaml_status_draft_also_makes_a_draft() {
        Document doc = readValid("---\ntitle: 标题\ndate: 2025-11-28\nstatus: draft\n---\n正文");

        assertThat(doc.draft()).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "published, false",
        "draft, true",
        "published-date, false",
    })
    void the_three_statuses_jbake_knows_are_accepted_in_both_headers(String status, boolean draft) {
        Document jbake = readValid("title=标题\ndate=2025-11-28\ntype=post\nstatus=" + status + "\n~~~~~~\n正文");
        Document yaml = readValid("---\ntitle: 标题\ndate: 2025-11-28\nstatus: " + status + "\n---\n正文");

        assertThat(jbake.draft()).isEqualTo(draft);
        assertThat(yaml.draft()).isEqualTo(draft);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"darft", "publish", "草稿", "published date", "hidden"})
    void a_misspelt_jbake_status_is_an_error_at_its_line(String status) {
        Optional<Document> doc = read("title=标题\ndate=2025-11-28\ntype=post\nstatus=" + status + "\n~~~~~~\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/a.md");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("status");
            assertThat(p.message()).contains("published").contains("draft").contains("“" + status + "”");
        });
    }

    @Test
    void a_misspelt_yaml_status_is_an_error_at_its_line() {
        Optional<Document> doc = read("---\ntitle: 标题\nstatus: darft\ndate: 2025-11-28\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(tuple(3, "status"));
    }

    @Test
    void status_is_compared_as_jbake_compares_it_case_and_all() {
        Optional<Document> doc = read("title=标题\ndate=2025-11-28\ntype=post\nstatus=Draft\n~~~~~~\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .contains("区分大小写").contains("小写的 draft"));
    }

    @Test
    void an_unknown_default_status_is_an_error_on_jbake_headers_that_rely_on_it() {
        DocumentReader misconfigured = new DocumentReader(SHANGHAI,
                new SiteConfig.Sources("~~~~~~", "yyyy-MM-dd", "post", "darft", ".jbakeignore"));

        Optional<Document> jbake = misconfigured.read("content/a.md", "a.md",
                PARSER.parse("content/a.md", "title=标题\ndate=2025-11-28\n~~~~~~\n正文"), problems);
        Optional<Document> yaml = misconfigured.read("content/b.md", "b.md",
                PARSER.parse("content/b.md", "---\ntitle: 标题\ndate: 2025-11-28\n---\n正文"), problems);

        assertThat(jbake).isEmpty();
        assertThat(yaml).isPresent();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/a.md");
            assertThat(p.field()).isEqualTo("status");
            assertThat(p.message()).contains("default.status").contains("“darft”");
        });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"y", "1", "on", "draft", "ture"})
    void draft_stays_strictly_true_false_yes_or_no(String value) {
        Optional<Document> doc = read("---\ntitle: 标题\ndate: 2025-11-28\ndraft: " + value + "\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(tuple(4, "draft"));
    }

    @Test
    void jbake_dates_may_use_the_configured_format() {
        DocumentReader jbakeReader = new DocumentReader(SHANGHAI,
                new SiteConfig.Sources("~~~~~~", "dd/MM/yyyy", "post", "published", ".jbakeignore"));
        List<Problem> found = new ArrayList<>();

        Optional<Document> doc = jbakeReader.read("content/a.md", "a.md",
                PARSER.parse("content/a.md", "title=标题\ndate=28/11/2025\n~~~~~~\n正文"), found);

        assertThat(found).isEmpty();
        assertThat(doc.orElseThrow().date()).isEqualTo(ZonedDateTime.of(2025, 11, 28, 0, 0, 0, 0, SHANGHAI));
        assertThat(doc.orElseThrow().kind()).isEqualTo(Document.Kind.ARTICLE);
        assertThat(doc.orElseThrow().draft()).isFalse();
    }

    @Test
    void reads_the_desks_fields_in_the_sites_zone_and_keeps_them_out_of_extra() {
        Document doc = readValid("""
                ---
                title: 标题
                date: 2025-11-28 12:24
                featured: true
                pin: yes
                pin_until: 2025-12-01 18:00
                editor: 王芳
                original_title: 原来的标题
                source_url: https://www.example.cn/news/1.html
                ---
                正文
                """);

        assertThat(doc.desk()).isEqualTo(new Desk(true, true,
                Optional.of(ZonedDateTime.of(2025, 12, 1, 18, 0, 0, 0, SHANGHAI)), Optional.of("王芳"),
                Optional.of("原来的标题"), Optional.of("https://www.example.cn/news/1.html")));
        assertThat(doc.extra()).isEmpty();
        assertThat(doc.desk().pinnedAt(java.time.Instant.parse("2025-12-01T09:59:59Z"))).isTrue();
        assertThat(doc.desk().pinnedAt(java.time.Instant.parse("2025-12-01T10:00:00Z"))).isFalse();
        assertThat(doc.desk().pinExpiredAt(java.time.Instant.parse("2025-12-01T10:00:00Z"))).isTrue();
    }

    @Test
    void an_article_without_desk_fields_is_neither_featured_nor_pinned() {
        Document doc = readValid("---\ntitle: 标题\ndate: 2025-11-28\n---\n正文");

        assertThat(doc.desk()).isEqualTo(Desk.NONE);
        assertThat(doc.desk().pinnedAt(java.time.Instant.EPOCH)).isFalse();
    }

    @Test
    void a_pin_without_pin_until_holds_at_any_time() {
        Document doc = readValid("---\ntitle: 标题\ndate: 2025-11-28\npin: true\n---\n正文");

        assertThat(doc.desk().pinnedAt(java.time.Instant.parse("2999-01-01T00:00:00Z"))).isTrue();
        assertThat(doc.desk().pinExpiredAt(java.time.Instant.parse("2999-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void rejects_bad_desk_fields_at_their_lines() {
        Optional<Document> doc = read("""
                ---
                title: 标题
                date: 2025-11-28 12:24
                featured: 是
                pin_until: 2025-12-32 18:00
                source_url: javascript:alert(1)
                ---
                正文
                """);

        assertThat(doc).isEmpty();
        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(
                tuple(4, "featured"), tuple(5, "pin_until"), tuple(6, "source_url"));
        assertThat(problems.get(0).message()).isEqualTo("featured 应为 true 或 false，现在是“是”");
        assertThat(problems.get(1).message()).contains("12 月没有 32 日");
        assertThat(problems.get(2).message()).startsWith("source_url 应为 http:// 或 https:// 开头的网址");
    }

    @Test
    void pin_until_without_pin_is_an_error_rather_than_a_pin_nobody_asked_for() {
        Optional<Document> doc = read("---\ntitle: 标题\ndate: 2025-11-28\npin_until: 2025-12-01 18:00\n---\n正文");

        assertThat(doc).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("pin_until");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("pin: true");
        });
    }
}
