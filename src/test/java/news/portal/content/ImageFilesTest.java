package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.config.SiteConfig;
import news.portal.image.ImageSizes;

class ImageFilesTest {

    @TempDir
    Path dir;
    ImageFiles files;

    private static String svg(int width, int height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\"/>";
    }

    @BeforeEach
    void setUp() throws IOException {
        Path site = dir.resolve("site");
        SiteConfig.Paths paths = new SiteConfig.Paths(site, site.resolve("content"), site.resolve("templates"),
                site.resolve("assets"));
        Files.createDirectories(site.resolve("assets/images"));
        Files.createDirectories(site.resolve("content/images"));
        Files.createDirectories(site.resolve("content/news/2025/11"));
        Files.writeString(site.resolve("assets/images/city-wall.svg"), svg(640, 360));
        Files.writeString(site.resolve("assets/images/same.svg"), svg(10, 10));
        Files.writeString(site.resolve("content/images/same.svg"), svg(20, 20));
        Files.writeString(site.resolve("content/news/2025/11/ye-jing.svg"), svg(300, 200));
        Files.writeString(site.resolve("assets/images/城墙 夜景.svg"), svg(80, 60));
        Files.writeString(dir.resolve("outside.svg"), svg(99, 99));
        files = new ImageFiles(paths, Set.of("images/same.svg", "news/2025/11/ye-jing.svg"), new ImageSizes());
    }

    private Optional<ImageFiles.Image> find(String url) {
        return files.find("news/2025/11/a.md", url);
    }

    @Test
    void finds_site_paths_in_the_asset_folder_and_relative_ones_beside_the_article() {
        assertThat(find("/images/city-wall.svg"))
                .contains(new ImageFiles.Image("images/city-wall.svg", true, Optional.of(new ImageSizes.Size(640, 360))));
        assertThat(find("ye-jing.svg").flatMap(ImageFiles.Image::size)).contains(new ImageSizes.Size(300, 200));
        assertThat(find("../../../images/city-wall.svg?v=2#top").flatMap(ImageFiles.Image::size))
                .contains(new ImageSizes.Size(640, 360));
    }

    @Test
    void a_file_in_the_content_folder_wins_as_it_does_in_the_output() {
        assertThat(find("/images/same.svg").flatMap(ImageFiles.Image::size)).contains(new ImageSizes.Size(20, 20));
    }

    @Test
    void a_percent_encoded_name_is_found_as_a_browser_reads_it() {
        assertThat(find("/images/%E5%9F%8E%E5%A2%99%20%E5%A4%9C%E6%99%AF.svg").flatMap(ImageFiles.Image::size))
                .contains(new ImageSizes.Size(80, 60));
    }

    @Test
    void remote_images_fragments_and_paths_out_of_the_site_are_not_looked_up() {
        assertThat(find("https://img.example.cn/a.jpg")).isEmpty();
        assertThat(find("//img.example.cn/a.jpg")).isEmpty();
        assertThat(find("data:image/png;base64,iVBORw0KGgo=")).isEmpty();
        assertThat(find("#top")).isEmpty();
        assertThat(find("../../../../outside.svg")).isEmpty();
        assertThat(find("/../../outside.svg")).isEmpty();
    }

    @Test
    void a_missing_image_is_a_warning_naming_the_file_line_and_both_places_looked() {
        ImageFiles.Uses uses = files.uses("news/2025/11/a.md");

        assertThat(uses.body("/images/missing.png", 12)).isEmpty();
        assertThat(uses.cover("/images/city-wall.svg", 6)).contains(new ImageSizes.Size(640, 360));

        assertThat(uses.missing()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("content/news/2025/11/a.md");
            assertThat(problem.line()).isEqualTo(12);
            assertThat(problem.field()).isEqualTo("正文");
            assertThat(problem.message()).startsWith("图片“/images/missing.png”找不到：assets/images/missing.png 和 "
                    + "content/images/missing.png 都不存在");
        });
        assertThat(uses.images()).containsOnlyKeys("images/missing.png", "images/city-wall.svg");
    }

    @Test
    void a_symlinked_image_is_reported_as_a_symlink_not_as_missing() throws IOException {
        // the crawl passes symbolic links over, so the image is not among the content folder's files
        Path link = Files.createSymbolicLink(dir.resolve("site/content/images/linked.svg"), dir.resolve("outside.svg"));
        ImageFiles.Uses uses = files.uses("news/2025/11/a.md");

        uses.body("/images/linked.svg", 7);

        assertThat(uses.missing()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).contains("是符号链接").contains("content/images/linked.svg")
                    .contains(link.toRealPath().getFileName().toString()).doesNotContain("找不到");
        });
    }
}
