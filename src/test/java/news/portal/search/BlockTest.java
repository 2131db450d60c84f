package news.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.content.ContentLoader;
import news.portal.content.SiteModel;
import news.portal.problem.ProblemException;

/**
 * Blocks of articles and the index merged from them: however the articles are cut into blocks, and
 * whichever blocks come from an earlier write or the cache, the index is the one a write from scratch gives.
 */
class BlockTest {

    @TempDir
    Path dir;

    private SiteConfig site(String name, String extra) {
        Path site = TestSites.create(dir.resolve(name), "/fixtures/search/site");
        Path properties = site.resolve("jbake.properties");
        TestSites.write(properties, TestSites.read(properties) + "\n" + extra + "\n");
        return SiteConfig.load(site);
    }

    private static SiteModel load(SiteConfig config) {
        return new ContentLoader(config).load(SearchIndexTest.NOW, false);
    }

    @Test
    void the_index_is_the_same_whatever_the_block_length() {
        SiteConfig whole = site("whole", "");
        Path expected = dir.resolve("out-whole");
        new SearchIndex(whole).write(load(whole), expected);
        for (int length : List.of(1, 2, 3)) {
            SiteConfig config = site("blocks-" + length, "search.block_articles=" + length);
            Path actual = dir.resolve("out-" + length);
            new SearchIndex(config).write(load(config), actual);
            assertThat(tree(actual)).as("blocks of %d", length).isEqualTo(tree(expected));
        }
    }

    @Test
    void a_write_after_edits_reads_again_only_their_blocks_and_equals_a_write_from_scratch() throws IOException {
        SiteConfig config = site("edited", "search.block_articles=2");
        SearchIndex index = new SearchIndex(config);
        SearchIndex.Stats first = index.write(load(config), dir.resolve("before")).orElseThrow();
        assertThat(first.read()).isEqualTo(first.articles());

        Path news = config.paths().content().resolve("news/2025");
        Path edited = news.resolve("kun-lun.md");
        Files.writeString(edited, Files.readString(edited) + "\n\n补充：山下新开了一家驿站。\n");
        Files.delete(news.resolve("museum-old.md"));
        SiteModel model = load(config);
        Path incremental = dir.resolve("incremental");
        SearchIndex.Stats second = index.write(model, incremental).orElseThrow();
        Path scratch = dir.resolve("scratch");
        new SearchIndex(config).write(model, scratch);

        assertThat(tree(incremental)).isEqualTo(tree(scratch));
        assertThat(second.read()).as("articles read again").isGreaterThan(0).isLessThan(second.articles());
        assertThat(new Searcher(incremental).search("新开了一家驿站")).hasSize(1);
    }

    @Test
    void blocks_saved_and_restored_give_the_same_index_without_reading_the_articles_again() throws IOException {
        SiteConfig config = site("saved", "search.block_articles=2");
        SiteModel model = load(config);
        SearchIndex index = new SearchIndex(config);
        index.write(model, dir.resolve("first"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        index.save(new DataOutputStream(bytes));

        SearchIndex restored = new SearchIndex(config);
        restored.restore(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        SearchIndex.Stats stats = restored.write(load(config), dir.resolve("second")).orElseThrow();
        assertThat(stats.read()).isZero();
        assertThat(tree(dir.resolve("second"))).isEqualTo(tree(dir.resolve("first")));

        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        assertThatThrownBy(() -> new SearchIndex(config).restore(new DataInputStream(new ByteArrayInputStream(cut))))
                .isInstanceOf(IOException.class);
    }

    @Test
    void blocks_of_another_length_are_not_used() throws IOException {
        SiteConfig two = site("two", "search.block_articles=2");
        SearchIndex index = new SearchIndex(two);
        index.write(load(two), dir.resolve("two-out"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        index.save(new DataOutputStream(bytes));
        SiteConfig three = site("three", "search.block_articles=3");
        SearchIndex other = new SearchIndex(three);
        other.restore(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        SearchIndex.Stats stats = other.write(load(three), dir.resolve("three-out")).orElseThrow();
        assertThat(stats.read()).isEqualTo(stats.articles());
    }

    @Test
    void a_bad_block_length_names_its_line() {
        assertThatThrownBy(() -> new SearchIndex(site("bad", "search.block_articles=0")))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("search.block_articles");
                            assertThat(p.line()).isPositive();
                        }));
    }

    /** Every file below {@code out/search}, by path, as text. */
    private static Map<String, String> tree(Path out) {
        Path folder = out.resolve(SearchIndex.FOLDER);
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(files).isNotEmpty();
        return files;
    }
}
