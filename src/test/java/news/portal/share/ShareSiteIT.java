package news.portal.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.Baker;
import news.portal.bake.HtmlChecker;
import news.portal.bake.LinkChecker;
import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;

/**
 * The share fixture, whose pages carry the widget too and whose titles are hard to encode, checked by the
 * Nu Html Checker: the repository's own site does not have those cases.
 */
class ShareSiteIT {

    @TempDir
    static Path dir;
    static Path site;
    static Path out;
    static List<String> files;

    @BeforeAll
    static void bake() {
        site = TestSites.create(dir, "/fixtures/share/site");
        out = dir.resolve("out");
        new Baker(line -> { }).bake(site, out, new Baker.Options(Instant.parse("2026-01-01T00:00:00Z"), false));
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void every_page_with_the_widget_passes_the_nu_html_checker() {
        HtmlChecker checker = new HtmlChecker();
        for (String file : List.of("2025/11/night-show.html", "2025/11/homestay.html", "2025/11/script-title.html",
                "about.html")) {
            checker.check(out.resolve(file), file);
        }

        assertThat(checker.errors()).isEmpty();
    }

    @Test
    void the_script_and_stylesheet_of_the_widget_are_in_the_site() {
        LinkChecker links = LinkChecker.check(out, SiteConfig.load(site).identity().host());

        assertThat(links.problems()).isEmpty();
        assertThat(files).contains("images/share-default.png", "images/logo.png");
        // scripts and stylesheets carry a fingerprint of their content: js/share.<8 hex>.js
        assertThat(files).anyMatch(f -> f.matches("js/share\\.[0-9a-f]{8}\\.js"))
                .anyMatch(f -> f.matches("css/share\\.[0-9a-f]{8}\\.css"));
    }
}
