package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.Baker;
import news.portal.bake.TestSites;

/**
 * {@code java -jar news-portal.jar bake} forks a second JVM; stopping the first, politely or with KILL,
 * stops both within 2 s and leaves the previous output exactly as it was.
 */
class BakeKillIT {

    static final Duration LIMIT = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    Path site;
    Path out;
    Map<String, String> before;

    @BeforeEach
    void previousOutputThenABigSite() throws IOException {
        site = TestSites.create(dir, "/fixtures/bake/site");
        out = dir.resolve("out");
        new Baker(line -> { }).bake(site, out, TestSites.publishing());
        before = snapshot(out);
        String body = "古城夜游线路今晚开放，游客可以沿着护城河步行游览，沿途有灯光秀和非遗展示。\n\n".repeat(40);
        for (int i = 0; i < 3000; i++) {
            TestSites.write(site.resolve(String.format("content/news/2024/%02d/a-%04d.md", i % 12 + 1, i)),
                    "---\ntitle: 生成的文章 " + i + "\ndate: 2024-" + String.format("%02d", i % 12 + 1)
                            + "-10 08:00\ncategory: 文旅资讯\ntags: [古城, 标签" + i % 40 + "]\nslug: a-" + i
                            + "\n---\n" + body);
        }
    }

    @Test
    void term_to_the_parent_stops_both_jvms_and_keeps_the_old_site() throws Exception {
        stop(ProcessHandle::destroy);
    }

    @Test
    void kill_of_the_parent_stops_the_child_too_and_keeps_the_old_site() throws Exception {
        stop(ProcessHandle::destroyForcibly);
    }

    private void stop(Consumer<ProcessHandle> signal) throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TestSites.repository().resolve("target/news-portal.jar").toString(),
                "bake", site.toString(), "-o", out.toString()).redirectErrorStream(true).start();
        CountDownLatch rendering = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("读取了 ") && line.contains("篇文章")) {
                        rendering.countDown();
                    }
                }
            } catch (IOException e) {
                // the processes are gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(rendering.await(120, TimeUnit.SECONDS)).as("the bake started rendering").isTrue();
        Thread.sleep(300);
        List<ProcessHandle> family = Stream.concat(Stream.of(parent.toHandle()), parent.toHandle().descendants()).toList();
        assertThat(family).as("the bake runs in a second JVM").hasSizeGreaterThan(1);
        assertThat(parent.isAlive()).as("the bake was still running when it was stopped").isTrue();

        long start = System.nanoTime();
        signal.accept(parent.toHandle());
        while (family.stream().anyMatch(BakeKillIT::running) && System.nanoTime() - start < LIMIT.toNanos()) {
            Thread.sleep(20);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(family).as("every JVM of the bake has exited").noneMatch(BakeKillIT::running);
        assertThat(took).isLessThanOrEqualTo(LIMIT);
        assertThat(snapshot(out)).as("the previous output, byte for byte").isEqualTo(before);
    }

    /**
     * Whether {@code process} still runs. One that has exited but is not yet reaped (a zombie) has stopped:
     * the second JVM is reaped by whoever adopts it once the first is killed, and in a container that init
     * process may take seconds, while {@link ProcessHandle#isAlive} (and {@code onExit}) count it alive until then.
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String state = stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
            return !state.equals("Z") && !state.equals("X");
        } catch (IOException e) {
            // reaped meanwhile; without a /proc to look in, isAlive has the last word
            return !Files.isDirectory(Path.of("/proc/self")) || Files.isDirectory(Path.of("/proc", Long.toString(process.pid())));
        }
    }

    /** Every file below {@code root} with the SHA-256 of its bytes. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                try {
                    files.put(root.relativize(file).toString(), java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return files;
    }
}
