package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.problem.ProblemException;

/**
 * The loader's part of the build cache: what {@link ContentLoader#save} writes and a later bake's loader
 * {@link ContentLoader#restore}s, so that an unchanged file is neither parsed nor rendered again.
 */
class ContentLoaderCacheTest {

    @TempDir
    Path dir;
    Path site;
    Path cache;

    /** Every field the cache keeps a form for, a cover, a picture, a link to another article. */
    private static final String FULL = """
            ---
            title: 茶园采风
            date: 2025-11-18 08:30
            updated: 2025-11-19 10:00
            category: 文旅资讯
            tags: 茶叶，古城
            summary: 春茶开采。
            cover: /images/cover.svg
            author: 李明
            source: 本网
            slug: cha-yuan
            weather: 晴
            featured: true
            pin: true
            pin_until: 2025-12-01 00:00
            editor: 王芳
            original_title: 茶乡行
            source_url: https://www.example.cn/a.html
            ---
            山间的茶园，[夜游](night-tour.md)之后。

            ![茶园](/images/cover.svg)
            """;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/bake/site");
        cache = dir.resolve("cache");
        TestSites.write(site.resolve("content/news/2025/11/tea.md"), FULL);
    }

    private ContentLoader loader() {
        return new ContentLoader(SiteConfig.load(site), cache);
    }

    private static byte[] save(ContentLoader loader) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            loader.save(out);
        }
        return bytes.toByteArray();
    }

    private static void restore(ContentLoader loader, byte[] bytes) throws IOException {
        loader.restore(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    /** All an article shows, its body read from wherever it is kept. */
    private static Map<String, List<Object>> shown(SiteModel model) {
        return Stream.of(model.articles(), model.pages(), model.others()).flatMap(List::stream)
                .collect(Collectors.toMap(a -> a.document().file(), a -> Arrays.asList(a.document(), a.uri(),
                        a.slug(), a.html(), a.summary(), a.cover(), a.coverSize(), a.pictures(), a.tags(),
                        a.section(), a.key())));
    }

    /** A first bake's loader: loads the site, saves, closes. */
    private record First(Map<String, List<Object>> shown, byte[] saved) { }

    private First first() throws IOException {
        try (ContentLoader loader = loader()) {
            Map<String, List<Object>> shown = shown(loader.load(TestSites.NOW, false));
            return new First(shown, save(loader));
        }
    }

    @Test
    void a_restored_loader_shows_the_same_site_without_reading_or_placing_anything_again() throws IOException {
        First first = first();
        assertThat(first.shown()).containsKey("news/2025/11/tea.md").hasSizeGreaterThan(5);
        List<Object> tea = first.shown().get("news/2025/11/tea.md");
        Document document = (Document) tea.get(0);
        assertThat(document.desk().editor()).contains("王芳");
        assertThat(document.extra()).containsEntry("weather", "晴");
        assertThat(tea.get(3).toString()).contains("山间的茶园").contains("night-tour");

        try (ContentLoader second = loader()) {
            restore(second, first.saved());
            assertThat(second.changedSinceRestore()).isFalse();
            Map<String, List<Object>> shown = shown(second.load(TestSites.NOW, false));

            assertThat(second.changedSinceRestore()).isFalse();
            assertThat(shown).isEqualTo(first.shown());
            // what it would write is what it was given: nothing was dropped, nothing re-encoded differently
            assertThat(save(second)).isEqualTo(first.saved());
        }
    }

    @Test
    void an_edited_file_is_read_and_placed_again_and_the_rest_comes_from_the_cache() throws IOException {
        First first = first();
        TestSites.write(site.resolve("content/news/2025/11/tea.md"), FULL.replace("茶园采风", "茶园采风（更新）"));

        try (ContentLoader second = loader()) {
            restore(second, first.saved());
            Map<String, List<Object>> shown = shown(second.load(TestSites.NOW, false));

            assertThat(second.changedSinceRestore()).isTrue();
            assertThat(((Document) shown.get("news/2025/11/tea.md").get(0)).title()).isEqualTo("茶园采风（更新）");
            assertThat(shown.get("news/2025/11/tea.md").get(10)).isNotEqualTo(first.shown().get("news/2025/11/tea.md").get(10));
            Map<String, List<Object>> others = new java.util.HashMap<>(shown);
            others.remove("news/2025/11/tea.md");
            Map<String, List<Object>> before = new java.util.HashMap<>(first.shown());
            before.remove("news/2025/11/tea.md");
            assertThat(others).isEqualTo(before);
        }
    }

    @Test
    void a_file_whose_time_changed_but_not_its_bytes_is_not_a_change_on_a_portal_site() throws IOException {
        First first = first();
        Path tea = site.resolve("content/news/2025/11/tea.md");
        Files.setLastModifiedTime(tea, java.nio.file.attribute.FileTime.fromMillis(0));

        try (ContentLoader second = loader()) {
            restore(second, first.saved());
            assertThat(shown(second.load(TestSites.NOW, false))).isEqualTo(first.shown());
            assertThat(second.changedSinceRestore()).isFalse();
        }
    }

    @Test
    void a_deleted_file_is_gone_from_the_site_and_from_the_next_cache() throws IOException {
        First first = first();
        Files.delete(site.resolve("content/news/2025/11/tea.md"));

        try (ContentLoader second = loader()) {
            restore(second, first.saved());
            Map<String, List<Object>> shown = shown(second.load(TestSites.NOW, false));

            assertThat(second.changedSinceRestore()).isTrue();
            assertThat(shown).doesNotContainKey("news/2025/11/tea.md").hasSize(first.shown().size() - 1);
            byte[] saved = save(second);
            assertThat(saved.length).isLessThan(first.saved().length);
            assertThat(new String(saved, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("tea.md");
            assertThat(new String(first.saved(), java.nio.charset.StandardCharsets.UTF_8)).contains("tea.md");
        }
    }

    @Test
    void the_problems_of_a_broken_file_come_back_from_the_cache_as_they_were_found() throws IOException {
        Files.copy(TestSites.fixture("/fixtures/bake/errors/bad-date.md"), site.resolve("content/news/bad-date.md"));
        byte[] saved;
        List<?> problems;
        try (ContentLoader loader = loader()) {
            problems = catchThrowableOfType(ProblemException.class, () -> loader.load(TestSites.NOW, false)).problems();
            saved = save(loader);
        }
        assertThat(problems).hasSize(1);

        try (ContentLoader second = loader()) {
            restore(second, saved);
            ProblemException again = catchThrowableOfType(ProblemException.class, () -> second.load(TestSites.NOW, false));
            assertThat(again.problems()).isEqualTo(problems);
            assertThat(second.changedSinceRestore()).isFalse();
        }
    }

    @Test
    void a_cut_cache_is_refused_and_the_loader_starts_from_nothing() throws IOException {
        First first = first();
        for (int cut : new int[] {first.saved().length / 3, first.saved().length - 1}) {
            try (ContentLoader second = loader()) {
                byte[] part = Arrays.copyOf(first.saved(), cut);
                assertThatThrownBy(() -> restore(second, part)).isInstanceOf(IOException.class);
                assertThat(second.changedSinceRestore()).isTrue();
                assertThat(shown(second.load(TestSites.NOW, false))).isEqualTo(first.shown());
            }
        }
    }

    @Test
    void a_cache_naming_a_file_outside_the_content_folder_is_refused() throws IOException {
        byte[] saved = first().saved();
        String name = "news/2025/11/tea.md";
        byte[] from = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] to = "../../../../x/te.md".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(to).hasSameSizeAs(from);
        int at = indexOf(saved, from);
        assertThat(at).isPositive();
        System.arraycopy(to, 0, saved, at, to.length);

        try (ContentLoader second = loader()) {
            assertThatThrownBy(() -> restore(second, saved)).isInstanceOf(IOException.class)
                    .hasMessageContaining("outside the content folder");
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        List<Integer> found = new ArrayList<>();
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            found.add(i);
        }
        return found.isEmpty() ? -1 : found.get(0);
    }
}
