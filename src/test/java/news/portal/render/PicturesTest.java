package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.content.Article;
import news.portal.image.Derivatives;

/**
 * Body images of site photos turned into {@code <picture>}s with their derivatives, and covers as templates
 * read them, against a catalog the real {@link Derivatives} published from a photo written for the test.
 */
class PicturesTest {

    @TempDir
    static Path dir;

    private static Derivatives.Catalog catalog;
    private static Derivatives.Image photo;

    @BeforeAll
    static void publish() throws IOException {
        BufferedImage image = new BufferedImage(1200, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int x = 0; x < 1200; x += 40) {
            // stripes and a gradient, so that WebP and JPEG are both worth writing
            g.setColor(new Color((x * 7) % 256, (x / 5) % 256, 255 - (x % 256)));
            g.fillRect(x, 0, 40, 600);
        }
        g.dispose();
        Path file = Files.createDirectories(dir.resolve("src/images")).resolve("茶园 1.jpg");
        ImageIO.write(image, "jpg", file.toFile());
        Derivatives.Settings settings = new Derivatives.Settings(true, List.of(480, 800, 1000), List.of(240, 480), 78, 75,
                Set.of());
        catalog = new Derivatives(settings, dir.resolve("cache"), 1).publish(List.of(
                new Derivatives.Source("images/茶园 1.jpg", file, Set.of(Derivatives.Use.BODY, Derivatives.Use.COVER))),
                dir.resolve("out"));
        photo = catalog.of("images/茶园 1.jpg").orElseThrow();
    }

    private static String srcset(String root, List<Derivatives.Candidate> candidates) {
        StringBuilder text = new StringBuilder();
        for (Derivatives.Candidate c : candidates) {
            text.append(text.length() == 0 ? "" : ", ").append(root).append(c.path()).append(' ').append(c.width()).append('w');
        }
        return text.toString();
    }

    @Test
    void the_catalog_has_three_widths_a_webp_for_each_and_card_crops() {
        assertThat(photo.width()).isEqualTo(1200);
        assertThat(photo.fallback()).extracting(Derivatives.Candidate::width).containsExactly(480, 800, 1000);
        assertThat(photo.webp()).hasSize(3);
        assertThat(photo.cardFallback()).extracting(Derivatives.Candidate::width).containsExactly(240, 480);
    }

    @Test
    void a_body_img_of_a_site_photo_becomes_a_picture_with_webp_first_and_the_800_px_candidate_as_src() {
        String html = "<p>茶园：</p><p><img src=\"../../images/%E8%8C%B6%E5%9B%AD%201.jpg\" alt=\"茶园\"></p>";

        Element body = Jsoup.parseBodyFragment(Pictures.body(html, "2025/11/tea.html", catalog)).body();

        Element picture = body.selectFirst("p > picture");
        assertThat(picture).isNotNull();
        assertThat(picture.children()).extracting(Element::normalName).containsExactly("source", "img");
        Element source = picture.child(0);
        assertThat(source.attr("type")).isEqualTo("image/webp");
        assertThat(source.attr("srcset")).isEqualTo(srcset("../../", photo.webp()));
        assertThat(source.attr("sizes")).isEqualTo(Pictures.BODY_SIZES);
        Element img = picture.child(1);
        assertThat(img.attr("src")).isEqualTo("../../" + photo.fallback().get(1).path());
        assertThat(img.attr("srcset")).isEqualTo(srcset("../../", photo.fallback()));
        assertThat(img.attr("sizes")).isEqualTo(Pictures.BODY_SIZES);
        assertThat(img.attr("width")).isEqualTo("1200");
        assertThat(img.attr("height")).isEqualTo("600");
        assertThat(img.attr("alt")).isEqualTo("茶园");
        assertThat(body.select("p").first().text()).isEqualTo("茶园：");
    }

    @Test
    void an_editors_smaller_width_gives_sizes_of_its_own_and_keeps_the_editors_height() {
        String html = "<img src=\"/images/茶园 1.jpg\" width=\"300\" height=\"150\">";

        Element img = Jsoup.parseBodyFragment(Pictures.body(html, "about.html", catalog)).selectFirst("img");

        assertThat(img.attr("sizes")).isEqualTo("(max-width: 332px) calc(100vw - 2rem), 300px");
        assertThat(img.attr("width")).isEqualTo("300");
        assertThat(img.attr("height")).isEqualTo("150");
        assertThat(img.attr("src")).isEqualTo(photo.fallback().get(1).path());
        // as wide as the photo, or a percentage: the column's
        for (String width : new String[] {"1200", "50%", "0"}) {
            Element wide = Jsoup.parseBodyFragment(Pictures.body("<img src=\"/images/茶园 1.jpg\" width=\"" + width + "\">",
                    "about.html", catalog)).selectFirst("img");
            assertThat(wide.attr("sizes")).as(width).isEqualTo(Pictures.BODY_SIZES);
            // a width without a height: both from the file
            assertThat(wide.attr("width")).as(width).isEqualTo("1200");
            assertThat(wide.attr("height")).as(width).isEqualTo("600");
        }
        Element narrower = Jsoup.parseBodyFragment(Pictures.body("<img src=\"/images/茶园 1.jpg\" width=\"1199\" height=\"9\">",
                "about.html", catalog)).selectFirst("img");
        assertThat(narrower.attr("sizes")).isEqualTo("(max-width: 1231px) calc(100vw - 2rem), 1199px");
    }

