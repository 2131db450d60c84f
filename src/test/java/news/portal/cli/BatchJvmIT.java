package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;

/** The packaged jar, run as editors and CI run it: {@code java -jar target/news-portal.jar bake …}. */
class BatchJvmIT {

    @TempDir
    Path dir;

    private record Run(int code, String output) {

        /** How many JVMs the run started: each one says so when it picks up JAVA_TOOL_OPTIONS. */
        long jvms() {
            return output.lines().filter(line -> line.startsWith("Picked up JAVA_TOOL_OPTIONS:")).count();
        }
    }

    private Run jar(List<String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                TestSites.repository().resolve("target/news-portal.jar").toString()));
        command.addAll(List.of(args));
        // output to a file, not a pipe read to its end: a child that hangs fails the test after 120 s
        // instead of blocking the build on a read that never ends
        Path log = Files.createTempFile(dir, "run-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // not an -XX option, which would keep the bake in the first JVM; every JVM prints that it read it
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dnews.portal.test=batch-jvm");
        builder.environment().put("NEWS_PORTAL_NOW", TestSites.NOW.toString());
        for (String pair : env) {
            builder.environment().put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("no exit after 120 s: " + command + "\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void bakes_a_site_in_a_tuned_jvm_and_passes_its_exit_code_on() throws Exception {
        Path site = TestSites.create(dir, "/fixtures/bake/site");

        Run ok = jar(List.of(), "bake", site.toString(), "-o", dir.resolve("out").toString());
        assertThat(ok.code()).as(ok.output()).isZero();
        assertThat(ok.jvms()).as(ok.output()).isEqualTo(2);
        assertThat(dir.resolve("out/index.html")).isRegularFile();

        Files.writeString(site.resolve("content/news/bad.md"), "---\ntitle: 坏\ndate: 2024-13-45\n---\n");
        Run bad = jar(List.of(), "bake", site.toString(), "-o", dir.resolve("out").toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.jvms()).isEqualTo(2);
        assertThat(bad.output()).contains("content/news/bad.md:3: date:");
    }

    @Test
    void can_stay_in_one_jvm() throws Exception {
        Path site = TestSites.create(dir, "/fixtures/bake/site");

        Run run = jar(List.of("NEWS_PORTAL_FORK=0"), "bake", site.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.jvms()).as(run.output()).isEqualTo(1);
        assertThat(dir.resolve("out/index.html")).isRegularFile();
    }

    @Test
    void the_timings_line_of_a_forked_bake_shows_the_launchers_share() throws Exception {
        Path site = TestSites.create(dir, "/fixtures/bake/site");

        Run forked = jar(List.of("NEWS_PORTAL_TIMINGS=1"), "bake", site.toString(), "-o", dir.resolve("out").toString());
        Run single = jar(List.of("NEWS_PORTAL_TIMINGS=1", "NEWS_PORTAL_FORK=0"), "bake", site.toString(),
                "-o", dir.resolve("out").toString());

        assertThat(forked.code()).as(forked.output()).isZero();
        assertThat(forked.output()).as(forked.output()).containsPattern("(?m)^timings: launcher \\d+\\.\\d{3} \\| jvm-before-bake ");
        assertThat(single.code()).as(single.output()).isZero();
        assertThat(single.output()).as(single.output()).containsPattern("(?m)^timings: jvm-before-bake ");
    }
}
