package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.problem.Problem;

/** The one symlink rule of the source folders, with real links. */
class FolderLinksTest {

    @TempDir
    Path dir;
    Path site;
    Path secret;

    @BeforeEach
    void setUp() throws IOException {
        site = TestSites.create(dir, "/fixtures/check/site");
        secret = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("passwd"), "secret");
    }

    private FolderLinks assets() {
        SiteConfig config = SiteConfig.load(site);
        return FolderLinks.of(config, config.paths().assets());
    }

    @Test
    void files_folders_and_links_that_stay_inside_may_be_followed() throws IOException {
        Path inside = Files.createSymbolicLink(site.resolve("assets/site.css"), Path.of("css/site.css"));
        Path folder = Files.createSymbolicLink(site.resolve("assets/styles"), site.resolve("assets/css"));

        FolderLinks links = assets();

        assertThat(links.refusal(site.resolve("assets/css"))).isEmpty();
        assertThat(links.refusal(inside)).isEmpty();
        assertThat(links.refusal(folder)).isEmpty();
        assertThat(links.walk()).isEmpty();
    }

    @Test
    void a_link_leaving_the_folder_is_refused_with_link_and_target_named() throws IOException {
        Path link = Files.createSymbolicLink(site.resolve("assets/css/x.css"), secret);

        assertThat(assets().refusal(link)).map(Problem::toString).hasValue("assets/css/x.css: 是指向 assets "
                + "文件夹以外的符号链接（指向 " + secret + "），为防止泄露文件而拒绝发布：请把文件本身放进 assets 文件夹");
        assertThat(assets().walk()).extracting(Problem::file).containsExactly("assets/css/x.css");
    }

    @Test
    void a_relative_link_climbing_out_of_the_folder_is_refused_even_into_the_site() throws IOException {
        Files.createSymbolicLink(site.resolve("assets/config.txt"), Path.of("../jbake.properties"));

        assertThat(assets().walk()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("指向 ../jbake.properties"));
    }

    @Test
    void a_folder_that_is_itself_a_link_is_judged_by_where_it_really_is() throws IOException {
        Path checkout = dir.resolve("checkout");
        Files.move(site.resolve("assets"), checkout);
        Files.createSymbolicLink(site.resolve("assets"), checkout);
        Files.createSymbolicLink(checkout.resolve("alias.css"), checkout.resolve("css/site.css"));
        Files.createSymbolicLink(checkout.resolve("leak.txt"), secret);

        FolderLinks links = assets();

        assertThat(links.root()).isEqualTo(checkout.toRealPath());
        assertThat(links.walk()).extracting(Problem::file).containsExactly("assets/leak.txt");
    }

    @Test
    void a_folder_named_in_the_configuration_is_named_so_in_the_message() throws IOException {
        Files.move(site.resolve("assets"), site.resolve("static"));
        TestSites.write(site.resolve("jbake.properties"),
                TestSites.read(site.resolve("jbake.properties")) + "\nasset.folder=static\n");
        Files.createSymbolicLink(site.resolve("static/x.txt"), secret);

        assertThat(FolderLinks.sourceFolders(SiteConfig.load(site))).extracting(Problem::toString).containsExactly(
                "static/x.txt: 是指向 static 文件夹以外的符号链接（指向 " + secret
                        + "），为防止泄露文件而拒绝发布：请把文件本身放进 static 文件夹");
    }

    @Test
    void a_missing_folder_has_no_links_and_the_data_folder_defaults_to_data() {
        SiteConfig config = SiteConfig.load(site);

        assertThat(FolderLinks.dataFolder(config)).isEqualTo(site.resolve("data"));
        assertThat(FolderLinks.of(config, FolderLinks.dataFolder(config)).walk()).isEmpty();
    }

    @Test
    void the_content_folder_is_read_by_the_same_rule() throws IOException {
        Files.createSymbolicLink(site.resolve("content/images/x.svg"), secret);
        Files.createSymbolicLink(site.resolve("content/images/alias.svg"), Path.of("city-wall.svg"));

        Reading reading = new ContentLoader(SiteConfig.load(site)).read();

        assertThat(reading.problems()).extracting(Problem::toString).containsExactly(
                "content/images/x.svg: 是指向 content 文件夹以外的符号链接（指向 " + secret
                        + "），为防止泄露文件而拒绝发布：请把文件本身放进 content 文件夹");
        assertThat(reading.staticFiles()).contains("images/alias.svg", "images/city-wall.svg")
                .doesNotContain("images/x.svg");
    }
}
