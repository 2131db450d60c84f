package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.image.ImageSizes;
import news.portal.problem.ProblemException;

class ContentLoaderTest {

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/bake/site");
    }

    private ContentLoader loader() {
        return new ContentLoader(SiteConfig.load(site));
    }

    @Test
    void read_returns_every_document_drafts_and_scheduled_included_without_rendering() {
        Reading reading = loader().read();

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.documents()).extracting(Document::title)
                .contains("尚未完成的草稿", "定时发布的未来文章", "古城夜游线路开放");
        assertThat(reading.files()).contains("news/2025/11/draft.md", "news/2025/11/巍巍昆仑.md", "about.md");
        assertThat(reading.staticFiles()).containsExactly("images/cover.svg");
    }

    @Test
    void another_files_problem_found_while_a_file_is_read_never_drops_that_file() throws Exception {
        // files are read in parallel: a broken file's problem, added while a sound one is checked, once made
        // the sound one look broken too, and it was left out without a word
        for (int i = 0; i < 200; i++) {
            TestSites.write(site.resolve("content/news/sound-" + i + ".md"),
                    "---\ntitle: 完好的文章 " + i + "\ndate: 2025-11-20 10:00\nslug: sound-" + i + "\n---\n正文。\n");
            TestSites.write(site.resolve("content/news/broken-" + i + ".md"),
                    "---\ndate: 2025-11-20 10:00\nslug: broken-" + i + "\n---\n正文。\n");
        }

        Reading reading = loader().read();

        assertThat(reading.documents()).extracting(Document::file)
                .filteredOn(file -> file.startsWith("news/sound-")).hasSize(200);
        assertThat(reading.problems()).hasSize(200).allSatisfy(problem -> assertThat(problem.field()).isEqualTo("title"));
    }

    @Test
    void read_reports_the_same_problems_a_bake_throws() throws Exception {
        for (String fixture : new String[] {"bad-date.md", "missing-title.md", "slug-one.md", "slug-two.md"}) {
            Files.copy(TestSites.fixture("/fixtures/bake/errors/" + fixture), site.resolve("content/news/" + fixture));
        }

        Reading reading = loader().read();
        ProblemException thrown = catchThrowableOfType(ProblemException.class,
                () -> loader().load(Instant.parse("2026-01-01T00:00:00Z"), false));

        assertThat(reading.problems()).hasSize(3).containsExactlyElementsOf(thrown.problems());
        assertThat(reading.files()).contains("news/bad-date.md", "news/missing-title.md");
        assertThat(reading.documents()).extracting(Document::file)
                .doesNotContain("news/bad-date.md", "news/missing-title.md");
    }

    @Test
    void read_gives_each_document_the_address_it_asked_for() {
        Reading reading = loader().read();

        Document first = document(reading, "news/2025/10/同名一.md");
        Document second = document(reading, "news/2025/10/同名二.md");
        assertThat(reading.uri(first)).contains("2025/10/zhong-ming-biao-ti.html");
        assertThat(reading.wantedUri(first)).isEqualTo("2025/10/zhong-ming-biao-ti.html");
        assertThat(reading.uri(second)).contains("2025/10/zhong-ming-biao-ti-2.html");
        assertThat(reading.shown(second)).isEqualTo("content/news/2025/10/同名二.md");
        assertThat(reading.source(second).field("title").line()).isEqualTo(2);
    }

    @Test
    void a_newer_article_with_the_same_pinyin_title_is_an_error_and_the_older_keeps_its_address() {
        TestSites.write(site.resolve("content/news/2025/10/同名三.md"), """
                ---
                title: 重名标题
                date: 2025-10-03 09:00
                ---
                第三篇，没有写 slug。
                """);

        Reading reading = loader().read();

        assertThat(reading.problems()).extracting(Object::toString).containsExactly(
                "content/news/2025/10/同名三.md:2: slug: 地址重复：本文和更早的 content/news/2025/10/同名一.md 都要写到 "
                        + "2025/10/zhong-ming-biao-ti.html（地址来自标题的拼音）。请在本文的文章头写一个不同的 slug"
                        + "（小写拼音或英文，用连字符连接）");
        assertThat(reading.uri(document(reading, "news/2025/10/同名一.md"))).contains("2025/10/zhong-ming-biao-ti.html");
        assertThat(reading.uri(document(reading, "news/2025/10/同名三.md"))).isEmpty();
    }

    // --- image sizes ---

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static Article article(SiteModel model, String file) {
        return model.articles().stream().filter(a -> a.document().file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void body_images_and_the_cover_get_the_size_of_their_file() {
        Article article = article(loader().load(NOW, false), "news/2025/11/night-tour.md");

        assertThat(article.coverSize()).contains(new ImageSizes.Size(120, 60));
        Element img = Jsoup.parseBodyFragment(article.html()).selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("../../images/cover.svg");
        assertThat(img.attr("width")).isEqualTo("120");
        assertThat(img.attr("height")).isEqualTo("60");
        assertThat(img.attr("loading")).isEqualTo("lazy");
    }

    @Test
    void cover_width_and_height_in_the_front_matter_win_over_the_file() {
        TestSites.write(site.resolve("content/news/2025/11/sized.md"), """
                ---
                title: 写明封面尺寸
                date: 2025-11-12 08:00
                cover: /images/cover.svg
                cover_width: 800
                cover_height: "400"
                ---
                正文。
                """);
        TestSites.write(site.resolve("content/news/2025/11/half.md"), """
                ---
                title: 只写了封面宽度
                date: 2025-11-13 08:00
                cover: /images/cover.svg
                cover_width: 800
                ---
                正文。
                """);

        SiteModel model = loader().load(NOW, false);

        assertThat(article(model, "news/2025/11/sized.md").coverSize()).contains(new ImageSizes.Size(800, 400));
        assertThat(article(model, "news/2025/11/half.md").coverSize()).contains(new ImageSizes.Size(120, 60));
    }

    @Test
    void a_missing_image_is_a_warning_with_its_file_line_and_field_and_the_load_goes_on() {
        TestSites.write(site.resolve("content/news/2025/11/missing.md"), """
                ---
                title: 缺图的文章
                date: 2025-11-12 08:00
                cover: /images/gone.jpg
                ---
                第一段。

                ![找不到的图](/images/missing.png)

                ![远程图片](https://img.example.cn/a.jpg)
                """);

        SiteModel model = loader().load(NOW, false);

        assertThat(model.warnings()).hasSize(2);
        assertThat(model.warnings().get(0)).satisfies(w -> {
            assertThat(w.file()).isEqualTo("content/news/2025/11/missing.md");
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.field()).isEqualTo("cover");
            assertThat(w.message()).contains("/images/gone.jpg", "assets/images/gone.jpg", "content/images/gone.jpg");
        });
        assertThat(model.warnings().get(1)).satisfies(w -> {
            assertThat(w.line()).isEqualTo(8);
            assertThat(w.field()).isEqualTo("正文");
            assertThat(w.message()).contains("/images/missing.png");
        });
        Article article = article(model, "news/2025/11/missing.md");
        assertThat(article.coverSize()).isEmpty();
        assertThat(Jsoup.parseBodyFragment(article.html()).select("img[width]")).isEmpty();
    }

    @Test
    void images_of_raw_html_get_their_size_and_a_missing_one_is_a_warning_with_its_line() {
        TestSites.write(site.resolve("content/news/2025/11/figure.md"), """
                ---
                title: 带图注的照片
                date: 2025-11-12 08:00
                ---
                <figure>
                  <img src="/images/cover.svg" alt="夜游">
                  <figcaption>夜游的起点</figcaption>
                </figure>

                <figure><img src="/images/gone.png" alt=""><figcaption>缺图</figcaption></figure>
                """);

        SiteModel model = loader().load(NOW, false);

        assertThat(article(model, "news/2025/11/figure.md").pictures())
                .containsExactly(new Article.Picture("images/cover.svg", new ImageSizes.Size(120, 60)));
        Element img = Jsoup.parseBodyFragment(article(model, "news/2025/11/figure.md").html()).selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("../../images/cover.svg");
        assertThat(img.attr("width")).isEqualTo("120");
        assertThat(img.attr("height")).isEqualTo("60");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(model.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("content/news/2025/11/figure.md");
            assertThat(w.line()).isEqualTo(10);
            assertThat(w.field()).isEqualTo("正文");
            assertThat(w.message()).contains("/images/gone.png", "assets/images/gone.png");
        });
    }

    @Test
    void raw_html_left_open_is_a_warning_with_its_line_and_the_load_goes_on() {
        TestSites.write(site.resolve("content/news/2025/11/open.md"), """
                ---
                title: 忘了闭合的图注
                date: 2025-11-12 08:00
                ---
                <figure>
                  <img src="/images/cover.svg" alt="夜游">

                正文。
                """);

        SiteModel model = loader().load(NOW, false);

        assertThat(article(model, "news/2025/11/open.md").html()).contains("<figure>");
        assertThat(model.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("content/news/2025/11/open.md");
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.field()).isEqualTo("正文");
            assertThat(w.message()).contains("<figure> 没有闭合");
        });
    }

    @Test
    void raw_html_the_safe_policy_removes_is_a_warning_at_its_line_and_the_load_goes_on() {
        TestSites.write(site.resolve("content/news/2025/11/unsafe.md"), """
                ---
                title: 带脚本的正文
                date: 2025-11-12 08:00
                ---
                正文。

                <a href="/news/2025/11/night-tour.md" onclick="steal()">夜游</a>

                [报名](JaVaScRiPt:alert(1))
                """);

        SiteModel model = loader().load(NOW, false);

        String html = article(model, "news/2025/11/unsafe.md").html();
        assertThat(html).contains("<a href=\"../../2025/11/night-tour.html\">夜游</a>").doesNotContain("onclick")
                .doesNotContain("alert");
        assertThat(model.warnings()).extracting(w -> w.file() + ":" + w.line() + ": " + w.field())
                .containsExactly("content/news/2025/11/unsafe.md:7: 正文", "content/news/2025/11/unsafe.md:9: 正文");
        assertThat(model.warnings().get(0).message()).contains("onclick");
        assertThat(model.warnings().get(1).message()).contains("javascript:");
    }

    @Test
    void trusted_raw_html_is_kept_as_written_but_still_loses_script_addresses() {
        Path properties = site.resolve("jbake.properties");
        TestSites.write(properties, TestSites.read(properties) + "markdown.raw_html=trusted\n");
        TestSites.write(site.resolve("content/news/2025/11/trusted.md"), """
                ---
                title: 信任的正文
                date: 2025-11-12 08:00
                ---
                <div onclick="count()" style="color:red">红字</div>

                <a href=" javascript:alert(1)">甲</a>
                """);

        SiteModel model = loader().load(NOW, false);

        assertThat(article(model, "news/2025/11/trusted.md").html())
                .contains("<div onclick=\"count()\" style=\"color:red\">红字</div>", "<a href=\"#\">甲</a>");
        assertThat(model.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file() + ":" + w.line()).isEqualTo("content/news/2025/11/trusted.md:7");
            assertThat(w.message()).contains("改成 #");
        });
    }

    @Test
    void characters_xml_forbids_are_removed_from_fields_and_body_with_a_warning_naming_the_file() {
        TestSites.write(site.resolve("content/news/2025/11/controls.md"), """
                ---
                title: "标题\u0001里有\\u0001转义"
                date: 2025-11-12 08:00
                summary: 摘要\u000c里有换页符
                tags: ["援\\x07疆", 夜游]
                ---
                正文\ufffe第一段\u0008。

                第二段 😀 正常。
                """);

        SiteModel model = loader().load(NOW, false);

        Article article = article(model, "news/2025/11/controls.md");
        assertThat(article.document().title()).isEqualTo("标题里有转义");
        assertThat(article.summary()).isEqualTo("摘要里有换页符");
        assertThat(article.tags()).extracting(Term::name).containsExactly("援疆", "夜游");
        assertThat(article.html()).contains("正文第一段。", "第二段 😀 正常。");
        assertThat(model.warnings()).extracting(w -> w.file() + ":" + w.line() + ": " + w.field())
                .containsExactly("content/news/2025/11/controls.md:2: ", "content/news/2025/11/controls.md:2: title",
                        "content/news/2025/11/controls.md:4: ", "content/news/2025/11/controls.md:5: tags",
                        "content/news/2025/11/controls.md:7: ");
        assertThat(model.warnings().get(0).message()).contains("U+0001", "RSS");
    }

    @Test
    void a_reload_renders_again_the_articles_whose_image_changed_and_only_those() throws Exception {
        ContentLoader loader = loader();
        SiteModel before = loader.load(NOW, false);
        Path cover = site.resolve("content/images/cover.svg");
        Files.writeString(cover, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"200\"/>");
        Files.setLastModifiedTime(cover, FileTime.fromMillis(Files.getLastModifiedTime(cover).toMillis() + 2000));

        SiteModel after = loader.reload(NOW, false, List.of(cover));

        Article tour = article(after, "news/2025/11/night-tour.md");
        assertThat(tour).isNotSameAs(article(before, "news/2025/11/night-tour.md"));
        assertThat(tour.coverSize()).contains(new ImageSizes.Size(300, 200));
        assertThat(Jsoup.parseBodyFragment(tour.html()).selectFirst("img").attr("width")).isEqualTo("300");
        assertThat(article(after, "news/2025/11/巍巍昆仑.md")).isSameAs(article(before, "news/2025/11/巍巍昆仑.md"));
    }

    private static Document document(Reading reading, String file) {
        return reading.documents().stream().filter(d -> d.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void upper_case_and_long_markdown_extensions_are_read_as_documents() {
        String article = """
                ---
                title: 扩展名
                date: 2025-11-20 10:00
                category: 文旅资讯
                slug: %s
                ---

                正文。
                """;
        TestSites.write(site.resolve("content/news/2025/11/upper.MD"), article.formatted("upper"));
        TestSites.write(site.resolve("content/news/2025/11/long.Markdown"), article.formatted("long"));

        Reading reading = new ContentLoader(SiteConfig.load(site)).read();

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.files()).contains("news/2025/11/upper.MD", "news/2025/11/long.Markdown");
        assertThat(reading.staticFiles()).noneMatch(f -> f.endsWith(".MD") || f.endsWith(".Markdown"));
    }

    private void write(String file, String header) throws java.io.IOException {
        Path path = site.resolve("content").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "---\n" + header + "---\n正文。\n");
    }

    private void clearContent() throws java.io.IOException {
        try (var files = Files.walk(site.resolve("content"))) {
            files.sorted(java.util.Comparator.reverseOrder()).filter(f -> !f.equals(site.resolve("content")))
                    .forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void the_model_lists_articles_newest_first_and_tags_sections_months_and_pages_in_their_orders()
            throws java.io.IOException {
        clearContent();
        write("news/a.md", "title: 一\ndate: 2025-10-05 09:00\ncategory: 非遗传承\ntags: [古城, 夜游]\n");
        write("news/b.md", "title: 二\ndate: 2025-11-20 09:00\ncategory: 文旅资讯\ntags: [夜游]\n");
        write("news/c.md", "title: 三\ndate: 2025-11-01 09:00\ncategory: 美食\ntags: [古城, 夜游, 庙会]\n");
        write("news/d.md", "title: 四\ndate: 2025-11-02 09:00\ncategory: 剧场\n");
        write("news/later.md", "title: 以后\ndate: 2026-12-01 09:00\ntags: [以后]\n");
        write("news/draft.md", "title: 草稿\ndate: 2025-11-03 09:00\ndraft: true\n");
        write("zoo.md", "title: 动物园\ndate: 2025-01-01\ntype: page\n");
        write("about.md", "title: 关于\ndate: 2025-01-01\ntype: page\n");

        SiteModel model = loader().load(TestSites.NOW, false);

        assertThat(model.articles()).extracting(Article::title).containsExactly("二", "四", "三", "一");
        assertThat(model.pages()).extracting(Article::uri).containsExactly("about.html", "zoo.html");
        assertThat(model.tags()).extracting(l -> l.term().name() + l.articles().size())
                .containsExactly("夜游3", "古城2", "庙会1");
        assertThat(model.tags().get(0).articles()).extracting(Article::title).containsExactly("二", "三", "一");
        assertThat(model.sections()).extracting(l -> l.term().name())
                .as("the configured order, then the others by address: ju-chang, mei-shi")
                .containsExactly("文旅资讯", "非遗传承", "剧场", "美食");
        assertThat(model.months()).extracting(m -> m.uri() + m.articles().size())
                .containsExactly("archive/2025-11.html3", "archive/2025-10.html1");
    }

    @Test
    void a_loaded_article_keeps_neither_its_source_nor_its_html_in_memory() {
        Reading reading = loader().read();
        try (ContentLoader loader = loader()) {
            SiteModel model = loader.load(NOW, false);

            assertThat(model.articles()).isNotEmpty();
            for (Article article : model.articles()) {
                String source = reading.documents().stream().filter(d -> d.file().equals(article.document().file()))
                        .findFirst().orElseThrow().markdown();
                String firstLine = source.strip().lines().findFirst().orElseThrow();
                assertThat(article.document().markdown()).as(article.uri()).isNull();
                assertThat(article.body().bytesInFile()).as(article.uri()).isPositive();
                assertThat(Jsoup.parseBodyFragment(article.html()).text()).as(article.uri())
                        .contains(Jsoup.parseBodyFragment(firstLine).text().replaceAll("[*_#>\\[\\]`]", "").strip()
                                .split("[（(\\s]")[0]);
            }
        }
    }
}
