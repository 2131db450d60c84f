package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The articles' rendered bodies live in the build cache's {@code bodies} folder: a bake with the cache
 * appends to the file the last one saved, and one whose file is gone or damaged never shows a wrong body.
 */
class CachedBodiesTest {

    @TempDir
    Path dir;

    private Path site;
    private Path cache;
    private Path out;
    private final List<String> lines = new ArrayList<>();

    @BeforeEach
    void bakeOnce() {
        site = TestSites.create(dir, "/fixtures/bake/site");
        cache = dir.resolve("cache");
        out = dir.resolve("out");
        bake();
        lines.clear();
    }

    private Baker.Result bake() {
        return new Baker(lines::add).bake(site, out, TestSites.publishing().withCache(cache));
    }

    private List<Path> generations() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("bodies"))) {
            return files.sorted().toList();
        }
    }

    private void assertEqualsFreshBake(String context) {
        Path fresh = dir.resolve("fresh");
        new Baker(line -> { }).bake(site, fresh, TestSites.publishing());
        IncrementalBakeTest.assertSameTree(fresh, out, context);
    }

    @Test
    void an_edit_appends_to_the_saved_file_and_a_new_configuration_starts_a_new_one() throws IOException {
        List<Path> first = generations();
        assertThat(first).hasSize(1);
        long size = Files.size(first.get(0));
        Path article = site.resolve("content/news/2025/11/night-tour.md");
        Files.writeString(article, Files.readString(article) + "\n夜游线路新增了一个码头站。\n");
        bake();
        assertThat(generations()).isEqualTo(first);
        assertThat(Files.size(first.get(0))).isGreaterThan(size);
        assertEqualsFreshBake("after an edit");

        Path properties = site.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties) + "\nsite.description=换了一句介绍\n");
        bake();
        assertThat(generations()).hasSize(1).doesNotContainAnyElementsOf(first);
        assertEqualsFreshBake("after a configuration change");
    }

    @Test
    void a_missing_bodies_file_sets_the_cache_aside_and_the_bake_is_a_full_one() throws IOException {
        for (Path file : generations()) {
            Files.delete(file);
        }
        Path article = site.resolve("content/news/2025/11/night-tour.md");
        Files.writeString(article, Files.readString(article) + "\n游船在晚上九点停航。\n");
        bake();
        assertThat(cache.resolve("content.bin.broken")).isRegularFile();
        assertThat(lines).anyMatch(line -> line.contains("构建缓存") && line.contains("missing"));
        assertEqualsFreshBake("after a missing bodies file");
    }

    @Test
    void a_damaged_body_stops_the_bake_before_it_shows_it_and_the_next_bake_is_a_full_one() throws IOException {
        Path file = generations().get(0);
        byte[] page = Files.readAllBytes(out.resolve("index.html"));
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            for (long at = 0; at < raw.length(); at += 64) {
                raw.seek(at);
                int b = raw.read();
                raw.seek(at);
                raw.write(b ^ 0x01);
            }
        }
        // without the page list every page is rendered, each body read from the damaged file
        Files.delete(cache.resolve("pages.bin"));
        assertThatThrownBy(this::bake).isInstanceOf(UncheckedIOException.class).hasMessageContaining("damaged");
        assertThat(Files.readAllBytes(out.resolve("index.html"))).as("the previous output stays").isEqualTo(page);

        bake();
        assertThat(cache.resolve("content.bin.broken")).isRegularFile();
        assertEqualsFreshBake("after a damaged bodies file");
    }
}
