package news.portal.share;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, driven by Debian's chromedriver at fixed paths, so that Selenium Manager never
 * looks for or downloads a browser or a driver.
 */
public final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /**
     * Starts a headless chromium with the performance log on, which lists every network request.
     *
     * @param javascript whether pages may run scripts
     * @throws AssertionError when chromium or chromedriver is not installed: with the browser profile on,
     *                        a missing browser is a failure, not a reason to skip
     */
    public static ChromeDriver start(boolean javascript) {
        for (Path binary : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(binary)) {
                throw new AssertionError(binary + " is missing; the browser tests need Debian's chromium: "
                        + "apt-get install -y chromium chromium-driver fonts-noto-cjk");
            }
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // without the networking flags chromium calls Google's servers on start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1000,900", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * A wait of up to 15 s that tries again when the page reloads between finding an element and
     * reading it, as a live-reloading page may do at any moment.
     */
    public static WebDriverWait waitAcrossReloads(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        // a reload between finding an element and reading it can also surface as the inspector's "node does not
        // belong to the document", a plain WebDriverException; the next poll finds the new page's element
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }
}
