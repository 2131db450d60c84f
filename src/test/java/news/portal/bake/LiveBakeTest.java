package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.image.TestPhotos;

class LiveBakeTest {

    @TempDir
    Path dir;

    @Test
    void a_renamed_standing_page_rewrites_every_footer_that_links_it() throws IOException {
        Path site = TestSites.create(dir, "/fixtures/bake/site");
        Path out = dir.resolve("out");
        LiveBake bake = new LiveBake(site, out, false, config -> config, TestSites.CLOCK);
        assertThat(bake.rebuild().succeeded()).isTrue();
        assertThat(Files.readString(out.resolve("2025/11/night-tour.html"))).contains(">关于我们</a>");

        Path about = site.resolve("content/about.md");
        Files.writeString(about, Files.readString(about).replace("title: 关于我们", "title: 关于本站"));
        LiveBake.Outcome outcome = bake.update(List.of(about));

        assertThat(outcome.full()).isFalse();
        assertThat(outcome.written()).contains("about.html", "index.html", "2025/11/night-tour.html", "404.html");
        assertThat(Files.readString(out.resolve("2025/11/night-tour.html"))).contains(">关于本站</a>")
                .doesNotContain(">关于我们</a>");
    }

    @Test
    void an_edited_photo_rewrites_the_pages_that_show_it_and_no_others() throws IOException {
        Path site = TestSites.create(dir, "/fixtures/bake/site");
        Path photo = TestPhotos.phonePhoto(site.resolve("content/news/2025/11/tower.jpg"), 1200, 900, 1, 1);
        Path article = site.resolve("content/news/2025/11/night-tour.md");
        Files.writeString(article, Files.readString(article) + "\n![夜色中的城楼](tower.jpg)\n");
        Path out = dir.resolve("out");
        LiveBake bake = new LiveBake(site, out, false, config -> config, TestSites.CLOCK);
        assertThat(bake.rebuild().succeeded()).isTrue();
        String before = Files.readString(out.resolve("2025/11/night-tour.html"));

        TestPhotos.phonePhoto(photo, 1200, 900, 1, 2);
        LiveBake.Outcome outcome = bake.update(List.of(photo));

        assertThat(outcome.full()).isFalse();
        assertThat(outcome.written()).contains("2025/11/night-tour.html")
                .doesNotContain("about.html", "404.html", "2025/10/同名一.html");
        String after = Files.readString(out.resolve("2025/11/night-tour.html"));
        assertThat(after).contains("tower.").isNotEqualTo(before);
    }
}
