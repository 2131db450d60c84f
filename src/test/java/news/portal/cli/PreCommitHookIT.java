package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;

/**
 * scripts/install-hooks.sh and scripts/pre-commit in a throwaway git repository holding a fixture site,
 * with the jar this build packaged (failsafe runs after package). Git runs with a private HOME and
 * no system configuration, so nobody's own hooks or settings take part.
 */
class PreCommitHookIT {

    @TempDir
    Path dir;
    Path repo;

    record Result(int code, String output) { }

    private Result run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("HOME", dir.resolve("home").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("NEWS_PORTAL_JAR", TestSites.repository().resolve("target/news-portal.jar").toString());
        env.put("LANG", "C.UTF-8");
        env.put("NEWS_PORTAL_NOW", TestSites.NOW.toString());
        // output to a file, not a pipe read to its end: a hook that hangs fails the test after 120 s instead
        // of blocking the build on a read that never ends
        Path log = Files.createTempFile(dir, "run-", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(List.of(command) + " did not finish in 120 s:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private void git(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Result result = run(command);
        assertThat(result.code()).as("git %s: %s", List.of(args), result.output()).isZero();
    }

    private Result commit(String message) throws IOException, InterruptedException {
        return run("git", "commit", "-q", "-m", message);
    }

    private int commits() throws IOException, InterruptedException {
        return Integer.parseInt(run("git", "rev-list", "--count", "HEAD").output().strip());
    }

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("home"));
        repo = TestSites.create(dir, "/fixtures/check/site");
        TestSites.copyTree(TestSites.repository().resolve("scripts"), repo.resolve("scripts"));
        git("init", "-q", "-b", "main");
        git("config", "user.name", "编辑");
        git("config", "user.email", "editor@example.cn");
        git("config", "commit.gpgsign", "false");
        Result install = run("bash", "scripts/install-hooks.sh");
        assertThat(install.code()).as(install.output()).isZero();
        git("add", "-A");
        Result first = commit("站点");
        assertThat(first.code()).as(first.output()).isZero();
    }

    @Test
    void a_broken_article_is_not_committed_and_its_problem_is_printed() throws Exception {
        TestSites.copyTree(TestSites.fixture("/fixtures/check/problems/link-missing"), repo);
        git("add", "-A");

        Result result = commit("坏文章");

        assertThat(result.code()).isNotZero();
        assertThat(result.output())
                .contains("content/news/2025/12/link-missing.md:10: 正文: 链接的文章“../11/不存在的文章.md”不存在")
                .contains("提交已取消");
        assertThat(commits()).isEqualTo(1);
    }

    @Test
    void a_good_article_is_committed() throws Exception {
        TestSites.write(repo.resolve("content/news/2025/12/good.md"),
                "---\ntitle: 冬季冰雪季开幕\ndate: 2025-12-20 09:00\ncategory: 旅游攻略\ntags: [冰雪旅游, AI]\n---\n"
                        + "冰雪季开幕，详见[古城夜游](../11/gu-cheng-ye-you.md)。\n");
        git("add", "-A");

        Result result = commit("好文章");

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).contains("检查通过");
        assertThat(commits()).isEqualTo(2);
    }

    @Test
    void an_image_on_disk_that_was_never_added_does_not_pass() throws Exception {
        TestSites.write(repo.resolve("content/news/2025/12/photo.md"), "---\ntitle: 雪后古城\ndate: 2025-12-21 09:00\n"
                + "category: 旅游攻略\ntags: [冰雪旅游]\n---\n雪后的城墙：\n\n![雪后城墙](/images/snow-wall.svg)\n");
        TestSites.write(repo.resolve("assets/images/snow-wall.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360\"/>\n");
        git("add", "content/news/2025/12/photo.md");

        Result forgotten = commit("忘了加图片");

        assertThat(forgotten.code()).isNotZero();
        assertThat(forgotten.output()).contains("content/news/2025/12/photo.md:9: 正文: 图片“/images/snow-wall.svg”找不到");
        git("add", "assets/images/snow-wall.svg");
        Result added = commit("加上图片");
        assertThat(added.code()).as(added.output()).isZero();
        assertThat(commits()).isEqualTo(2);
    }

    @Test
    void the_staged_version_is_checked_not_the_one_in_the_folder() throws Exception {
        Path article = repo.resolve("content/news/2025/12/edits.md");
        String good = "---\ntitle: 冰雪季开幕\ndate: 2025-12-20 09:00\ncategory: 旅游攻略\ntags: [冰雪旅游]\n---\n冰雪季开幕。\n";
        TestSites.write(article, good.replace("冰雪季开幕。\n", "详见[旧文](../11/不存在的文章.md)。\n"));
        git("add", "-A");
        TestSites.write(article, good);

        Result staged = commit("暂存的是坏版本");

        assertThat(staged.code()).isNotZero();
        assertThat(staged.output()).contains("content/news/2025/12/edits.md:7: 正文: 链接的文章“../11/不存在的文章.md”不存在");
        git("add", "-A");
        Result fixed = commit("修好了");
        assertThat(fixed.code()).as(fixed.output()).isZero();
        assertThat(commits()).isEqualTo(2);
    }

    @Test
    void deleting_an_article_that_others_link_to_is_not_committed() throws Exception {
        git("rm", "-q", "content/news/2025/11/kun-lun.md");

        Result result = commit("删文章");

        assertThat(result.code()).isNotZero();
        assertThat(result.output()).contains("content/news/2025/11/gu-cheng-ye-you.md:13: 正文: 链接的文章“kun-lun.md”不存在");
        assertThat(commits()).isEqualTo(1);
    }

    @Test
    void commits_that_touch_no_content_are_not_checked() throws Exception {
        TestSites.write(repo.resolve("notes.txt"), "与文章无关的文件\n");
        git("add", "notes.txt");

        Result result = commit("笔记");

        assertThat(result.code()).isZero();
        assertThat(result.output()).doesNotContain("检查");
    }

    @Test
    void installing_keeps_a_foreign_hook_unless_forced() throws Exception {
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.writeString(hook, "#!/bin/sh\necho mine\n");

        Result refused = run("bash", "scripts/install-hooks.sh");
        Result forced = run("bash", "scripts/install-hooks.sh", "--force");

        assertThat(refused.code()).isNotZero();
        assertThat(refused.output()).contains("已有另一个 pre-commit 钩子");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(hook)).contains("news-portal pre-commit");
        assertThat(Files.readString(repo.resolve(".git/hooks/pre-commit.bak"))).contains("echo mine");
    }
}
