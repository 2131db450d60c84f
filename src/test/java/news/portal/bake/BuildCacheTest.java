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
 * A build cache that cannot be trusted (its page list, its content part, or the file of rendered bodies
 * it points into) is set aside with a line saying so, and the bake is a full one that equals a bake
 * without any cache; a trusted one appends the bodies of edited articles to the file the last bake saved.
 */
class BuildCacheTest {

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
        assertThat(cache.resolve("content.bin")).isRegularFile();
        assertThat(cache.resolve("pages.bin")).isRegularFile();
        lines.clear();
    }

    private Baker.Result bake() {
        return new Baker(lines::add).bake(site, out, TestSites.publishing().withCache(cache));
    }

    /**
     * Every source is read again; pages, whose keys hold their articles' content keys and live in a file of
     * their own, may still come from the output.
     */
    private void assertFullBakeEqualsFresh(Baker.Result result) {
        assertEqualsFreshBake("after a set-aside cache");
        assertThat(cache.resolve("content.bin.broken")).isRegularFile();
        assertThat(lines).anyMatch(line -> line.contains("构建缓存") && line.contains("已移到"));
    }

    @Test
    void an_unchanged_site_takes_every_page_from_the_cache() {
        Baker.Result again = bake();
        assertThat(again.written()).as(String.valueOf(lines)).isZero();
        assertThat(again.kept()).isPositive();
        assertThat(lines).anyMatch(line -> line.contains("沿用上次的"));
    }

    @Test
    void a_damaged_page_list_renders_every_page_but_reads_nothing_again() throws IOException {
        Path file = cache.resolve("pages.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        Baker.Result again = bake();
        assertThat(again.kept()).isZero();
        assertThat(cache.resolve("pages.bin.broken")).isRegularFile();
        assertThat(cache.resolve("content.bin.broken")).doesNotExist();
        Path fresh = dir.resolve("fresh");
        new Baker(line -> { }).bake(site, fresh, TestSites.publishing());
        IncrementalBakeTest.assertSameTree(fresh, out, "after a set-aside page list");
    }

    @Test
    void a_truncated_cache_is_set_aside() throws IOException {
        Path file = cache.resolve("content.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertFullBakeEqualsFresh(bake());
    }

    @Test
    void a_cache_of_garbage_is_set_aside() throws IOException {
        Files.write(cache.resolve("content.bin"), "这不是缓存 not a cache at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFullBakeEqualsFresh(bake());
    }

    @Test
    void a_flipped_byte_is_caught_by_the_checksum() throws IOException {
        Path file = cache.resolve("content.bin");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        assertFullBakeEqualsFresh(bake());
    }

    @Test
    void a_cache_of_another_version_is_set_aside() throws IOException {
        for (String name : List.of("content", "pages")) {
            BuildCache.write(cache, "another version", new BuildCache.Part() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public String key() {
                    return "x";
                }

                @Override
                public void write(java.io.DataOutputStream out) throws IOException {
                    out.writeInt(0);
                }

                @Override
                public void read(java.io.DataInputStream in) {
                    throw new AssertionError("another version's cache is never read");
                }
            });
        }
        Baker.Result result = bake();
        assertThat(result.kept()).as("nothing taken from another version's cache").isZero();
        assertFullBakeEqualsFresh(result);
        assertThat(lines).anyMatch(line -> line.contains("another version"));
    }

    @Test
    void a_killed_write_leaves_the_previous_cache_in_use() throws IOException {
        Files.write(cache.resolve(".content.bin-deadbeef"), new byte[] {1, 2, 3});
        Baker.Result again = bake();
        assertThat(again.kept()).isPositive();
        assertThat(cache.resolve(".content.bin-deadbeef")).doesNotExist();
        assertThat(lines).noneMatch(line -> line.contains("已移到"));
    }

    @Test
    void a_page_changed_by_hand_in_the_output_is_rendered_again() throws IOException {
        Path index = out.resolve("index.html");
        String original = Files.readString(index);
        Files.writeString(index, original.replace("</body>", "<!-- hand edit --></body>"));
        Baker.Result again = bake();
        assertThat(again.written()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(original);
    }

    @Test
    void an_output_replaced_by_another_bake_is_not_trusted() {
        new Baker(line -> { }).bake(site, out, TestSites.publishing());
        Baker.Result again = bake();
        assertThat(again.kept()).isZero();
    }

    @Test
    void a_failed_bake_leaves_output_and_cache_as_they_were() throws IOException {
        byte[] before = Files.readAllBytes(cache.resolve("pages.bin"));
        Path index = out.resolve("index.html");
        String page = Files.readString(index);
        TestSites.write(site.resolve("content/news/broken.md"), "---\ntitle: 坏\ndate: 不是日期\n---\n正文\n");
        assertThatThrownBy(this::bake).isInstanceOf(news.portal.problem.ProblemException.class);
        assertThat(Files.readString(index)).isEqualTo(page);
        assertThat(Files.readAllBytes(cache.resolve("pages.bin"))).isEqualTo(before);
        Files.delete(site.resolve("content/news/broken.md"));
        assertThat(bake().kept()).isPositive();
    }

    @Test
    void a_cache_inside_the_output_is_refused() {
        assertThatThrownBy(() -> new Baker(line -> { }).bake(site, out,
                TestSites.publishing().withCache(out.resolve("cache"))))
                .isInstanceOf(OutputGuard.Refused.class).hasMessageContaining("--cache");
    }

    @Test
    void a_cache_inside_the_content_folder_is_refused() {
        assertThatThrownBy(() -> new Baker(line -> { }).bake(site, out,
                TestSites.publishing().withCache(site.resolve("content/cache"))))
                .isInstanceOf(OutputGuard.Refused.class).hasMessageContaining("--cache");
    }

    /** The generations of the articles' rendered bodies in the cache's {@code bodies} folder. */
    private List<Path> generations() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("bodies"))) {
            return files.sorted().toList();
        }
    }

    /** The output equals a bake of the same site without any cache. */
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
