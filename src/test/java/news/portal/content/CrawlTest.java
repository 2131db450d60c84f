package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.problem.Problem;

/**
 * Which files of the content folder are articles, which are copied as they are, and which look like
 * articles under the wrong extension: copying those would publish their source, drafts included.
 */
class CrawlTest {

    @TempDir
    Path dir;

    @Test
    void a_file_with_an_article_header_under_another_extension_is_refused_and_everything_else_copied()
            throws IOException {
        Path site = TestSites.create(dir, "/fixtures/bake/site");
        Path folder = Files.createDirectories(site.resolve("content/files"));
        Files.writeString(folder.resolve("yaml.txt"), "---\ntitle: 草稿\n---\n正文");
        Files.writeString(folder.resolve("bom.txt"), "\uFEFF---\r\ntitle: 草稿\r\n---\r\n");
        Files.writeString(folder.resolve("jbake.txt"), "title=草稿\n\nstatus=draft\n~~~~~~\n正文");
        Files.writeString(folder.resolve("blank-first.txt"), "\ntitle=草稿\n~~~~~~\n");
        Files.writeString(folder.resolve("z-only-dashes.txt"), "---");
        Files.writeString(folder.resolve("z-separator-first.txt"), "~~~~~~\n正文\n");
        Files.writeString(folder.resolve("z-prose.txt"), "title=草稿\n这不是头信息\n~~~~~~\n");
        Files.writeString(folder.resolve("z-no-separator.txt"), "a = b\nc = d\n");
        Files.writeString(folder.resolve("z-separator-last.txt"), "a = b\n~~~~~~");
        Files.write(folder.resolve("z-binary.dat"), "---\ntitle: x\0\n---\n".getBytes());

        Crawl.Result result = new Crawl(SiteConfig.load(site)).walk();

        assertThat(result.problems()).extracting(Problem::file).containsExactlyInAnyOrder(
                "content/files/yaml.txt", "content/files/bom.txt", "content/files/jbake.txt",
                "content/files/blank-first.txt");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).contains("扩展名"));
        assertThat(result.statics()).filteredOn(s -> s.startsWith("files/")).containsExactly(
                "files/z-binary.dat", "files/z-no-separator.txt", "files/z-only-dashes.txt", "files/z-prose.txt",
                "files/z-separator-first.txt", "files/z-separator-last.txt");
        assertThat(result.statics()).isSorted();
        assertThat(result.documents()).isNotEmpty().isSortedAccordingTo(java.util.Comparator.comparing(Path::toString));
    }

    @Test
    void an_editors_leftover_is_set_aside_and_a_hidden_file_ignored() throws IOException {
        Path site = TestSites.create(dir, "/fixtures/bake/site");
        Path news = site.resolve("content/news/2025/11");
        Files.writeString(news.resolve("night-tour.md~"), "---\ntitle: 旧\n---\n");
        Files.writeString(news.resolve(".night-tour.md.swp"), "x");
        Files.writeString(news.resolve(".hidden.md"), "---\ntitle: 藏\n---\n");

        Crawl.Result result = new Crawl(SiteConfig.load(site)).walk();

        assertThat(result.leftovers()).contains("news/2025/11/night-tour.md~");
        assertThat(result.documents()).noneMatch(p -> p.toString().contains(".hidden"));
        assertThat(result.statics()).noneMatch(s -> s.contains(".hidden") || s.contains("night-tour.md~"));
        assertThat(Crawl.isLeftover("night-tour.md~")).isTrue();
        assertThat(Crawl.isLeftover("night-tour.md")).isFalse();
    }
}
