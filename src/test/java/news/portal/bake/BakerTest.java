package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.config.SiteConfig;
import news.portal.problem.ProblemException;

class BakerTest {

    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    @TempDir
    Path dir;
    Path site;
    Path out;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/bake/site");
        out = dir.resolve("out");
    }

    private Baker.Result bake(int threads) {
        return new Baker(line -> { }).bake(site, out, threads == 0 ? new Baker.Options(NOW, false) : new Baker.Options(NOW, false, threads));
    }

    @Test
    void writes_every_page_kind() {
        Baker.Result result = bake(0);

        assertThat(result.articles()).isEqualTo(6);
        assertThat(result.pages()).isEqualTo(1);
        assertThat(files(out)).contains(
                "index.html", "page/2.html",
                "2025/11/night-tour.html", "2025/11/wei-wei-kun-lun.html", "2025/11/legacy.html",
                "about.html",
                "tags/index.html", "tags/gu-cheng.html", "tags/gu-cheng/2.html", "tags/yuan-jiang.html",
                "tags/citywalk-lu-xian.html",
                "sections/wen-lu-zi-xun.html", "sections/fei-yi-chuan-cheng.html", "sections/lu-you-gong-lue.html",
                "archive.html", "archive/2025-11.html", "archive/2025-10.html",
                "404.html", "feed.xml", "sitemap.xml", "robots.txt",
                "images/cover.svg");
        assertThat(files(out)).anyMatch(f -> f.matches("css/site\\.[0-9a-f]{8}\\.css"))
                .anyMatch(f -> f.matches("css/article\\.[0-9a-f]{8}\\.css"));
        assertThat(files(out)).doesNotContain("page/3.html", "tags/gu-cheng/3.html", "css/site.css");
    }

    @Test
    void fingerprints_stylesheets_and_links_them_by_their_new_name() throws IOException {
        bake(0);
        String site = files(out).stream().filter(f -> f.startsWith("css/site.")).findFirst().orElseThrow();

        Document front = Jsoup.parse(read(out.resolve("index.html")));
        Document article = Jsoup.parse(read(out.resolve("2025/11/night-tour.html")));
        // the front page's own parts (lead, focus strip, section blocks) have a stylesheet of their own
        assertThat(front.select("link[rel=stylesheet]").eachAttr("href")).startsWith(site).hasSize(2)
                .anyMatch(h -> h.matches("css/front\\.[0-9a-f]{8}\\.css"));
        assertThat(article.select("link[rel=stylesheet]").eachAttr("href"))
                .contains("../../" + site).anyMatch(h -> h.matches("\\.\\./\\.\\./css/article\\.[0-9a-f]{8}\\.css"));
        assertThat(Files.readString(out.resolve(site))).isEqualTo(Files.readString(this.site.resolve("assets/css/site.css")));

        TestSites.write(this.site.resolve("assets/css/site.css"), read(this.site.resolve("assets/css/site.css")) + "\n/* changed */\n");
        bake(0);
        String changed = files(out).stream().filter(f -> f.startsWith("css/site.")).findFirst().orElseThrow();
        assertThat(changed).isNotEqualTo(site);
        assertThat(Jsoup.parse(read(out.resolve("index.html"))).select("link[rel=stylesheet]").attr("href")).isEqualTo(changed);
    }

    @Test
    void keeps_asset_names_when_fingerprinting_is_off() {
        TestSites.write(site.resolve("jbake.properties"), read(site.resolve("jbake.properties")) + "\nasset.fingerprint=false\n");
        bake(0);

        assertThat(files(out)).contains("css/site.css", "css/article.css");
        assertThat(Jsoup.parse(read(out.resolve("index.html"))).select("link[rel=stylesheet]").attr("href"))
                .isEqualTo("css/site.css");
    }

    @Test
    void leaves_out_drafts_and_scheduled_articles() {
        bake(0);

        for (String file : files(out)) {
            String text = read(out.resolve(file));
            assertThat(text).as(file).doesNotContain("尚未完成的草稿").doesNotContain("定时发布的未来文章");
        }
        assertThat(files(out)).noneMatch(f -> f.contains("draft") || f.contains("future"))
                .doesNotContain("tags/cao-gao-zhuan-yong.html", "tags/wei-lai-zhuan-yong.html");
    }

    @Test
    void every_internal_link_and_image_resolves_to_a_file() {
        bake(0);

        LinkChecker links = LinkChecker.check(out, SiteConfig.load(site).identity().host());

        assertThat(links.problems()).isEmpty();
        assertThat(links.checked()).isGreaterThan(300);
    }

    @Test
    void escapes_titles_tags_and_summaries() {
        bake(0);

        String escaped = files(out).stream().filter(f -> f.startsWith("2025/11/"))
                .filter(f -> read(out.resolve(f)).contains("标题里的尖括号")).findFirst().map(f -> read(out.resolve(f)))
                .orElseThrow();
        assertThat(escaped).doesNotContain("<script>alert").doesNotContain("<b>粗体</b>");
        Document doc = Jsoup.parse(escaped);
        assertThat(doc.select("h1").text()).isEqualTo("<script>alert('标题')</script>标题里的尖括号");
        assertThat(doc.select("a[rel=tag]").eachText()).contains("<b>粗体</b>");
        String index = read(out.resolve("index.html"));
        assertThat(index).doesNotContain("<em>标签</em>").contains("&lt;em&gt;标签&lt;/em&gt;");
    }

    @Test
    void joins_wrapped_chinese_lines_without_a_space() {
        bake(0);

        Document doc = Jsoup.parse(read(out.resolve("2025/11/night-tour.html")));
        assertThat(doc.select("article").text()).contains("沿着护城河步行游览");
        assertThat(read(out.resolve("2025/11/night-tour.html"))).doesNotContain("护城河<br");
    }

    @Test
    void links_between_articles_and_images_become_relative() {
        bake(0);

        Document doc = Jsoup.parse(read(out.resolve("2025/11/night-tour.html")));
        assertThat(doc.select("article a:contains(另一篇文章)").attr("href")).isEqualTo("../../2025/11/wei-wei-kun-lun.html");
        assertThat(doc.select("article img[alt=城墙夜景]").attr("src")).isEqualTo("../../images/cover.svg");
    }

    @Test
    void images_carry_their_size_and_only_the_first_screen_loads_at_once() {
        for (int day = 1; day <= 3; day++) {
            TestSites.write(site.resolve("content/news/2025/12/cover-" + day + ".md"), """
                    ---
                    title: 带封面的文章%d
                    date: 2025-12-0%d 08:00
                    cover: /images/cover.svg
                    ---
                    正文。
                    """.formatted(day, day));
        }
        bake(0);

        Document article = Jsoup.parse(read(out.resolve("2025/11/night-tour.html")));
        Element cover = article.selectFirst(".post-cover img");
        assertThat(cover.attr("width")).isEqualTo("120");
        assertThat(cover.attr("height")).isEqualTo("60");
        assertThat(cover.hasAttr("loading")).isFalse();
        assertThat(cover.attr("fetchpriority")).isEqualTo("high");
        Element body = article.selectFirst(".prose img");
        assertThat(body.attr("width")).isEqualTo("120");
        assertThat(body.attr("loading")).isEqualTo("lazy");

        Document index = Jsoup.parse(read(out.resolve("index.html")));
        assertThat(index.select(".article-cover img").eachAttr("width")).containsExactly("120", "120", "120");
        // on the portal's front page the list starts below the lead, whose cover is the one on the first screen
        assertThat(index.select(".article-cover img").eachAttr("loading")).containsExactly("lazy", "lazy", "lazy");
        assertThat(index.selectFirst(".lead-story img").hasAttr("loading")).isFalse();
        assertThat(index.selectFirst(".lead-story img").attr("fetchpriority")).isEqualTo("high");
        Document section = Jsoup.parse(read(out.resolve("sections/wen-lu-zi-xun.html")));
        assertThat(section.select(".article-cover img")).allSatisfy(img -> assertThat(img.attr("loading")).isEqualTo("lazy"));
    }

    @Test
    void a_missing_image_is_reported_and_the_bake_goes_on() {
        TestSites.write(site.resolve("content/news/2025/11/missing.md"), """
                ---
                title: 缺图的文章
                date: 2025-11-12 08:00
                ---
                第一段。

                ![找不到的图](/images/missing.png)
                """);
        List<String> lines = new ArrayList<>();

        new Baker(lines::add).bake(site, out, new Baker.Options(NOW, false));

        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("content/news/2025/11/missing.md:7: 正文: 图片“/images/missing.png”找不到"));
        assertThat(lines).contains("警告：以上 1 处问题（图片找不到、HTML 标签没有闭合、不安全的 HTML 或控制字符已删除）不影响生成，网站照常写出，但这些页面显示得不对，请修改");
        assertThat(Jsoup.parse(read(out.resolve("2025/11/missing.html"))).select(".prose img[alt=找不到的图]"))
                .hasSize(1);
    }

    @Test
    void articles_with_the_same_pinyin_title_bake_once_the_newer_has_its_own_slug() {
        bake(0);

        Document first = Jsoup.parse(read(out.resolve("2025/10/zhong-ming-biao-ti.html")));
        Document second = Jsoup.parse(read(out.resolve("2025/10/zhong-ming-biao-ti-2.html")));
        assertThat(first.select("article").text()).contains("第一篇");
        assertThat(second.select("article").text()).contains("第二篇");
    }

    @Test
    void a_new_slug_that_takes_an_older_articles_address_fails_the_bake_and_moves_nothing() throws Exception {
        bake(0);
        Map<String, String> before = snapshot(out);
        TestSites.write(site.resolve("content/news/2025/10/ye-you.md"), """
                ---
                title: 新的夜游文章
                date: 2025-10-20 09:00
                slug: zhong-ming-biao-ti
                ---
                正文。
                """);

        ProblemException thrown = catchThrowableOfType(ProblemException.class, () -> bake(0));

        assertThat(thrown.problems()).extracting(Object::toString).singleElement().asString()
                .startsWith("content/news/2025/10/ye-you.md:4: slug: slug “zhong-ming-biao-ti” 要用的地址 "
                        + "2025/10/zhong-ming-biao-ti.html 已经属于更早的 content/news/2025/10/同名一.md");
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void paginates_lists_at_their_boundaries() {
        bake(0);

        Document first = Jsoup.parse(read(out.resolve("index.html")));
        Document second = Jsoup.parse(read(out.resolve("page/2.html")));
        assertThat(first.select(".article-title a").eachAttr("href")).hasSize(3);
        assertThat(second.select(".article-title a").eachAttr("href")).hasSize(3);
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("page/2.html");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("../index.html");
        assertThat(second.select("a[rel=next]")).isEmpty();

        TestSites.write(site.resolve("content/news/2025/09/extra.md"), "---\ntitle: 多出来的一篇\ndate: 2025-09-01\n---\n正文。\n");
        bake(0);
        assertThat(files(out)).contains("page/3.html");
        Document third = Jsoup.parse(read(out.resolve("page/3.html")));
        assertThat(third.select("h2 a, h3 a").eachText()).containsExactly("多出来的一篇");
    }

    @Test
    void shows_a_date_written_without_a_time_as_the_day_alone() {
        bake(0);

        assertThat(Jsoup.parse(read(out.resolve("2025/11/wei-wei-kun-lun.html"))).select("time").first().text())
                .isEqualTo("2025-11-20");
        assertThat(Jsoup.parse(read(out.resolve("2025/11/legacy.html"))).select("time").first().text())
                .isEqualTo("2025-11-02");
        assertThat(Jsoup.parse(read(out.resolve("2025/11/night-tour.html"))).select("time").first().text())
                .isEqualTo("2025-11-28 12:24");
    }

    @Test
    void feed_lists_latest_articles_with_absolute_urls() {
        bake(0);

        Document feed = Jsoup.parse(read(out.resolve("feed.xml")), "", Parser.xmlParser());
        assertThat(feed.select("channel > language").text()).isEqualToIgnoringCase("zh-cn");
        assertThat(feed.select("item")).hasSize(6);
        Element first = feed.selectFirst("item");
        assertThat(first.selectFirst("title").text()).isEqualTo("古城夜游线路开放");
        assertThat(first.selectFirst("link").text()).isEqualTo("https://test.example.cn/2025/11/night-tour.html");
        assertThat(first.selectFirst("pubDate").text()).isEqualTo("Fri, 28 Nov 2025 12:24:00 +0800");
    }

    @Test
    void sitemap_lists_published_pages_with_lastmod() {
        bake(0);

        Document sitemap = Jsoup.parse(read(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        assertThat(locs).contains("https://test.example.cn/", "https://test.example.cn/2025/11/night-tour.html",
                "https://test.example.cn/about.html", "https://test.example.cn/tags/gu-cheng.html");
        assertThat(locs).noneMatch(loc -> loc.contains("404"));
        assertThat(sitemap.select("url > lastmod").eachText()).allMatch(
                t -> t.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"));
        assertThat(read(out.resolve("robots.txt"))).contains("Sitemap: https://test.example.cn/sitemap.xml");
    }

    @Test
    void single_and_multi_threaded_bakes_are_identical() {
        bake(1);
        Map<String, String> single = snapshot(out);
        bake(4);
        Map<String, String> multi = snapshot(out);

        assertThat(multi.keySet()).containsExactlyElementsOf(single.keySet());
        assertThat(multi).isEqualTo(single);
    }

    @Test
    void a_failed_bake_leaves_the_previous_site_untouched() {
        bake(0);
        Map<String, String> before = snapshot(out);
        TestSites.write(site.resolve("content/news/bad.md"), "---\ntitle: 坏文章\ndate: 2024-13-45\n---\n正文\n");

        assertThatThrownBy(() -> bake(0)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("content/news/bad.md:3: date:");
        assertThat(snapshot(out)).isEqualTo(before);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        for (String file : files(root)) {
            files.put(file, read(root.resolve(file)));
        }
        return files;
    }

    /** A text file's text; a binary file (a QR code, an image) as its length and SHA-256, so it is compared too. */
    static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u0000') < 0) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            return "binary, " + bytes.length + " bytes, SHA-256 "
                    + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
