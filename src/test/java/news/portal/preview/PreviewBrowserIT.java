package news.portal.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import news.portal.bake.TestSites;
import news.portal.share.Chromium;

/** An open page in Debian's chromium reloads by itself when its article is edited. */
class PreviewBrowserIT {

    @TempDir
    Path dir;
    Path site;
    Preview preview;
    ChromeDriver browser;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() {
        site = TestSites.create(dir, "/fixtures/bake/site");
        preview = Preview.start(site, new Preview.Options("127.0.0.1", 0, true), log::add);
        browser = Chromium.start(true);
    }

    @AfterEach
    void stop() {
        browser.quit();
        preview.close();
    }

    @Test
    void an_open_article_reloads_after_its_file_is_edited_and_shows_the_new_title() throws Exception {
        browser.get(preview.url().resolve("2025/11/night-tour.html").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("古城夜游线路开放");
        browser.executeScript("window.__notReloaded = true;");
        Path article = site.resolve("content/news/2025/11/night-tour.md");

        Files.writeString(article, Files.readString(article).replace("title: 古城夜游线路开放", "title: 古城夜游线路今晚开放"));

        Chromium.waitAcrossReloads(browser).until(
                driver -> driver.findElement(By.tagName("h1")).getText().equals("古城夜游线路今晚开放"));
        assertThat(browser.executeScript("return window.__notReloaded === undefined;")).isEqualTo(true);
    }

    @Test
    void what_the_build_let_through_shows_in_a_strip_the_editor_can_close() throws Exception {
        Path article = site.resolve("content/news/2025/11/night-tour.md");
        Files.writeString(article, Files.readString(article) + "\n请看<a href=\"kun-lun.md\">另一篇。\n");
        Chromium.waitAcrossReloads(browser).until(driver -> preview.lastOutcome().warnings().size() == 1);

        browser.get(preview.url().resolve("2025/11/night-tour.html").toString());

        String strip = Chromium.waitAcrossReloads(browser).until(driver -> {
            var found = driver.findElements(By.id("news-portal-preview-warnings"));
            return found.isEmpty() ? null : found.get(0).getText();
        });
        assertThat(strip).contains("网站已生成，但有几处需要修改", "night-tour.md", "<a> 没有闭合");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("古城夜游线路开放");
        browser.findElement(By.cssSelector("#news-portal-preview-warnings button")).click();
        assertThat(browser.findElements(By.id("news-portal-preview-warnings"))).isEmpty();
    }

    @Test
    void a_broken_article_shows_its_problem_over_the_page_until_fixed() throws Exception {
        browser.get(preview.url().resolve("2025/11/night-tour.html").toString());
        Path article = site.resolve("content/news/2025/11/night-tour.md");
        String good = Files.readString(article);

        Files.writeString(article, good.replace("date: 2025-11-28 12:24", "date: 2025-13-45"));

        String overlay = Chromium.waitAcrossReloads(browser).until(driver -> {
            var found = driver.findElements(By.id("news-portal-preview-problems"));
            return found.isEmpty() ? null : found.get(0).getText();
        });
        assertThat(overlay).contains("content/news/2025/11/night-tour.md:3: date:");

        Files.writeString(article, good);
        Chromium.waitAcrossReloads(browser).until(
                driver -> driver.findElements(By.id("news-portal-preview-problems")).isEmpty());
        Chromium.waitAcrossReloads(browser).until(
                driver -> driver.findElement(By.tagName("h1")).getText().equals("古城夜游线路开放"));
    }
}
