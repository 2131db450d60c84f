package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/bake/site");
    }

    private Baker.Result bake(Path output) {
        return new Baker(line -> { }).bake(site, output, new Baker.Options(NOW, false));
    }

    private void assertRefused(Path output, String reason) {
        List<String> before = BakerTest.files(dir);
        assertThatThrownBy(() -> bake(output)).isInstanceOf(OutputGuard.Refused.class)
                .hasMessageContaining(reason).hasMessageNotContaining("\n");
        assertThat(BakerTest.files(dir)).as("nothing written or deleted").isEqualTo(before);
    }

    @Test
    void refuses_the_site_folder_itself() {
        assertRefused(site, "就是网站文件夹");
        assertRefused(site.resolve("content").resolve(".."), "就是网站文件夹");
    }

    @Test
    void refuses_a_folder_that_contains_the_site() {
        assertRefused(dir, "包含网站文件夹");
        assertRefused(site.resolve(".."), "包含网站文件夹");
    }

    @Test
    void refuses_a_folder_inside_the_sources() throws IOException {
        assertRefused(site.resolve("content"), "内容文件夹");
        assertRefused(site.resolve("content/news/out"), "内容文件夹");
        assertRefused(site.resolve("templates/out"), "模板文件夹");
        assertRefused(site.resolve("assets"), "资源文件夹");
        assertRefused(site.resolve("data/out"), "数据文件夹");
        Files.writeString(site.resolve("jbake.properties"), "\ndata.folder=tables\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertRefused(site.resolve("tables/out"), "数据文件夹");
    }

    @Test
    void refuses_a_symbolic_link_to_the_site() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), site);
        assertRefused(link, "就是网站文件夹");
    }

    @Test
    void refuses_a_file() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertRefused(file, "是一个文件");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void refuses_a_folder_of_someone_elses_files() throws IOException {
        Path theirs = Files.createDirectories(dir.resolve("theirs"));
        Files.writeString(theirs.resolve("thesis.docx"), "years of work");
        assertRefused(theirs, "不是本工具生成的");
        assertThat(Files.readString(theirs.resolve("thesis.docx"))).isEqualTo("years of work");
    }

    @Test
    void bakes_into_an_empty_folder_and_marks_it_so_the_next_bake_may_replace_it() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        bake(out);
        assertThat(Files.readString(out.resolve(OutputGuard.MARKER))).startsWith("news-portal");
        assertThat(out.resolve("index.html")).exists();

        bake(out);

        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void accepts_an_unmarked_default_output_left_by_an_older_version() throws IOException {
        Path old = Files.createDirectories(site.resolve("target/site"));
        Files.writeString(old.resolve("index.html"), "<p>old</p>");
        bake(old);
        assertThat(old.resolve(OutputGuard.MARKER)).exists();
    }

    @Test
    void the_next_bake_removes_what_a_killed_bake_left_beside_the_output() throws IOException {
        Path out = dir.resolve("out");
        bake(out);
        long dead = deadPid();
        Path baking = Files.createDirectories(dir.resolve(".out.baking-" + dead + "-0123abcd/news"));
        Files.writeString(baking.resolve("a.html"), "half");
        Path old = Files.createDirectories(dir.resolve(".out.old-" + dead + "-89abcdef"));
        Path running = Files.createDirectories(dir.resolve(".out.baking-" + ProcessHandle.current().pid() + "-00000000"));
        Path otherOutput = Files.createDirectories(dir.resolve(".else.baking-" + dead + "-00000000"));
        Path notOurs = Files.createDirectories(dir.resolve(".out.baking-keep"));

        bake(out);

        assertThat(dir.resolve(".out.baking-" + dead + "-0123abcd")).doesNotExist();
        assertThat(old).doesNotExist();
        assertThat(running).as("a bake still running").exists();
        assertThat(otherOutput).as("another output's").exists();
        assertThat(notOurs).exists();
    }

    @Test
    void a_finished_bake_leaves_nothing_beside_the_output() throws IOException {
        Path out = dir.resolve("out");
        bake(out);
        bake(out);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out");
        }
    }

    /** A pid that no process has now: one of a process that has just ended. */
    private static long deadPid() throws IOException {
        try {
            Process process = new ProcessBuilder("true").start();
            process.waitFor();
            return process.pid();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
