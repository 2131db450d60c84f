package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own sample site, baked as {@code mvn package} bakes it, checked page by page. */
class SampleSiteIT {

    @TempDir
    static Path dir;
    static Path out;
    static List<String> files;
    static Baker.Result result;

    @BeforeAll
    static void bake() {
        out = dir.resolve("site");
        result = TestSites.bakeRepository(out);
        files = BakerTest.files(out);
    }

    @Test
    void sample_site_has_the_content_the_portal_needs() {
        assertThat(result.articles()).isGreaterThanOrEqualTo(18);
        assertThat(result.pages()).isGreaterThanOrEqualTo(2);
        assertThat(files.stream().filter(f -> f.startsWith("sections/") && !f.matches(".*/\\d+\\.html")))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(files.stream().filter(f -> f.startsWith("tags/") && !f.matches(".*/\\d+\\.html")))
                .hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void every_page_passes_the_nu_html_checker() {
        HtmlChecker checker = new HtmlChecker();
        int pages = 0;
        for (String file : files) {
            if (file.endsWith(".html")) {
                checker.check(out.resolve(file), file);
                pages++;
            }
        }
        assertThat(pages).isGreaterThan(40);
        assertThat(checker.errors()).isEmpty();
    }

    @Test
    void every_internal_link_resolves() {
        LinkChecker links = LinkChecker.check(out, files);

        assertThat(links.broken()).isEmpty();
        assertThat(links.checked()).isGreaterThan(500);
    }
}
