package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.problem.ProblemException;

class ContentLoaderTest {

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/bake/site");
    }

    private ContentLoader loader() {
        return new ContentLoader(SiteConfig.load(site));
    }

    @Test
    void read_returns_every_document_drafts_and_scheduled_included_without_rendering() {
        Reading reading = loader().read();

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.documents()).extracting(Document::title)
                .contains("尚未完成的草稿", "定时发布的未来文章", "古城夜游线路开放");
        assertThat(reading.files()).contains("news/2025/11/draft.md", "news/2025/11/巍巍昆仑.md", "about.md");
        assertThat(reading.staticFiles()).containsExactly("images/cover.svg");
    }

    @Test
    void read_reports_the_same_problems_a_bake_throws() throws Exception {
        for (String fixture : new String[] {"bad-date.md", "missing-title.md", "slug-one.md", "slug-two.md"}) {
            Files.copy(TestSites.fixture("/fixtures/bake/errors/" + fixture), site.resolve("content/news/" + fixture));
        }

        Reading reading = loader().read();
        ProblemException thrown = catchThrowableOfType(ProblemException.class,
                () -> loader().load(Instant.parse("2026-01-01T00:00:00Z"), false));

        assertThat(reading.problems()).hasSize(4).containsExactlyElementsOf(thrown.problems());
        assertThat(reading.files()).contains("news/bad-date.md", "news/missing-title.md");
        assertThat(reading.documents()).extracting(Document::file)
                .doesNotContain("news/bad-date.md", "news/missing-title.md");
    }

    @Test
    void read_keeps_the_address_a_document_asked_for_beside_the_one_it_got() {
        Reading reading = loader().read();

        Document first = document(reading, "news/2025/10/同名一.md");
        Document second = document(reading, "news/2025/10/同名二.md");
        assertThat(reading.uri(first)).contains("2025/10/zhong-ming-biao-ti.html");
        assertThat(reading.uri(second)).contains("2025/10/zhong-ming-biao-ti-2.html");
        assertThat(reading.wantedUri(second)).isEqualTo("2025/10/zhong-ming-biao-ti.html");
        assertThat(reading.shown(second)).isEqualTo("content/news/2025/10/同名二.md");
        assertThat(reading.source(second).field("title").line()).isEqualTo(2);
    }

    private static Document document(Reading reading, String file) {
        return reading.documents().stream().filter(d -> d.file().equals(file)).findFirst().orElseThrow();
    }
}