    @Test
    void an_editors_own_picture_keeps_its_sources_first_each_given_candidates_webp_before_jpeg() {
        String html = "<picture><source media=\"(max-width: 600px)\" srcset=\"/images/茶园 1.jpg\">"
                + "<img src=\"/images/茶园 1.jpg\"></picture>";

        Element picture = Jsoup.parseBodyFragment(Pictures.body(html, "about.html", catalog)).selectFirst("picture");

        assertThat(picture.children()).extracting(e -> e.normalName() + " " + e.attr("type") + " " + e.attr("media"))
                .containsExactly("source image/webp (max-width: 600px)", "source image/jpeg (max-width: 600px)",
                        "source image/webp ", "img  ");
        assertThat(picture.child(0).attr("srcset")).isEqualTo(srcset("", photo.webp()));
        assertThat(picture.child(1).attr("srcset")).isEqualTo(srcset("", photo.fallback()));
        assertThat(picture.child(1).attr("sizes")).isEqualTo(Pictures.BODY_SIZES);
        assertThat(picture.child(2).attr("srcset")).isEqualTo(srcset("", photo.webp()));
        assertThat(picture.select("picture")).hasSize(1);
    }

    @Test
    void images_without_derivatives_and_bodies_without_images_come_back_as_they_were() {
        String other = "<p><img src=\"/images/other.jpg\" width=\"10\"> <img src=\"https://example.cn/a.jpg\"></p>";
        assertThat(Pictures.body(other, "about.html", catalog)).isSameAs(other);
        String text = "<p>没有图片</p>";
        assertThat(Pictures.body(text, "about.html", catalog)).isSameAs(text);
        String html = "<img src=\"/images/茶园 1.jpg\">";
        assertThat(Pictures.body(html, "about.html", Derivatives.Catalog.EMPTY)).isSameAs(html);
    }

    @Test
    void find_resolves_a_reference_relative_to_the_page_encoded_or_not() {
        assertThat(Pictures.find(catalog, "2025/11/tea.html", "../../images/茶园 1.jpg")).contains(photo);
        assertThat(Pictures.find(catalog, "2025/11/tea.html", "../../images/%E8%8C%B6%E5%9B%AD%201.jpg")).contains(photo);
        assertThat(Pictures.find(catalog, "about.html", "/images/茶园 1.jpg")).contains(photo);
        assertThat(Pictures.find(catalog, "about.html", "images/other.jpg")).isEmpty();
        assertThat(Pictures.find(catalog, "about.html", "https://example.cn/images/茶园 1.jpg")).isEmpty();
    }

    @Test
    void the_fallback_src_is_the_candidate_nearest_800_px() {
        List<Derivatives.Candidate> list = List.of(new Derivatives.Candidate("a", 480, 1),
                new Derivatives.Candidate("b", 700, 1), new Derivatives.Candidate("c", 950, 1));
        assertThat(Pictures.fallbackSrc(list).path()).isEqualTo("b");
        assertThat(Pictures.fallbackSrc(list.subList(0, 1)).path()).isEqualTo("a");
        assertThat(Pictures.fallbackSrc(List.of(list.get(2), list.get(0))).path()).isEqualTo("c");
        assertThat(Pictures.srcset("../", list)).isEqualTo("../a 480w, ../b 700w, ../c 950w");
        assertThat(Pictures.srcset("", List.of())).isEmpty();
    }

