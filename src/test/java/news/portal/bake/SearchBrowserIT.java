package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import news.portal.share.Chromium;
import news.portal.share.SiteServer;

/**
 * The search page of the repository's own site, baked into a temporary folder and served from a bucket
 * prefix ({@code /site/}) on 127.0.0.1, in Debian's chromium: queries typed and opened by address, pinyin
 * and traditional ones among them, results followed, and axe-core on the page. Runs only with
 * {@code mvn verify -Pbrowser}.
 */
class SearchBrowserIT {

    /** After the articles of 2026-11 and before the scheduled one of 2030. */
    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    static Path dir;
    static SiteServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void bakeServeAndStart() {
        Path out = dir.resolve("bucket");
        // served one folder down, as from a bucket prefix: every address the page uses must be relative
        new Baker(line -> { }).bake(TestSites.repository(), out.resolve("site"), new Baker.Options(NOW, false));
        server = new SiteServer(out);
        base = server.base() + "site/";
        browser = Chromium.start(true);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /** Opens {@code search.html?q=QUERY} and waits for the search to finish. */
    static WebElement search(String query) {
        browser.get(base + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return finished();
    }

    static WebElement finished() {
        WebElement list = browser.findElement(By.id("search-results"));
        waiting().until(b -> "done".equals(list.getDomAttribute("data-state")));
        return list;
    }

    static List<String> titles(WebElement list) {
        return list.findElements(By.cssSelector("li h2 a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void an_address_with_a_query_shows_its_results_with_the_matches_marked() {
        WebElement list = search("夜游");

        assertThat(titles(list)).contains("古城夜游线路正式开放");
        WebElement first = list.findElement(By.cssSelector("li"));
        assertThat(first.findElements(By.cssSelector("h2 mark"))).extracting(WebElement::getText).contains("夜游");
        assertThat(first.findElement(By.cssSelector("time")).getText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(first.findElement(By.cssSelector(".search-info")).getText()).contains("文旅资讯");
        assertThat(first.findElement(By.cssSelector(".search-snippet")).getText()).isNotBlank();
        String href = first.findElement(By.cssSelector("h2 a")).getDomAttribute("href");
        assertThat(href).doesNotStartWith("/").doesNotStartWith("http").endsWith(".html");
        assertThat(browser.findElement(By.id("search-status")).getText()).contains("找到");
    }

    @Test
    void a_result_followed_opens_its_article_under_the_prefix() {
        WebElement list = search("古城夜游");
        list.findElement(By.cssSelector("li h2 a")).click();

        waiting().until(b -> b.getCurrentUrl().startsWith(base + "2025/11/"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("古城夜游线路正式开放");
    }

    @Test
    void typing_updates_the_results_and_the_address() {
        search("夜游");
        WebElement input = browser.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys("冰雪");
        waiting().until(b -> b.getCurrentUrl().contains("q=" + URLEncoder.encode("冰雪", StandardCharsets.UTF_8)));
        WebElement list = finished();
        waiting().until(b -> titles(list).stream().anyMatch(t -> t.contains("冰雪季来了")));
        assertThat(titles(list)).noneMatch(t -> t.equals("古城夜游线路正式开放"));
    }

    @Test
    void pinyin_finds_titles_by_their_reading() {
        assertThat(titles(search("tianshan"))).contains("援疆文旅专列首发 千名游客奔赴天山南北");
        assertThat(titles(search("tian shan"))).contains("援疆文旅专列首发 千名游客奔赴天山南北");
    }

    @Test
    void traditional_characters_find_simplified_titles() {
        List<String> found = titles(search("博物館"));
        assertThat(found).contains("国际博物馆日 全市十八家博物馆延时开放");
        WebElement mark = browser.findElement(By.cssSelector("#search-results li h2 mark"));
        assertThat(mark.getText()).isEqualTo("博物馆");
    }

    @Test
    void full_width_letters_find_latin_words() {
        assertThat(titles(search("ＣＩＴＹ"))).contains("跟着老地图走老城 一条Citywalk路线的半日时光");
    }

    @Test
    void nothing_found_says_so() {
        WebElement list = search("火星基地");

        assertThat(list.findElements(By.cssSelector("li"))).isEmpty();
        assertThat(browser.findElement(By.id("search-status")).getText()).contains("没有找到");
    }

    @Test
    void drafts_and_scheduled_articles_are_not_found() {
        assertThat(titles(search("亲子游"))).isEmpty();
        assertThat(titles(search("三十条精品旅游线路"))).isEmpty();
    }

    @Test
    void the_header_form_submits_to_the_search_page() {
        browser.get(base + "index.html");
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("茶乡", Keys.ENTER);
        waiting().until(b -> b.getCurrentUrl().startsWith(base + "search.html?q="));
        assertThat(titles(finished())).contains("春茶正当时 三条茶乡线路带你寻香");
    }

    @Test
    void axe_finds_no_violations_on_a_page_of_results() {
        search("线路");

        Axe.Result result = Axe.run(browser);

        assertThat(result.violations()).as("axe-core violations:%s", Axe.report(result.violations())).isEmpty();
        assertThat(result.passed()).contains("color-contrast", "html-has-lang", "landmark-one-main", "label");
    }
}
