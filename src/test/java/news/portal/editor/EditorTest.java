package news.portal.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import news.portal.bake.Baker;
import news.portal.bake.TestSites;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

class EditorTest {

    /** Half past midnight on New Year's Day in Beijing, still the old year in UTC. */
    static final Instant NEW_YEAR = Instant.parse("2025-12-31T16:30:00Z");
    static final Instant NOW = Instant.parse("2026-01-15T00:00:00Z");

    @TempDir
    Path dir;

    private static Editor.NewArticle article(String title) {
        return new Editor.NewArticle(title, Optional.of("文旅资讯"), List.of("援疆", "夜游经济"), Optional.empty());
    }

    @Test
    void create_writes_a_draft_dated_now_in_the_sites_zone_under_its_pinyin() throws Exception {
        Path site = CheckSites.clean(dir);

        Path file = new Editor(site).create(article("古城夜游线路开放"), NEW_YEAR);

        assertThat(file).isEqualTo(site.resolve("content/news/2026/01/gu-cheng-ye-you-xian-lu-kai-fang.md"));
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                title: 古城夜游线路开放
                date: 2026-01-01 00:30
                category: 文旅资讯
                tags: [援疆, 夜游经济]
                summary:
                cover:
                author:
                source:
                draft: true
                ---

                """);
    }

    @Test
    void create_uses_the_given_slug_and_leaves_an_unknown_section_empty() throws Exception {
        Path site = CheckSites.clean(dir);

        Path file = new Editor(site).create(new Editor.NewArticle("春节", Optional.empty(), List.of(),
                Optional.of("spring-festival")), NEW_YEAR);

        assertThat(file.getFileName()).hasToString("spring-festival.md");
        assertThat(Files.readString(file)).contains("\ncategory:\ntags: []\n");
    }

    @Test
    void create_never_replaces_a_file() throws Exception {
        Path site = CheckSites.clean(dir);
        Editor editor = new Editor(site);
        Path file = editor.create(article("古城夜游线路开放"), NEW_YEAR);
        Files.writeString(file, "编辑已经写了一半");

        assertThatThrownBy(() -> editor.create(article("古城夜游线路开放"), NEW_YEAR))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("content/news/2026/01/gu-cheng-ye-you-xian-lu-kai-fang.md: 文件已经存在，没有覆盖");
        assertThat(Files.readString(file)).isEqualTo("编辑已经写了一半");
    }

    @ParameterizedTest
    @CsvSource({
        "'  ', 标题不能为空",
        "！？, 拼不出拼音文件名",
    })
    void create_refuses_a_title_it_cannot_name_a_file_after(String title, String message) {
        Editor editor = new Editor(CheckSites.clean(dir));

        assertThatThrownBy(() -> editor.create(article(title), NEW_YEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gu-Cheng", "gu cheng", "古城", "gu_cheng", "-gu"})
    void create_refuses_a_slug_that_is_not_lower_case_ascii_with_hyphens(String slug) {
        Editor editor = new Editor(CheckSites.clean(dir));

        assertThatThrownBy(() -> editor.create(new Editor.NewArticle("古城", Optional.empty(), List.of(),
                Optional.of(slug)), NEW_YEAR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--slug 只能由小写英文字母、数字和连字符组成");
    }

    @Test
    void created_article_bakes_once_its_draft_line_is_removed() throws Exception {
        Path site = CheckSites.clean(dir);
        Path file = new Editor(site).create(article("灯会: \"元宵\" #1"), NEW_YEAR);
        Files.writeString(file, Files.readString(file).replace("draft: true\n", "") + "元宵灯会开幕。\n");

        Baker.Result result = new Baker(line -> { }).bake(site, dir.resolve("out"),
                new Baker.Options(NOW, false, 1));

        assertThat(result.articles()).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("out/2026/01/deng-hui-yuan-xiao-1.html")))
                .contains("灯会: &quot;元宵&quot; #1").contains("元宵灯会开幕");
    }

    @Test
    void check_passes_the_clean_fixture_site_and_the_repositorys_own() {
        assertThat(new Editor(CheckSites.clean(dir)).check(List.of(), NOW).problems()).isEmpty();
        assertThat(new Editor(TestSites.repository()).check(List.of(), TestSites.NOW).problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        duplicate-slug     | content/news/2025/11/古城夜游.md             | 2  | slug     | 地址重复：本文和更早的 content/news/2025/11/gu-cheng-ye-you.md 都要写到 2025/11/gu-cheng-ye-you.html（地址来自标题的拼音）。请在本文的文章头写一个不同的 slug
        slug-takes-address | content/news/2025/11/new-route.md           | 5  | slug     | slug “kun-lun” 要用的地址 2025/11/kun-lun.html 已经属于更早的 content/news/2025/11/kun-lun.md。两篇文章不能用同一个地址
        reserved-name      | content/archive.md                          | 3  | slug     | 地址 archive.html 是站点保留的名字，本文的文件名不能用作地址。请在文章头写一个 slug
        link-missing       | content/news/2025/12/link-missing.md        | 10 | 正文     | 链接的文章“../11/不存在的文章.md”不存在（找的是 content/news/2025/11/不存在的文章.md）
        link-to-draft      | content/news/2025/12/link-to-draft.md       | 7  | 正文     | 链接指向草稿 content/news/2025/12/draft.md（draft: true）
        link-to-scheduled  | content/news/2025/12/link-to-scheduled.md   | 9  | 正文     | 链接指向定时发布的 content/news/2030/05/scheduled.md（2030-05-01 09:00 上线）
        image-missing      | content/news/2025/12/image-missing.md       | 9  | 正文     | 图片“/images/exhibit-hall.jpg”找不到：assets/images/exhibit-hall.jpg 和 content/images/exhibit-hall.jpg 都不存在
        cover-missing      | content/news/2025/12/cover-missing.md       | 5  | cover    | 封面“/images/Night-Tour.svg”找不到
        figure-image-missing | content/news/2025/12/figure-missing.md    | 10 | 正文     | 图片“/images/square-opening.jpg”找不到：assets/images/square-opening.jpg 和 content/images/square-opening.jpg 都不存在
        html-unclosed      | content/news/2025/12/html-unclosed.md       | 9  | 正文     | HTML 标签 <a> 没有闭合：缺少 </a>
        html-unsafe        | content/news/2025/12/html-unsafe.md         | 9  | 正文     | 已删除 <span> 的属性 onclick：on 开头的事件属性会运行脚本
        link-script        | content/news/2025/12/link-script.md         | 9  | 正文     | 链接地址“JaVaScRiPt:alert(document.cookie)”已删除：javascript: 地址会在读者的浏览器里运行脚本
        tag-case           | content/news/2025/12/tag-case.md            | 5  | tags     | 标签“ai”和“AI”只差大小写，应是同一个标签。请统一写成“AI”
        tag-width          | content/news/2025/12/tag-width.md           | 5  | tags     | 标签“ＡＩ”和“AI”只差全角半角
        tag-space          | content/news/2025/12/tag-space.md           | 5  | tags     | 标签“援疆 ”和“援疆”只差空格
        section-space      | content/news/2025/12/section-space.md       | 4  | category | 栏目“文旅 资讯”和“文旅资讯”只差空格
        field-typo         | content/news/2025/12/field-typo.md          | 6  | draf     | 字段名 draf 可能是 draft 的笔误：拼错的字段不会被读取，草稿会被当成正式文章发布。请改成 draft
        pin-expired        | content/news/2025/12/pin-expired.md         | 7  | pin_until | 置顶已于 2026-01-10 18:00 到期，文章已不再置顶。请删去 pin 和 pin_until 两行
        """)
    void check_finds_each_problem_with_its_file_line_and_field(String problem, String file, int line, String field,
                                                               String message) {
        Path site = CheckSites.withProblem(dir, problem);

        List<Problem> problems = new Editor(site).check(List.of(), NOW).problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo(file);
        assertThat(problems.get(0).line()).isEqualTo(line);
        assertThat(problems.get(0).field()).isEqualTo(field);
        assertThat(problems.get(0).message()).contains(message);
    }

