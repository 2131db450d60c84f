package news.portal.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.portal.bake.Baker;
import news.portal.bake.TestSites;

/**
 * The widget in a real browser: Debian's chromium, headless, on the share fixture baked and served from
 * 127.0.0.1. Runs only with {@code mvn verify -Pbrowser}.
 */
class ShareWidgetBrowserIT {

    static final String ARTICLE = "2025/11/night-show.html";
    static final String CANONICAL = "https://test.example.cn/" + ARTICLE;

    @TempDir
    static Path dir;
    static SiteServer server;
    ChromeDriver browser;

    @BeforeAll
    static void bakeAndServe() {
        Path site = TestSites.create(dir, "/fixtures/share/site");
        Path out = dir.resolve("out");
        new Baker(line -> { }).bake(site, out, new Baker.Options(Instant.parse("2026-01-01T00:00:00Z"), false));
        server = new SiteServer(out);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens the article in a fresh browser and waits until its script has run, if scripts are on. */
    ChromeDriver open(boolean javascript) {
        return open(javascript, "");
    }

    /** Opens the article with {@code prelude} run in the page before any of its own scripts. */
    ChromeDriver open(boolean javascript, String prelude) {
        browser = Chromium.start(javascript);
        if (!prelude.isEmpty()) {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", prelude));
        }
        browser.get(server.base() + ARTICLE);
        if (javascript) {
            wait(browser).until(b -> "button".equals(copyLink().getDomAttribute("role")));
        }
        return browser;
    }

    static WebDriverWait wait(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    WebElement copyLink() {
        return browser.findElement(By.cssSelector("[data-share-copy]"));
    }

    WebElement wechat() {
        return browser.findElement(By.cssSelector("details[data-share-wechat]"));
    }

    WebElement qrCode() {
        return browser.findElement(By.cssSelector("details[data-share-wechat] svg.share-qr-code"));
    }

    @Test
    void loading_the_article_requests_nothing_beyond_127_0_0_1() throws Exception {
        open(true);
        wait(browser).until(b -> "complete".equals(((JavascriptExecutor) b).executeScript("return document.readyState")));

        List<String> urls = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).get("message");
            if (message.get("method").asText().equals("Network.requestWillBeSent")) {
                urls.add(message.at("/params/request/url").asText());
            }
        }

        assertThat(urls).anyMatch(u -> u.endsWith(ARTICLE)).anyMatch(u -> u.matches(".*/js/share\\.[0-9a-f]{8}\\.js"))
                .anyMatch(u -> u.matches(".*/css/share\\.[0-9a-f]{8}\\.css"));
        assertThat(urls).filteredOn(u -> !u.startsWith("data:"))
                .allSatisfy(u -> assertThat(URI.create(u).getHost()).as(u).isEqualTo("127.0.0.1"));
        assertThat(server.requested()).contains("/" + ARTICLE)
                .anyMatch(path -> path.matches("/js/share\\.[0-9a-f]{8}\\.js"))
                .anyMatch(path -> path.matches("/css/share\\.[0-9a-f]{8}\\.css"));
    }

