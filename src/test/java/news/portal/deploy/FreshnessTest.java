package news.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.OutputGuard;
import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.problem.Language;

/** Whether deploy must bake first, told from file times that the test sets, whatever the clock says. */
class FreshnessTest {

    private static final Instant BAKED = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;

    private Path site;
    private Path output;

    private void bakedSite() throws IOException {
        site = dir.resolve("site");
        TestSites.write(site.resolve("jbake.properties"), "site.language=zh\n");
        Path article = site.resolve("content/a.md");
        TestSites.write(article, "title=甲\n~~~~~~\n正文\n");
        Path template = site.resolve("templates/post.ftl");
        TestSites.write(template, "${content.body}");
        output = site.resolve("target/site");
        TestSites.write(output.resolve("index.html"), "<p>甲</p>");
        TestSites.write(output.resolve(OutputGuard.MARKER), "marker");
        for (Path source : new Path[] {site.resolve("jbake.properties"), article, article.getParent(), template,
                template.getParent()}) {
            time(source, BAKED.minusSeconds(60));
        }
        time(output.resolve("index.html"), BAKED);
    }

    private static void time(Path path, Instant instant) throws IOException {
        Files.setLastModifiedTime(path, FileTime.from(instant));
    }

    private String reason() {
        return Freshness.staleReason(SiteConfig.load(site), output, new Messages(Language.ZH)).orElse("");
    }

    @Test
    void an_output_newer_than_every_source_is_up_to_date() throws IOException {
        bakedSite();
        time(output.resolve(OutputGuard.MARKER), BAKED);

        assertThat(reason()).isEmpty();
    }

    @Test
    void a_source_changed_after_the_last_page_was_written_is_seen_even_when_the_marker_is_dated_ahead() throws IOException {
        bakedSite();
        // the marker's time may run ahead of the pages: a bake a second after the last one, or a JVM clock
        // ahead of the file system's
        time(output.resolve(OutputGuard.MARKER), BAKED.plusSeconds(5 * 365 * 86_400L));
        time(site.resolve("content/a.md"), BAKED.plusSeconds(5));

        assertThat(reason()).isEqualTo("content 在上次生成之后改过");
    }

    @Test
    void an_output_folder_with_only_its_marker_counts_as_not_baked() throws IOException {
        bakedSite();
        Files.delete(output.resolve("index.html"));

        assertThat(reason()).endsWith(" 是空的");
    }
}
