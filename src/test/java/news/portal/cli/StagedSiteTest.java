package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;

/** {@link StagedSite} against a real git repository whose site sits in a subfolder. */
class StagedSiteTest {

    @TempDir
    Path dir;

    private void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=编辑", "-c", "user.email=e@example.cn"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("git %s: %s", args, output).isZero();
    }

    @Test
    void writes_text_as_staged_other_files_empty_and_nothing_unstaged() throws Exception {
        Path repo = dir.resolve("repo");
        Path site = repo.resolve("站点");
        TestSites.write(site.resolve("jbake.properties"), "site.host=https://a.example.cn/\n");
        TestSites.write(site.resolve("content/news/古城.md"), "---\ntitle: 暂存的版本\n---\n");
        TestSites.write(site.resolve("assets/images/wall.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        TestSites.write(site.resolve("content/news/古城.md"), "---\ntitle: 后来改的，没有 add\n---\n");
        TestSites.write(site.resolve("assets/images/new.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        Path copy = StagedSite.write(site, dir.resolve("scratch"));

        assertThat(copy).isEqualTo(dir.resolve("scratch/站点"));
        assertThat(Files.readString(copy.resolve("content/news/古城.md"))).contains("暂存的版本");
        assertThat(Files.readString(copy.resolve("jbake.properties"))).isEqualTo("site.host=https://a.example.cn/\n");
        assertThat(copy.resolve("assets/images/wall.svg")).isRegularFile().isEmptyFile();
        assertThat(copy.resolve("assets/images/new.svg")).doesNotExist();
    }

    @Test
    void staged_symbolic_links_are_made_again_with_their_targets_so_check_judges_them() throws Exception {
        Path repo = dir.resolve("repo");
        Path site = repo.resolve("站点");
        Path secret = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("passwd"), "secret");
        TestSites.write(site.resolve("jbake.properties"), "site.host=https://a.example.cn/\n");
        TestSites.write(site.resolve("assets/css/site.css"), "body{}");
        Files.createSymbolicLink(site.resolve("assets/x.txt"), secret);
        Files.createSymbolicLink(site.resolve("assets/alias.css"), Path.of("css/site.css"));
        git(repo, "init", "-q");
        git(repo, "add", "-A");

        Path copy = StagedSite.write(site, dir.resolve("scratch"));

        assertThat(Files.readSymbolicLink(copy.resolve("assets/x.txt"))).isEqualTo(secret);
        assertThat(Files.readSymbolicLink(copy.resolve("assets/alias.css"))).isEqualTo(Path.of("css/site.css"));
    }

    @Test
    void the_folder_matches_when_all_it_reads_is_staged_as_it_is() throws Exception {
        Path repo = TestSites.create(dir, "/fixtures/check/site");
        TestSites.write(repo.resolve(".gitignore"), "target/\n*.psd\n");
        TestSites.write(repo.resolve("target/site/index.html"), "baked, ignored, not read by the check\n");
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        TestSites.write(repo.resolve("notes.txt"), "outside what the check reads\n");

        assertThat(StagedSite.matchesFolder(repo)).isTrue();

        TestSites.write(repo.resolve("assets/images/new.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(StagedSite.matchesFolder(repo)).as("an image never added").isFalse();
        git(repo, "add", "-A");
        assertThat(StagedSite.matchesFolder(repo)).isTrue();

        TestSites.write(repo.resolve("assets/images/layers.psd"), "ignored, but on disk");
        assertThat(StagedSite.matchesFolder(repo)).as("an ignored file where images live").isFalse();
        Files.delete(repo.resolve("assets/images/layers.psd"));

        Path article;
        try (var files = Files.walk(repo.resolve("content"))) {
            article = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        Files.writeString(article, Files.readString(article) + "\n后来加的一句。\n");
        assertThat(StagedSite.matchesFolder(repo)).as("an edit after git add").isFalse();
        git(repo, "add", "-A");
        Files.delete(article);
        assertThat(StagedSite.matchesFolder(repo)).as("deleted but still staged").isFalse();
    }

    @Test
    void a_folder_outside_git_never_matches() {
        Path site = TestSites.create(dir, "/fixtures/check/site");

        assertThat(StagedSite.matchesFolder(site)).isFalse();
    }
}
