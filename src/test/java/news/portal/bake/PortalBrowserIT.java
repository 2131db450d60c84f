package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import news.portal.share.Chromium;
import news.portal.share.SiteServer;

/**
 * The portal's front and article pages in Debian's chromium: {@code fixtures/front/site} baked at two
 * injected moments, before and after its pin lapses, and served side by side. Runs with
 * {@code mvn verify -Pbrowser}.
 */
class PortalBrowserIT {

    static final Instant PINNED = Instant.parse("2025-11-28T00:00:00Z");
    static final Instant LAPSED = Instant.parse("2025-12-01T10:00:00Z");
    static final String ARTICLE = "pinned/2025/11/newest.html";

    @TempDir
    static Path dir;
    static SiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void bakeServeAndStart() {
        Path site = TestSites.create(dir, "/fixtures/front/site");
        Path out = dir.resolve("out");
        new Baker(line -> { }).bake(site, out.resolve("pinned"), new Baker.Options(PINNED, false, 1));
        new Baker(line -> { }).bake(site, out.resolve("lapsed"), new Baker.Options(LAPSED, false, 1));
        server = new SiteServer(out);
        browser = Chromium.start(true);
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

    static void open(ChromeDriver driver, String page, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", width < 600 ? 844 : 800, "deviceScaleFactor", width < 600 ? 3 : 1, "mobile", width < 600));
        driver.get(server.base() + page);
        driver.executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done());");
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static double proseFontSize(ChromeDriver driver) {
        return number(driver.executeScript(
                "return parseFloat(getComputedStyle(document.querySelector('.post .prose')).fontSize)"));
    }

    @Test
    void the_pin_leads_before_its_pin_until_and_the_featured_story_after_it() {
        open(browser, "pinned/index.html", 1280);
        assertThat(browser.findElement(By.cssSelector(".lead-title")).getText()).isEqualTo("冬季旅游季开幕 置顶到月底");

        open(browser, "lapsed/index.html", 1280);
        assertThat(browser.findElement(By.cssSelector(".lead-title")).getText()).isEqualTo("焦点图一：古城灯会");
    }

    @Test
    void the_font_size_switch_resizes_the_text_and_remembers_the_choice_on_the_next_article() {
        open(browser, ARTICLE, 390);
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        double medium = proseFontSize(browser);

        browser.findElement(By.cssSelector("label[for=font-size-large]")).click();
        double large = proseFontSize(browser);
        open(browser, "pinned/2025/11/reprint.html", 390);
        double remembered = proseFontSize(browser);
        // keyboard: arrow keys move within the radio group, from 大 to 中 to 小
        browser.findElement(By.id("font-size-large")).sendKeys(Keys.ARROW_RIGHT);
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        double small = proseFontSize(browser);

        assertThat(medium).isEqualTo(17.0);
        assertThat(large).isEqualTo(20.0);
        assertThat(remembered).isEqualTo(large);
        assertThat(small).isEqualTo(15.0);
        assertThat(browser.executeScript("return localStorage.getItem('news-portal.font-size')")).isEqualTo("small");
        browser.executeScript("localStorage.clear()");
    }

    @Test
    void the_font_size_switch_works_without_javascript() {
        ChromeDriver noScript = Chromium.start(false);
        try {
            open(noScript, ARTICLE, 1280);
            double medium = proseFontSize(noScript);
            noScript.findElement(By.cssSelector("label[for=font-size-large]")).click();

            assertThat(medium).isEqualTo(17.0);
            assertThat(proseFontSize(noScript)).isEqualTo(20.0);
        } finally {
            noScript.quit();
        }
    }

    @Test
    void on_a_390_px_phone_the_share_bar_is_one_row_and_the_text_starts_close_under_the_title() {
        open(browser, ARTICLE, 390);

        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) browser.executeScript("""
                const rect = s => document.querySelector(s).getBoundingClientRect();
                const links = [...document.querySelectorAll('.share-list .share-link')]
                    .filter(a => a.offsetParent !== null).map(a => Math.round(a.getBoundingClientRect().top));
                return {share: rect('.share').height, linkRows: new Set(links).size, links: links.length,
                        gap: rect('.post .prose > p').top - rect('.post-title').bottom,
                        width: document.documentElement.scrollWidth};
                """);

        assertThat((Long) layout.get("links")).as("share links shown").isEqualTo(12L);
        assertThat((Long) layout.get("linkRows")).as("rows of share links").isEqualTo(1L);
        assertThat(number(layout.get("share"))).as("share bar height").isLessThan(48);
        // was 274 px with the share buttons in four rows
        assertThat(number(layout.get("gap"))).as("from the title to the first paragraph").isLessThan(150);
        assertThat((Long) layout.get("width")).as("page width").isEqualTo(390L);
    }

