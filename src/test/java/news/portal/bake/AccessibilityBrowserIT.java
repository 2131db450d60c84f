package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import news.portal.share.Chromium;
import news.portal.share.SiteServer;

/**
 * The repository's own site (its jbake.properties, content, templates and assets) baked into a temporary
 * folder, served from 127.0.0.1 and opened in Debian's chromium: axe-core finds nothing on a desktop and on
 * a 390 px phone screen, and nothing on the phone scrolls sideways. Runs only with {@code mvn verify -Pbrowser}.
 */
class AccessibilityBrowserIT {

    /** A screen as chromium emulates it; the phone is 390 CSS px wide, as an iPhone 12 to 15. */
    record Screen(String name, int width, int height, int scale, boolean mobile) {

        static final Screen DESKTOP = new Screen("desktop", 1280, 800, 1, false);
        static final Screen PHONE = new Screen("phone", 390, 844, 3, true);

        @Override
        public String toString() {
            return name + " " + width + " px";
        }
    }

    // the front page, a tag page, the 404 page at a missing address two folders down (as a bucket serves
    // it), and articles with what is hardest to fit: ice-snow has a code block, a bare URL, a footnote and
    // struck-out text, museum-day a four-column table, night-tour a cover picture, bronze-exhibit body images
    // in Markdown and in a raw-HTML <figure> with its caption
    static final List<String> PAGES = List.of("index.html", "tags/ye-you-jing-ji.html", "2025/11/no-such-article.html",
            "2025/12/ice-snow.html", "2025/05/museum-day.html", "2025/11/night-tour.html", "2026/05/bronze-exhibit.html");

    @TempDir
    static Path dir;
    static SiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void bakeServeAndStart() throws IOException {
        Path site = dir.resolve("site");
        Path out = dir.resolve("out");
        server = new SiteServer(out);
        for (String folder : List.of("content", "templates", "assets")) {
            TestSites.copyTree(TestSites.repository().resolve(folder), site.resolve(folder));
        }
        // the 404 page links with absolute site.host addresses (it is served at any path): pointed at the
        // test server, its stylesheet loads and the page is checked as readers see it
        String properties = Files.readString(TestSites.repository().resolve("jbake.properties"));
        assertThat(properties).containsPattern("(?m)^site\\.host=");
        TestSites.write(site.resolve("jbake.properties"),
                properties.replaceAll("(?m)^site\\.host=.*$", "site.host=" + server.base()));
        new Baker(line -> { }).bake(site, out, TestSites.publishing());
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

    static Stream<Arguments> pagesOnEachScreen() {
        return PAGES.stream().flatMap(page -> Stream.of(Arguments.of(page, Screen.DESKTOP), Arguments.of(page, Screen.PHONE)));
    }

    @ParameterizedTest(name = "{0} on a {1} screen")
    @MethodSource("pagesOnEachScreen")
    void axe_finds_no_violations(String page, Screen screen) {
        open(page, screen);

        Axe.Result result = Axe.run(browser);

        assertThat(result.violations()).as("axe-core violations on %s, %s:%s", page, screen,
                Axe.report(result.violations())).isEmpty();
        // proof that the rules ran on the page itself, not on an empty or half-loaded document
        assertThat(result.passed()).contains("color-contrast", "html-has-lang", "landmark-one-main", "document-title");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void fits_a_390_px_phone_without_horizontal_scrolling(String page) {
        open(page, Screen.PHONE);

        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) browser.executeScript(OVERFLOW, Screen.PHONE.width());

        String wide = "; wider than 390 px, widest first:" + layout.get("wide");
        // a phone may zoom out until overflowing content fits, and then the viewport grows past 390 px too
        assertThat(layout.get("innerWidth")).as("viewport width of %s%s", page, wide).isEqualTo(390L);
        assertThat((Long) layout.get("scrollWidth")).as("page width of %s%s", page, wide)
                .isLessThanOrEqualTo((Long) layout.get("innerWidth"));
    }

    @Test
    void a_missing_address_two_folders_down_gets_the_styled_404_page() {
        open("2025/11/no-such-article.html", Screen.PHONE);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("抱歉，您要找的页面不存在");
    }

    static Stream<String> pages() {
        return PAGES.stream();
    }

    /** Loads {@code page} on {@code screen}, waits for its fonts and checks that every stylesheet applied. */
    static void open(String page, Screen screen) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width(),
                "height", screen.height(), "deviceScaleFactor", screen.scale(), "mobile", screen.mobile()));
        browser.get(server.base() + page);
        browser.executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done());");
        // an unstyled page would be checked for the wrong colours and widths
        assertThat(browser.executeScript("return [...document.styleSheets].filter(s => s.cssRules.length > 0).length"))
                .as("stylesheets applied on %s", page)
                .isEqualTo(browser.executeScript("return document.querySelectorAll('link[rel=stylesheet]').length"));
    }

    // Elements inside a box that scrolls or clips sideways (a table, a code block) cannot widen the page, so
    // only the others are listed: those are the ones to fix.
    static final String OVERFLOW = """
            const width = arguments[0];
            const contained = element => {
              for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
                if (getComputedStyle(box).overflowX !== 'visible') return true;
              }
              return false;
            };
            const wide = [];
            for (const element of document.body.querySelectorAll('*')) {
              const right = element.getBoundingClientRect().right;
              if (right > width + 0.5 && !contained(element)) {
                wide.push({right: Math.round(right), html: element.outerHTML.slice(0, 200)});
              }
            }
            wide.sort((a, b) => b.right - a.right);
            return {innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
                    wide: wide.slice(0, 10).map(w => '\\n  right edge at ' + w.right + ' px: ' + w.html).join('')};
            """;
}
