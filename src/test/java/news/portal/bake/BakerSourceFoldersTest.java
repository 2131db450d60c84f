package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * What a bake takes from the folders it reads: symbolic links in the content, asset, template and data folders
 * (followed while they stay inside, refused with their target named when they leave), editors' backups,
 * and content extensions in any case. Every link here is a real one in a temporary folder.
 */
class BakerSourceFoldersTest {

    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    @TempDir
    Path dir;
    /** Beside the site, standing in for the rest of the machine: {@code /etc/passwd}, {@code ~/.aws}. */
    Path elsewhere;
    Path site;
    Path out;
    Path secret;

    @BeforeEach
    void setUp() throws IOException {
        site = TestSites.create(dir, "/fixtures/bake/site");
        out = dir.resolve("out");
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:AWS_SECRET_ACCESS_KEY=secret\n");
    }

    private Baker.Result bake() {
        return new Baker(line -> { }).bake(site, out, new Baker.Options(NOW, false, 1));
    }

    private ProblemException refusal() {
        return catchThrowableOfType(ProblemException.class, this::bake);
    }

    private void link(String file, Path target) throws IOException {
        Path link = site.resolve(file);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "content/news/2025/11/x.txt, content",
        "content/images/x.svg,       content",
        "assets/x.txt,               assets",
        "assets/css/x.css,           assets",
        "templates/partials/x.ftl,   templates",
        "data/team.yaml,             data",
    })
    void a_link_to_a_file_outside_its_folder_fails_the_bake_naming_link_and_target_and_writes_nothing(
            String file, String folder) throws IOException {
        link(file, secret);

        ProblemException refused = refusal();

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(Problem::toString).containsExactly(file + ": 是指向 " + folder
                + " 文件夹以外的符号链接（指向 " + secret + "），为防止泄露文件而拒绝发布：请把文件本身放进 " + folder + " 文件夹");
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"content/leak", "assets/leak", "templates/leak", "data/leak"})
    void a_link_to_a_folder_outside_fails_the_bake_too(String folder) throws IOException {
        link(folder, elsewhere);

        ProblemException refused = refusal();

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(folder);
            assertThat(problem.message()).contains("符号链接").contains(elsewhere.toString());
        });
        assertNothingWritten();
    }

    @Test
    void every_folder_reports_its_links_in_one_bake() throws IOException {
        link("content/a.txt", secret);
        link("assets/b.txt", secret);
        link("templates/c.ftl", secret);
        link("data/d.yaml", secret);

        assertThat(refusal().problems()).extracting(Problem::file)
                .containsExactlyInAnyOrder("content/a.txt", "assets/b.txt", "templates/c.ftl", "data/d.yaml");
    }

    @Test
    void a_link_to_nothing_is_refused_but_an_emacs_lock_file_is_left_alone() throws IOException {
        link("assets/gone.txt", elsewhere.resolve("no-such-file"));
        link("content/news/2025/11/.#night-tour.md", Path.of("editor@host.4711:1700000000"));

        assertThat(refusal().problems()).extracting(Problem::toString).containsExactly(
                "assets/gone.txt: 是指向不存在的文件的符号链接（指向 " + elsewhere.resolve("no-such-file")
                        + "）：请删除它，或把文件本身放进 assets 文件夹");
    }

    @Test
    void a_link_loop_is_reported_not_followed_forever() throws IOException {
        link("assets/loop", site.resolve("assets"));

        assertThat(refusal().problems()).extracting(Problem::toString)
                .containsExactly("assets/loop: 符号链接指回它所在的文件夹，形成循环");
    }

    @Test
    void links_that_stay_inside_their_folder_are_followed() throws IOException {
        Files.writeString(site.resolve("assets/real.txt"), "资源原件");
        link("assets/alias.txt", Path.of("real.txt"));
        link("assets/also", site.resolve("assets/css"));
        link("content/images/alias.svg", site.resolve("content/images/cover.svg"));
        TestSites.write(site.resolve("templates/partials/real-note.ftl"), "<#ftl output_format=\"plainText\">\n# 模板原件\n");
        link("templates/partials/note.ftl", Path.of("real-note.ftl"));
        TestSites.write(site.resolve("data/real.yaml"), "name: 数据原件\n");
        link("data/team.yaml", Path.of("real.yaml"));
        Path robots = site.resolve("templates/robots.ftl");
        TestSites.write(robots, TestSites.read(robots)
                + "\n<#include \"partials/note.ftl\">\n# ${data.get(\"team.yaml\").name}\n");

        Baker.Result result = bake();

        assertThat(result.articles()).isEqualTo(6);
        assertThat(TestSites.read(out.resolve("alias.txt"))).isEqualTo("资源原件");
        assertThat(Files.isSymbolicLink(out.resolve("alias.txt"))).isFalse();
        assertThat(files(out)).anyMatch(f -> f.matches("also/site\\.[0-9a-f]{8}\\.css"));
        assertThat(Files.readAllBytes(out.resolve("images/alias.svg")))
                .isEqualTo(Files.readAllBytes(site.resolve("content/images/cover.svg")));
        assertThat(TestSites.read(out.resolve("robots.txt"))).contains("# 模板原件").contains("# 数据原件");
    }

    @Test
    void symlinked_folders_bake_as_if_they_were_in_place() throws IOException {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Baker.Result inPlace = new Baker(line -> { }).bake(site, dir.resolve("in-place"), new Baker.Options(NOW, false, 1));
        for (String folder : List.of("content", "assets", "templates")) {
            Files.move(site.resolve(folder), checkout.resolve(folder));
            Files.createSymbolicLink(site.resolve(folder), checkout.resolve(folder));
        }
        TestSites.write(checkout.resolve("data/team.yaml"), "name: 链接进来的数据\n");
        Files.createSymbolicLink(site.resolve("data"), checkout.resolve("data"));
        Path robots = checkout.resolve("templates/robots.ftl");
        TestSites.write(robots, TestSites.read(robots) + "\n# ${data.get(\"team.yaml\").name}\n");

        Baker.Result linked = bake();

        assertThat(linked.articles()).isEqualTo(inPlace.articles()).isEqualTo(6);
        assertThat(linked.pages()).isEqualTo(inPlace.pages());
        assertThat(linked.copied()).isEqualTo(inPlace.copied());
        assertThat(files(out)).containsAll(files(dir.resolve("in-place")).stream()
                .filter(f -> !f.equals("robots.txt")).toList());
        assertThat(TestSites.read(out.resolve("robots.txt"))).contains("# 链接进来的数据");
    }

    @Test
    void a_link_added_to_the_assets_during_a_preview_is_refused_and_not_copied() throws IOException {
        LiveBake live = new LiveBake(site, out, false, config -> config, TestSites.CLOCK);
        assertThat(live.rebuild().succeeded()).isTrue();
        Path link = site.resolve("assets/x.txt");
        Files.createSymbolicLink(link, secret);

        LiveBake.Outcome outcome = live.update(List.of(link));

        assertThat(outcome.problems()).extracting(Problem::file).containsExactly("assets/x.txt");
        assertThat(out.resolve("x.txt")).doesNotExist();
    }

    @Test
    void a_link_added_to_the_content_during_a_preview_is_refused_and_not_copied() throws IOException {
        LiveBake live = new LiveBake(site, out, false, config -> config, TestSites.CLOCK);
        assertThat(live.rebuild().succeeded()).isTrue();
        Path link = site.resolve("content/images/x.svg");
        Files.createSymbolicLink(link, secret);

        LiveBake.Outcome outcome = live.update(List.of(link));

        assertThat(outcome.problems()).extracting(Problem::file).containsExactly("content/images/x.svg");
        assertThat(out.resolve("images/x.svg")).doesNotExist();
    }

    @Test
    void documents_are_found_whatever_the_case_of_their_extension() throws IOException {
        String article = """
                ---
                title: %s
                date: 2025-11-20 10:00
                category: 文旅资讯
                ---

                正文。
                """;
        TestSites.write(site.resolve("content/news/2025/11/upper.MD"), article.formatted("大写扩展名"));
        TestSites.write(site.resolve("content/news/2025/11/long.Markdown"), article.formatted("长扩展名"));

        Baker.Result result = bake();

        assertThat(result.articles()).isEqualTo(8);
        assertThat(files(out)).contains("2025/11/upper.html", "2025/11/long.html")
                .noneMatch(f -> f.endsWith(".MD") || f.endsWith(".Markdown"));
        assertThat(TestSites.read(out.resolve("2025/11/upper.html"))).contains("大写扩展名");
    }

    @ParameterizedTest
    @CsvSource({"draft.md~", "#draft.md#", ".draft.md.swp", "draft.md.bak", "draft.md.orig", "draft.MD~"})
    void an_editors_backup_of_a_draft_is_never_copied_to_the_output(String backup) throws IOException {
        Path draft = site.resolve("content/news/2025/11/draft.md");
        assertThat(TestSites.read(draft)).contains("draft: true");
        Files.copy(draft, draft.resolveSibling(backup));

        bake();

        assertThat(files(out)).noneMatch(f -> f.contains("draft"));
        for (String file : files(out)) {
            String text = new String(Files.readAllBytes(out.resolve(file)), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).as(file).doesNotContain("尚未完成的草稿");
        }
    }

    private void assertNothingWritten() throws IOException {
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "elsewhere");
        }
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("passwd");
        }
    }

    private static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