    @Test
    void every_share_link_on_a_phone_is_reached_with_the_keyboard_and_scrolled_into_view() {
        open(browser, ARTICLE, 390);
        WebElement last = browser.findElement(By.cssSelector(".share-copy .share-link"));

        browser.executeScript("arguments[0].focus()", last);
        double right = number(browser.executeScript("return arguments[0].getBoundingClientRect().right", last));

        assertThat(browser.switchTo().activeElement()).isEqualTo(last);
        assertThat(right).isLessThanOrEqualTo(390);
    }

    @Test
    void printing_leaves_out_the_navigation_share_bar_and_font_size_switch() {
        open(browser, ARTICLE, 1280);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>) browser.executeScript("""
                    return ['.site-nav', '.share', '.font-size', '.breadcrumb', '.post-title', '.prose']
                        .filter(s => getComputedStyle(document.querySelector(s)).display !== 'none');
                    """);

            assertThat(shown).containsExactly(".post-title", ".prose");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /**
     * A page that is still loading is often shorter than the window, so it has no scrollbar yet; at 1280 px
     * chromium's scrollbar takes 15 px. Taking the scrollbar away (overflow hidden) must move nothing, or the
     * whole page shifts sideways the moment its content grows past the window.
     */
    @Test
    void the_layout_keeps_its_width_whether_or_not_the_page_has_a_scrollbar_yet() {
        for (String page : new String[] {"pinned/index.html", ARTICLE}) {
            open(browser, page, 1280);
            // a short window, so that the article scrolls too
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 480,
                    "deviceScaleFactor", 1, "mobile", false));
            @SuppressWarnings("unchecked")
            Map<String, Object> moved = (Map<String, Object>) browser.executeScript("""
                    const root = document.documentElement;
                    const boxes = () => [...document.querySelectorAll('header, main, footer, main > *')]
                        .map(e => e.getBoundingClientRect()).map(r => [r.left, r.width]);
                    const scrolling = boxes();
                    const scrollable = root.scrollHeight > innerHeight;
                    root.style.overflow = 'hidden';
                    const still = boxes();
                    root.style.overflow = '';
                    return {scrollable: scrollable, boxes: scrolling.length,
                        moved: scrolling.filter((box, i) => box[0] !== still[i][0] || box[1] !== still[i][1]).length};
                    """);

            assertThat(moved.get("scrollable")).as("%s is taller than the window", page).isEqualTo(true);
            assertThat((Long) moved.get("boxes")).as("boxes measured on %s", page).isGreaterThan(3L);
            assertThat(moved.get("moved")).as("boxes that move on %s when the scrollbar goes", page).isEqualTo(0L);
        }
    }

    @Test
    void the_focus_strip_snaps_shows_each_focused_picture_and_shifts_no_layout() {
        for (int width : new int[] {390, 1280}) {
            open(browser, "pinned/index.html", width);
            @SuppressWarnings("unchecked")
            Map<String, Object> strip = (Map<String, Object>) browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    let shift = 0;
                    new PerformanceObserver(list => list.getEntries().forEach(e => shift += e.value))
                        .observe({type: 'layout-shift', buffered: true});
                    const row = document.querySelector('.focus-strip');
                    const box = row.getBoundingClientRect();
                    // Chrome scrolls a focused link into view only when none of it shows, so "in view" here
                    // means some of it inside the row, where its focus ring is seen
                    const hidden = [...row.querySelectorAll('.focus-link')].filter(link => {
                      link.focus();
                      const r = link.getBoundingClientRect();
                      return document.activeElement !== link || r.left >= box.right || r.right <= box.left;
                    }).length;
                    setTimeout(() => done({snap: getComputedStyle(row).scrollSnapType, shift: shift,
                        hidden: hidden, items: row.children.length}), 300);
                    """);

            assertThat(strip.get("items")).as("pictures at %d px", width).isEqualTo(2L);
            assertThat(strip.get("snap")).as("at %d px", width).isEqualTo("x mandatory");
            assertThat(number(strip.get("shift"))).as("layout shift at %d px", width).isZero();
            assertThat(strip.get("hidden")).as("pictures focused out of view at %d px", width).isEqualTo(0L);
        }
    }
}
