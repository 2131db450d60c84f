package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJvmTest {

    static final long MIB = 1024 * 1024;
    static final long GIB = 1024 * MIB;

    @Test
    void a_small_site_gets_one_gigabyte() {
        assertThat(BatchJvm.heap(0, 24 * GIB)).isEqualTo("-Xmx1024m");
        assertThat(BatchJvm.heap(50 * MIB, 24 * GIB)).isEqualTo("-Xmx1024m");
    }

    @Test
    void a_large_site_gets_one_and_a_half_times_its_markdown_and_a_quarter_gigabyte() {
        assertThat(BatchJvm.heap(600 * MIB, 24 * GIB)).isEqualTo("-Xmx1156m");
        assertThat(BatchJvm.heap(1000 * MIB, 24 * GIB)).isEqualTo("-Xmx1756m");
    }

    @Test
    void a_hundred_thousand_articles_get_no_more_than_one_gigabyte() {
        // bench/CorpusGenerator.java 100000: 504.2 MB of Markdown
        assertThat(BatchJvm.heap(504_200_000L, 24 * GIB)).isEqualTo("-Xmx1024m");
    }

    @Test
    void never_more_than_half_the_memory() {
        assertThat(BatchJvm.heap(2000 * MIB, 4 * GIB)).isEqualTo("-Xmx2048m");
        assertThat(BatchJvm.heap(1000 * MIB, 1 * GIB)).isEqualTo("-Xmx512m");
    }

    @Test
    void half_the_memory_wins_over_the_one_gigabyte_floor_on_a_small_machine() {
        assertThat(BatchJvm.heap(0, 1536 * MIB)).isEqualTo("-Xmx768m");
        assertThat(BatchJvm.heap(0, 2 * GIB)).isEqualTo("-Xmx1024m");
    }

    @Test
    void finds_the_site_folder_among_options_and_their_values() {
        assertThat(BatchJvm.siteFolder(new String[] {"bake"})).isEqualTo(Path.of("."));
        assertThat(BatchJvm.siteFolder(new String[] {"bake", "site"})).isEqualTo(Path.of("site"));
        assertThat(BatchJvm.siteFolder(new String[] {"bake", "-o", "out", "--threads", "2", "site"}))
                .isEqualTo(Path.of("site"));
        assertThat(BatchJvm.siteFolder(new String[] {"bake", "--output=out", "-oout", "site", "-o", "x"}))
                .isEqualTo(Path.of("site"));
        assertThat(BatchJvm.siteFolder(new String[] {"bake", "-o", "out"})).isEqualTo(Path.of("."));
        assertThat(BatchJvm.siteFolder(new String[] {"bake", "--", "-site"})).isEqualTo(Path.of("-site"));
    }

    @Test
    void counts_the_markdown_of_the_configured_content_folder(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("jbake.properties"), "content.folder=texts\n");
        Files.createDirectories(site.resolve("texts/news/2025"));
        Files.writeString(site.resolve("texts/news/2025/a.md"), "12345");
        Files.writeString(site.resolve("texts/b.md"), "123");
        Files.writeString(site.resolve("texts/c.html"), "not counted");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/d.md"), "not the content folder");

        assertThat(BatchJvm.contentBytes(new String[] {"bake", "-o", "out", site.toString()})).isEqualTo(8);
        assertThat(BatchJvm.contentBytes(new String[] {"bake", site.resolve("missing").toString()})).isZero();
    }

    @Test
    void maps_the_archive_beside_the_jar_only_when_there_is_one(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("news-portal.jar"), "");

        assertThat(BatchJvm.sharedArchive(jar)).isEmpty();

        Path archive = Files.writeString(dir.resolve("news-portal.jsa"), "");
        assertThat(BatchJvm.sharedArchive(jar)).contains(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off"));
    }
}
