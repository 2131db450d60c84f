package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.content.ContentLoader;
import news.portal.content.SiteModel;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

class SiteRendererTest {

    @TempDir
    Path dir;

    @Test
    void a_data_file_linked_from_outside_after_the_content_was_read_is_still_refused() throws IOException {
        Path site = TestSites.create(dir, "/fixtures/bake/site");
        SiteConfig config = SiteConfig.load(site);
        SiteModel model = new ContentLoader(config).load(Instant.parse("2026-11-28T00:00:00Z"), false);
        Path secret = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("team.yaml"), "a: b\n");
        Files.createDirectories(site.resolve("data"));
        Files.createSymbolicLink(site.resolve("data/team.yaml"), secret);
        Path out = Files.createDirectories(dir.resolve("out"));

        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> new SiteRenderer(config).render(model, Map.of(), out, count -> { }));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(Problem::file).containsExactly("data/team.yaml");
        try (var written = Files.list(out)) {
            assertThat(written).isEmpty();
        }
    }
}