    @Test
    void copy_link_puts_the_canonical_url_on_the_clipboard_and_says_so() {
        open(true);
        String origin = server.base().substring(0, server.base().length() - 1);
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));

        copyLink().click();

        WebElement status = browser.findElement(By.cssSelector("[data-share-status]"));
        wait(browser).until(b -> status.getText().equals("链接已复制"));
        assertThat(status.isDisplayed()).isTrue();
        assertThat(status.getDomAttribute("aria-live")).isEqualTo("polite");
        Object clipboard = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, e => done('error: ' + e));");
        assertThat(clipboard).isEqualTo(CANONICAL);
        assertThat(browser.getCurrentUrl()).isEqualTo(server.base() + ARTICLE);
    }

    @Test
    void the_wechat_panel_opens_by_keyboard_shows_the_qr_code_and_closes_with_escape() {
        open(true);
        WebElement summary = wechat().findElement(By.tagName("summary"));
        assertThat(qrCode().isDisplayed()).isFalse();

        int tabs = 0;
        while (!browser.switchTo().activeElement().equals(summary) && tabs++ < 40) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement()).as("reached with Tab").isEqualTo(summary);
        assertThat(browser.executeScript("return document.activeElement.matches(':focus-visible')")).isEqualTo(true);
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        assertThat(wechat().getDomProperty("open")).isEqualTo("true");
        assertThat(qrCode().isDisplayed()).isTrue();
        assertThat(qrCode().getSize().getWidth()).isGreaterThanOrEqualTo(120);
        assertThat(QrReader.decodePng(qrCode().getScreenshotAs(OutputType.BYTES))).isEqualTo(CANONICAL);
        assertThat(browser.findElement(By.cssSelector(".share-qr-hint")).getText()).isEqualTo("微信扫一扫：分享");

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();

        assertThat(wechat().getDomProperty("open")).isEqualTo("false");
        assertThat(qrCode().isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
    }

    @Test
    void inside_wechat_the_qr_panel_is_hidden() {
        open(true);
        assertThat(browser.findElement(By.cssSelector("li.share-wechat")).isDisplayed()).isTrue();

        browser.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent",
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile "
                        + "Safari/537.36 MicroMessenger/8.0.50 NetType/WIFI Language/zh_CN"));
        browser.navigate().refresh();
        wait(browser).until(b -> "button".equals(copyLink().getDomAttribute("role")));

        assertThat(browser.findElement(By.cssSelector("li.share-wechat")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("li.share-weibo")).isDisplayed()).isTrue();
    }

    @Test
    void the_system_share_button_stays_hidden_where_the_browser_has_no_share_sheet() {
        open(true, "delete Navigator.prototype.share;");

        assertThat(browser.executeScript("return typeof navigator.share")).isEqualTo("undefined");
        assertThat(browser.findElement(By.cssSelector("[data-share-system]")).isDisplayed()).isFalse();
    }

    @Test
    void the_system_share_button_opens_the_share_sheet_with_the_article() {
        // a share sheet as phones have it, which records what the page hands it
        open(true, "Navigator.prototype.share = function (data) { window.shared = data; return Promise.resolve(); };");
        WebElement button = browser.findElement(By.cssSelector("[data-share-system]"));

        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getDomProperty("textContent")).isEqualTo("更多分享方式");
        button.click();

        @SuppressWarnings("unchecked")
        Map<String, Object> shared = (Map<String, Object>) wait(browser).until(
                b -> ((ChromeDriver) b).executeScript("return window.shared || null"));
        assertThat(shared).containsEntry("url", CANONICAL).containsEntry("title", "古城\"夜游\" & 灯光秀 #2025 '开幕'");
        assertThat((String) shared.get("text")).isNotBlank();
    }

    @Test
    void without_javascript_every_service_link_and_the_qr_code_still_work() {
        open(false);
        assertThat(copyLink().getDomAttribute("role")).as("the script did not run").isNull();

        List<WebElement> links = browser.findElements(By.cssSelector("section.share a"));
        assertThat(links).extracting(WebElement::isDisplayed).containsOnly(true);
        Map<String, String> hrefs = new LinkedHashMap<>();
        for (WebElement link : links) {
            String item = link.findElement(By.xpath("./ancestor::li")).getDomAttribute("class");
            hrefs.put(item.replace("share-item share-", ""), link.getDomAttribute("href"));
        }
        assertThat(hrefs.keySet()).containsExactly("weibo", "qq", "qzone", "douban", "x", "facebook", "linkedin",
                "telegram", "whatsapp", "email", "copy");
        String title = "古城\"夜游\" & 灯光秀 #2025 '开幕'";
        assertThat(ServicesTest.query(hrefs.get("weibo"))).containsEntry("url", CANONICAL).containsEntry("title", title);
        assertThat(ServicesTest.query(hrefs.get("x"))).containsEntry("url", CANONICAL).containsEntry("text", title);
        assertThat(ServicesTest.query(hrefs.get("facebook"))).containsEntry("u", CANONICAL);
        assertThat(ServicesTest.query(hrefs.get("whatsapp"))).containsEntry("text", title + " " + CANONICAL);
        assertThat(ServicesTest.query(hrefs.get("email"))).containsEntry("subject", title);
        assertThat(hrefs.get("copy")).isEqualTo(CANONICAL);
        hrefs.forEach((id, href) -> assertThat(URI.create(href).isAbsolute()).as(id).isTrue());

        WebElement summary = wechat().findElement(By.tagName("summary"));
        summary.click();

        assertThat(qrCode().isDisplayed()).isTrue();
        assertThat(QrReader.decodePng(qrCode().getScreenshotAs(OutputType.BYTES))).isEqualTo(CANONICAL);
    }
}