    @Test
    void a_cover_map_holds_every_list_templates_read() {
        Map<String, Object> map = Pictures.coverMap(photo);

        assertThat(map).containsEntry("width", 1200).containsEntry("height", 600)
                .containsEntry("src", photo.fallback().get(1).path()).containsEntry("sizes", Pictures.BODY_SIZES)
                .containsEntry("card_width", 240).containsEntry("card_height", 160)
                .containsEntry("card_src", photo.cardFallback().get(1).path());
        assertThat((List<?>) map.get("fallback")).hasSize(3).first()
                .isEqualTo(Map.of("path", photo.fallback().get(0).path(), "width", 480, "height", 240));
        assertThat((List<?>) map.get("webp")).hasSize(3);
        assertThat((List<?>) map.get("card")).hasSize(2);
        assertThat((List<?>) map.get("card_webp")).hasSize(2);

        Derivatives.Image bodyOnly = new Derivatives.Image(photo.source(), 1200, 600, photo.fallback(), List.of(),
                List.of(), List.of(), java.util.Optional.empty());
        assertThat(Pictures.coverMap(bodyOnly)).doesNotContainKeys("card", "card_webp", "card_width", "card_src")
                .containsEntry("webp", List.of());
    }
    private static String svg(int width, int height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\"/>";
    }

    @Test
    void the_images_a_site_shows_are_listed_once_each_with_what_pages_do_with_them(@TempDir Path own) throws IOException {
        PlanSite site = new PlanSite(own);
        Path png = Files.createDirectories(site.folder().resolve("content/images")).resolve("c.png");
        ImageIO.write(new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        PlanSite.Plan plan = site
                .file("images/a.svg", svg(400, 300)).file("images/b.svg", svg(400, 300)).file("images/s.svg", svg(400, 300))
                .file("a.md", "---\ntitle: 甲\ndate: 2026-11-20 09:00\ncover: /images/a.svg\n---\n![乙](/images/b.svg)\n\n![甲](/images/a.svg)\n")
                .file("c.md", "---\ntitle: 丙\ndate: 2026-11-19 09:00\n---\n![丙](/images/c.png)\n")
                // a drawing is never a link preview
                .file("s.md", "---\ntitle: 图\ndate: 2026-11-19 08:00\n---\n![图](/images/s.svg)\n")
                .file("d.md", "---\ntitle: 丁\ndate: 2026-11-18 09:00\ncover: https://example.cn/d.jpg\n---\n正文。\n")
                .plan();
        news.portal.share.ShareWidget share = new news.portal.share.ShareWidget(plan.config());

        List<Derivatives.Source> sources = Pictures.sources(plan.config(), plan.model(), share);

        assertThat(sources).extracting(Derivatives.Source::sitePath)
                .containsExactlyInAnyOrder("images/a.svg", "images/b.svg", "images/c.png", "images/s.svg");
        Map<String, Set<Derivatives.Use>> uses = new java.util.HashMap<>();
        sources.forEach(source -> uses.put(source.sitePath(), source.uses()));
        assertThat(uses).containsEntry("images/a.svg", Set.of(Derivatives.Use.BODY, Derivatives.Use.COVER, Derivatives.Use.SHARE))
                .containsEntry("images/b.svg", Set.of(Derivatives.Use.BODY))
                .containsEntry("images/c.png", Set.of(Derivatives.Use.BODY, Derivatives.Use.SHARE))
                .containsEntry("images/s.svg", Set.of(Derivatives.Use.BODY));
        assertThat(sources).allSatisfy(source -> assertThat(source.file())
                .isEqualTo(plan.config().paths().content().resolve(source.sitePath())));
    }

    @Test
    void a_page_shows_the_derivatives_of_what_its_signature_holds_whole_or_as_a_card(@TempDir Path own) {
        PlanSite.Plan plan = new PlanSite(own).file("n.md", "---\ntitle: 无图\ndate: 2026-11-18 09:00\n---\n正文。\n").plan();
        news.portal.share.ShareWidget share = new news.portal.share.ShareWidget(plan.config());
        Article plain = plan.article("无图");
        // the catalog's photo, once as a body picture and once as a cover written from the site's root
        Article withPicture = new Article(plain.document(), plain.uri(), plain.slug(), plain.body(), plain.summary(),
                java.util.Optional.empty(), java.util.Optional.empty(),
                List.of(new Article.Picture("images/茶园 1.jpg", new news.portal.image.ImageSizes.Size(1200, 600))),
                List.of(), java.util.Optional.empty(), plain.key());
        Card card = Card.of(plain);
        Card withCover = new Card(card.uri(), card.title(), card.date(), card.updated(), card.summary(),
                java.util.Optional.of("/images/茶园 1.jpg"), card.coverSize(), card.section(), card.tags(), card.author(),
                card.source());

        assertThat(Pictures.shown(catalog, share, List.of(List.of(withCover), "甲"))).containsExactly(photo);
        assertThat(Pictures.shown(catalog, share, List.of(withPicture))).containsExactly(photo);
        assertThat(Pictures.shown(catalog, share, List.of(withPicture, List.of(withCover, card)))).containsExactly(photo);
        assertThat(Pictures.shown(catalog, share, List.of(plain, card, 3))).isEmpty();
    }
}
