package news.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.Baker;
import news.portal.bake.TestSites;

/**
 * A deploy without credentials, in a JVM whose credential chain is empty: no AWS_* variables, no
 * {@code ~/.aws} files, no instance metadata. No server is needed: it must stop before the first request.
 */
class MissingCredentialsIT {

    @TempDir
    Path dir;

    @Test
    void says_in_one_line_which_variables_to_set() throws Exception {
        Path site = baked("zh", "");
        Path english = baked("en", "site.language=en\n");

        Result zh = deploy(site);
        Result en = deploy(english);

        assertThat(zh.code()).as(zh.err()).isEqualTo(Deployer.FAILED);
        assertThat(zh.err().strip()).isEqualTo("失败：没有找到 AWS 凭证：请设置环境变量 AWS_ACCESS_KEY_ID 和"
                + " AWS_SECRET_ACCESS_KEY，或用 AWS_PROFILE 选 ~/.aws/credentials 里的一组；没有部署任何文件");
        assertThat(en.code()).as(en.err()).isEqualTo(Deployer.FAILED);
        assertThat(en.err().strip()).isEqualTo("failed: no AWS credentials found: set AWS_ACCESS_KEY_ID and"
                + " AWS_SECRET_ACCESS_KEY, or choose a profile of ~/.aws/credentials with AWS_PROFILE; nothing was deployed");
        assertThat(en.out()).doesNotContain("Unable to load credentials").doesNotContain("Provider");
    }

    private record Result(int code, String out, String err) { }

    /** A fixture site with {@code properties} added, baked to its target/site, so that no deploy bakes first. */
    private Path baked(String name, String properties) throws IOException {
        Path site = TestSites.create(dir.resolve(name), "/fixtures/bake/site");
        Path file = site.resolve("jbake.properties");
        TestSites.write(file, java.nio.file.Files.readString(file) + properties);
        new Baker(line -> { }).bake(site, site.resolve("target/site"),
                new Baker.Options(Instant.parse("2026-11-28T00:00:00Z"), false));
        return site;
    }

    private Result deploy(Path site) throws IOException, InterruptedException {
        Path home = dir.resolve("home");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Daws.sharedCredentialsFile=" + home.resolve("none"),
                "-Daws.configFile=" + home.resolve("none"), "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "news.portal.cli.Main",
                "deploy", site.toString(), "--target", "s3://news/site",
                // nothing listens there: a request would fail differently, and slowly
                "--endpoint", "http://127.0.0.1:9", "--path-style"));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("HOME", home.toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        builder.redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the deploy did not end within 60 s");
        }
        return new Result(process.exitValue(),
                java.nio.file.Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }
}
