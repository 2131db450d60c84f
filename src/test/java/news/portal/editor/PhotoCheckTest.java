package news.portal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.image.TestPhotos;
import news.portal.problem.Problem;

class PhotoCheckTest {

    @TempDir
    Path dir;

    private Path siteWith(String cover, String body) throws Exception {
        Path site = CheckSites.clean(dir);
        Files.writeString(site.resolve("content/news/2025/12/photo-story.md"), """
                ---
                title: 古城清晨
                date: 2025-12-02
                category: 文旅资讯
                cover: %s
                ---
                清晨的古城。

                ![城门](%s)
                """.formatted(cover, body), StandardCharsets.UTF_8);
        return site;
    }

    @Test
    void warns_of_a_cover_narrower_than_the_smallest_width_and_names_its_line() throws Exception {
        Path site = siteWith("/images/small.jpg", "/images/big.jpg");
        TestPhotos.phonePhoto(site.resolve("assets/images/small.jpg"), 300, 200, 1, 1);
        TestPhotos.phonePhoto(site.resolve("assets/images/big.jpg"), 1200, 800, 1, 2);

        List<Problem> problems = new Editor(site).check(List.of(), TestSites.NOW).problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("content/news/2025/12/photo-story.md");
        assertThat(problems.get(0).line()).isEqualTo(5);
        assertThat(problems.get(0).field()).isEqualTo("cover");
        assertThat(problems.get(0).message()).contains("300 像素宽").contains("480 像素");
    }

    @Test
    void warns_of_a_photo_over_20_mb() throws Exception {
        Path site = siteWith("/images/big.jpg", "/images/huge.jpg");
        TestPhotos.phonePhoto(site.resolve("assets/images/big.jpg"), 1200, 800, 1, 2);
        Path huge = TestPhotos.phonePhoto(site.resolve("assets/images/huge.jpg"), 800, 600, 1, 3);
        byte[] padding = new byte[21 * 1024 * 1024]; // what a camera's raw-sized export weighs
        Arrays.fill(padding, (byte) 7);
        Files.write(huge, padding, java.nio.file.StandardOpenOption.APPEND);

        List<Problem> problems = new Editor(site).check(List.of(), TestSites.NOW).problems();

        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(org.assertj.core.groups.Tuple.tuple(9, "正文"));
        assertThat(problems.get(0).message()).contains("huge.jpg").contains("超过 20 MB");
    }

    @Test
    void says_nothing_where_the_site_makes_no_derivatives() throws Exception {
        Path site = siteWith("/images/small.jpg", "/images/small.jpg");
        TestPhotos.phonePhoto(site.resolve("assets/images/small.jpg"), 300, 200, 1, 1);
        Files.writeString(site.resolve("jbake.properties"), "\nimage.derivatives=false\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(new Editor(site).check(List.of(), TestSites.NOW).problems()).isEmpty();
    }
}