    @Test
    void a_misspelt_field_fails_the_check_but_not_the_bake_which_keeps_unknown_fields_for_templates() {
        Path site = CheckSites.withProblem(dir, "field-typo");

        Baker.Result result = new Baker(line -> { }).bake(site, dir.resolve("out"), new Baker.Options(NOW, false, 1));

        assertThat(result.articles()).isEqualTo(3);
        assertThat(new Editor(site).check(List.of(), NOW).problems()).isNotEmpty();
    }

    @Test
    void a_misspelt_required_field_gets_the_bakes_problem_and_the_suggestion_at_its_own_line() {
        Path site = CheckSites.withProblem(dir, "field-typo-title");

        List<Problem> problems = new Editor(site).check(List.of(), NOW).problems();

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "content/news/2025/12/field-typo-title.md:1: title: 缺少必填字段 title",
                "content/news/2025/12/field-typo-title.md:2: titel: 字段名 titel 可能是 title 的笔误：拼错的字段不会被读取，"
                        + "文章会因缺少 title 而无法生成。请改成 title；如果这是自己加的字段，请换一个和 title 区别更明显的名字");
    }

    // what an editor must be told for each broken file, written from the files themselves: check and bake share
    // one reader, so comparing them with each other alone would pass however wrong that reader became
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-yaml.md        | 4 |       |
            missing-title.md   | 1 | title | 缺少必填字段 title
            missing-date.md    | 1 | date  | 缺少必填字段 date
            bad-date.md        | 3 | date  | 没有 13 月
            tags-wrong-type.md | 4 | tags  | tags 应为列表
            no-front-matter.md | 1 |       | 缺少文章头信息
            """)
    void check_reports_front_matter_problems_exactly_as_the_bake_does(String fixture, int line, String field,
            String message) throws Exception {
        Path site = CheckSites.clean(dir);
        Files.copy(TestSites.fixture("/fixtures/bake/errors/" + fixture), site.resolve("content/news/" + fixture));

        List<Problem> checked = new Editor(site).check(List.of(), NOW).problems();
        ProblemException baked = org.assertj.core.api.Assertions.catchThrowableOfType(ProblemException.class,
                () -> new Baker(progress -> { }).bake(site, dir.resolve("out"), new Baker.Options(NOW, false, 1)));

        assertThat(checked).hasSize(1);
        assertThat(checked.get(0).file()).isEqualTo("content/news/" + fixture);
        assertThat(checked.get(0).line()).isEqualTo(line);
        assertThat(checked.get(0).field()).isEqualTo(field == null ? "" : field);
        assertThat(checked.get(0).message()).contains(message == null ? "" : message);
        assertThat(baked.problems()).containsExactlyElementsOf(checked);
    }

    @Test
    void check_of_named_files_reports_their_problems_and_clashes_involving_them() {
        Path site = CheckSites.withProblem(dir, "duplicate-slug");
        TestSites.copyTree(TestSites.fixture("/fixtures/check/problems/tag-case"), site);
        Editor editor = new Editor(site);

        List<Problem> older = editor.check(List.of(site.resolve("content/news/2025/11/gu-cheng-ye-you.md")), NOW)
                .problems();
        List<Problem> unrelated = editor.check(List.of(site.resolve("content/news/2025/11/kun-lun.md")), NOW)
                .problems();
        List<Problem> tagged = editor.check(List.of(site.resolve("content/news/2025/12/tag-case.md")), NOW)
                .problems();

        assertThat(older).extracting(Problem::file).containsExactly("content/news/2025/11/古城夜游.md");
        assertThat(unrelated).isEmpty();
        assertThat(tagged).extracting(Problem::file).containsExactly("content/news/2025/12/tag-case.md");
    }

    @Test
    void check_of_a_deleted_file_reports_the_articles_that_link_to_it() throws Exception {
        Path site = CheckSites.clean(dir);
        Path deleted = site.resolve("content/news/2025/11/kun-lun.md");
        Files.delete(deleted);

        Editor.Check check = new Editor(site).check(List.of(deleted), NOW);

        assertThat(check.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("content/news/2025/11/gu-cheng-ye-you.md:13: 正文: 链接的文章“kun-lun.md”不存在");
        assertThat(check.notes()).containsExactly(
                "content/news/2025/11/kun-lun.md：文件不存在（已删除？），只检查了链接到它的文章");
    }

    @Test
    void check_leaves_links_in_drafts_for_when_they_are_published() {
        Editor.Check check = new Editor(CheckSites.clean(dir)).check(List.of(), NOW);

        assertThat(check.problems()).isEmpty(); // draft.md links to 不存在.md
        assertThat(check.files()).isEqualTo(5);
    }

    @Test
    void pending_lists_scheduled_articles_soonest_first_then_drafts_in_the_sites_zone() {
        Editor editor = new Editor(CheckSites.clean(dir));

        List<Editor.Unpublished> pending = editor.pending(NOW).articles();

        assertThat(pending).extracting(Editor.Unpublished::status, Editor.Unpublished::file, Editor.Unpublished::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Editor.Status.SCHEDULED, "content/news/2030/05/scheduled.md",
                                ZonedDateTime.of(2030, 5, 1, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))),
                        org.assertj.core.groups.Tuple.tuple(Editor.Status.DRAFT, "content/news/2025/12/draft.md",
                                ZonedDateTime.of(2025, 12, 5, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"))));
        assertThat(pending.get(0).uri()).isEqualTo("2030/05/scheduled.html");
        assertThat(editor.pending(Instant.parse("2030-06-01T00:00:00Z")).articles())
                .extracting(Editor.Unpublished::status).containsExactly(Editor.Status.DRAFT);
    }

    @Test
    void check_reports_links_leaving_the_content_asset_template_and_data_folders_exactly_as_the_bake_does()
            throws Exception {
        Path site = CheckSites.clean(dir);
        Path secret = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("passwd"), "secret");
        for (String link : List.of("content/images/x.svg", "assets/x.txt", "templates/partials/x.ftl", "data/x.yaml")) {
            Files.createDirectories(site.resolve(link).getParent());
            Files.createSymbolicLink(site.resolve(link), secret);
        }

        List<Problem> checked = new Editor(site).check(List.of(), NOW).problems();
        ProblemException baked = org.assertj.core.api.Assertions.catchThrowableOfType(ProblemException.class,
                () -> new Baker(line -> { }).bake(site, dir.resolve("out"), new Baker.Options(NOW, false, 1)));

        assertThat(checked).extracting(Problem::file).containsExactlyInAnyOrder(
                "content/images/x.svg", "assets/x.txt", "templates/partials/x.ftl", "data/x.yaml");
        assertThat(checked).allSatisfy(problem -> assertThat(problem.message())
                .contains("文件夹以外的符号链接（指向 " + secret + "）"));
        assertThat(checked).containsExactlyInAnyOrderElementsOf(baked.problems());
    }

    @Test
    void check_notes_editors_backups_which_are_never_published_without_failing() throws Exception {
        Path site = CheckSites.clean(dir);
        Path article = site.resolve("content/news/2025/11/kun-lun.md");
        Files.copy(article, article.resolveSibling("kun-lun.md~"));
        Files.copy(article, article.resolveSibling(".kun-lun.md.swp"));
        Files.copy(article, site.resolve("content/about.md.orig"));

        Editor.Check whole = new Editor(site).check(List.of(), NOW);
        Editor.Check named = new Editor(site).check(List.of(article.resolveSibling("kun-lun.md~")), NOW);

        assertThat(whole.problems()).isEmpty();
        assertThat(whole.notes()).containsExactly(
                "content/about.md.orig：是编辑器的备份或交换文件，不会发布；不再需要的话请删除它，不要提交",
                "content/news/2025/11/.kun-lun.md.swp：是编辑器的备份或交换文件，不会发布；不再需要的话请删除它，不要提交",
                "content/news/2025/11/kun-lun.md~：是编辑器的备份或交换文件，不会发布；不再需要的话请删除它，不要提交");
        assertThat(named.notes()).containsExactly(
                "content/news/2025/11/kun-lun.md~：是编辑器的备份或交换文件，不会发布；不再需要的话请删除它，不要提交");
    }
}
