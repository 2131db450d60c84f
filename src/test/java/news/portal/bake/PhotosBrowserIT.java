package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import news.portal.share.Chromium;
import news.portal.share.SiteServer;

/**
 * The sample site's five-photo article on a 390 px phone at DPR 2 in Debian's chromium: what the page
 * downloads before the reader scrolls. Only the small candidates (800 px at most), as WebP, and no more
 * than 400 KB of images in all. Runs with {@code mvn verify -Pbrowser}.
 */
class PhotosBrowserIT {

    static final String ARTICLE = "2026/11/harbour-photos.html";
    /** The target for the first screen of a phone. */
    static final long FIRST_SCREEN_BUDGET = 400 * 1024;

    @TempDir
    static Path dir;
    static SiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void bakeServeAndStart() {
        Path out = dir.resolve("site");
        TestSites.bakeRepository(out);
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

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> imagesLoaded(String page, int width, int dpr) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 844,
                "deviceScaleFactor", dpr, "mobile", true));
        browser.get(server.base() + page);
        // the load event, then a moment for lazy images near the first screen to start
        browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const wait = () => setTimeout(done, 800);"
                + "document.readyState === 'complete' ? wait() : addEventListener('load', wait);");
        return (List<Map<String, Object>>) browser.executeScript(
                "return performance.getEntriesByType('resource')"
                        + ".filter(e => /\\.(jpe?g|png|webp|gif|svg)$/.test(new URL(e.name).pathname))"
                        + ".map(e => ({url: new URL(e.name).pathname, bytes: e.encodedBodySize}));");
    }

    @Test
    void a_phone_loads_only_small_webp_candidates_and_at_most_400_kb_of_images_on_the_first_screen() {
        List<Map<String, Object>> loaded = imagesLoaded(ARTICLE, 390, 2);
        List<Map<String, Object>> photos = loaded.stream()
                .filter(entry -> String.valueOf(entry.get("url")).contains("/photos/")).toList();
        long bytes = loaded.stream().mapToLong(entry -> ((Number) entry.get("bytes")).longValue()).sum();
        System.out.printf("390 px, DPR 2: %d images, %,d bytes on the first screen: %s%n", loaded.size(), bytes, loaded);

        assertThat(photos).as("the cover is on the first screen").isNotEmpty();
        for (Map<String, Object> photo : photos) {
            String url = String.valueOf(photo.get("url"));
            assertThat(url).as("a derivative, not the original").matches(".*\\.[0-9a-f]{8}\\.w(480|800)\\.webp");
        }
        assertThat(bytes).isPositive().isLessThanOrEqualTo(FIRST_SCREEN_BUDGET);
    }

    @Test
    void a_desktop_takes_the_wide_candidates() {
        List<Map<String, Object>> loaded = imagesLoaded(ARTICLE, 1280, 1);
        List<String> photos = loaded.stream().map(entry -> String.valueOf(entry.get("url")))
                .filter(url -> url.contains("/photos/")).toList();

        assertThat(photos).isNotEmpty().allMatch(url -> url.matches(".*\\.w(800|1280)\\.webp"));
    }
}
