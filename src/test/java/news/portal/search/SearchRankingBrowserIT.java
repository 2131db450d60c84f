package news.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import news.portal.bake.Baker;
import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.content.ContentLoader;
import news.portal.share.Chromium;
import news.portal.share.SiteServer;

/**
 * {@code search.js} in chromium against {@link Searcher} on the same baked index: for each query the same
 * number of results and the same first ten, in the same order. Two sites: the repository's own, and one
 * written here with many titles sharing phrases at different places and lengths, tags, summaries and
 * dates, where the order within a tier decides. Runs only with {@code mvn verify -Pbrowser}.
 */
class SearchRankingBrowserIT {

    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COUNT = Pattern.compile("找到 (\\d+) 篇");

    static final String[] PLACES = {"青溪古镇", "江口镇", "石门村", "南屏山", "月湖", "龙泉古道", "东湖湿地", "梨花村"};
    static final String[] OBJECTS = {"夜游线路", "非遗市集", "研学课程", "龙舟赛", "古籍修复展", "灯会", "茶园", "民宿"};
    static final String[] ENDINGS = {"开放", "迎来游客", "受到热捧", "亮相", "启幕", "焕发新活力", "引发关注"};
    static final String[] TAGS = {"夜游", "非遗", "研学", "龙舟", "古籍", "灯会", "茶文化", "民宿"};

    @TempDir
    static Path dir;
    static SiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void bakeServeAndStart() {
        Path bucket = dir.resolve("bucket");
        new Baker(line -> { }).bake(TestSites.repository(), bucket.resolve("sample"), new Baker.Options(NOW, false));
        new Baker(line -> { }).bake(generated(dir.resolve("generated"), 240), bucket.resolve("generated"),
                new Baker.Options(NOW, false));
        Path large = generated(dir.resolve("large"), LARGE);
        new Baker(line -> { }).bake(large, bucket.resolve("large"), new Baker.Options(NOW, false));
        // shards of 64 bytes: hundreds of shards, so the page reads several name tables of each kind
        SiteConfig config = SiteConfig.load(large);
        new SearchIndex(config, 64).write(new ContentLoader(config).load(NOW, false), bucket.resolve("large"));
        server = new SiteServer(bucket);
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

    /** More articles than one table of list names covers ({@link SearchIndex#NAMES} lists of {@link SearchIndex#CHUNK}). */
    static final int LARGE = SearchIndex.NAMES * SearchIndex.CHUNK + 300;

    /** {@code count} articles whose titles share places, objects and endings, some with a colon between runs. */
    static Path generated(Path site, int count) {
        TestSites.copyTree(TestSites.repository().resolve("templates"), site.resolve("templates"));
        TestSites.copyTree(TestSites.repository().resolve("assets"), site.resolve("assets"));
        TestSites.write(site.resolve("jbake.properties"), TestSites.read(TestSites.repository().resolve("jbake.properties")));
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 1; i <= count; i++) {
            String place = pick(random, PLACES);
            String object = pick(random, OBJECTS);
            String title = switch (random.nextInt(3)) {
                case 0 -> place + object + pick(random, ENDINGS);
                case 1 -> place + "：" + object + pick(random, ENDINGS);
                default -> object + pick(random, ENDINGS);
            };
            String tag = pick(random, TAGS);
            String summary = random.nextInt(3) == 0 ? "" : "summary: " + pick(random, PLACES) + "的" + pick(random, OBJECTS) + "。\n";
            String body = place + "的" + pick(random, OBJECTS) + "由村民牵头推进，" + pick(random, PLACES) + "也推出了"
                    + pick(random, OBJECTS) + "。";
            String date = String.format("2025-%02d-%02d %02d:%02d", 1 + i % 12, 1 + i % 28, i % 24, i % 60);
            TestSites.write(site.resolve("content/news/a" + i + ".md"), "---\ntitle: " + title + "\ndate: " + date
                    + "\ncategory: 文旅资讯\ntags: [" + tag + "]\n" + summary + "---\n" + body + "\n");
        }
        if (count > LARGE / 2) {
            // the oldest article, last in rank order: its line is in a list the second table of list names names
            TestSites.write(site.resolve("content/news/oldest.md"), "---\ntitle: 远山旧事重提\ndate: 2020-01-01 08:00"
                    + "\ncategory: 文旅资讯\ntags: [往事]\n---\n旧事重提。\n");
        }
        return site;
    }

    static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Queries: substrings of titles, 2 to 4 characters, cut at random, and the given ones. */
    static List<String> queries(Path out, long seed, List<String> given) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out.resolve("search/a"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(JSON.readTree(file.toFile()).get("t").asText());
            }
        }
        Set<String> queries = new LinkedHashSet<>(given);
        SplittableRandom random = new SplittableRandom(seed);
        while (queries.size() < given.size() + 25) {
            String title = texts.get(random.nextInt(texts.size()));
            int length = 2 + random.nextInt(3);
            if (title.length() < length) {
                continue;
            }
            int start = random.nextInt(title.length() - length + 1);
            String part = title.substring(start, start + length);
            if (part.chars().allMatch(Tokens::isCjk)) {
                queries.add(part);
            }
        }
        return List.copyOf(queries);
    }

    @Test
    void the_page_ranks_the_sample_site_as_the_searcher_does() throws IOException {
        compare("sample", List.of("tianshan", "tian shan", "博物館", "ＣＩＴＹ", "citywalk", "茶", "2025", "kunl", "线路"));
    }

    @Test
    void the_page_ranks_a_site_of_similar_titles_as_the_searcher_does() throws IOException {
        compare("generated", List.of("qingxi", "龍舟", "湖", "灯会", "月湖灯会", "夜游 开放"));
    }

    @Test
    void the_page_reads_a_manifest_of_several_name_tables_as_the_searcher_does() throws IOException {
        Path out = dir.resolve("bucket").resolve("large");
        JsonNode manifest = JSON.readTree(out.resolve(SearchIndex.MANIFEST).toFile());
        assertThat(manifest.get("shardNames").size()).as("shard name tables").isGreaterThan(1);
        assertThat(manifest.get("docNames").size()).as("list name tables").isGreaterThan(1);
        compare("large", List.of("旧事重提", "qingxi", "龍舟", "湖", "月湖灯会", "夜游 开放"));
    }

    private void compare(String name, List<String> given) throws IOException {
        Path out = dir.resolve("bucket").resolve(name);
        for (String query : queries(out, name.length(), given)) {
            List<Searcher.Hit> expected = new Searcher(out).search(query);
            browser.get(server.base() + name + "/search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            WebElement list = browser.findElement(By.id("search-results"));
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> "done".equals(list.getDomAttribute("data-state")));
            String status = browser.findElement(By.id("search-status")).getText();
            Matcher count = COUNT.matcher(status);
            int shown = count.find() ? Integer.parseInt(count.group(1)) : 0;
            assertThat(shown).as("results for %s (%s)", query, status).isEqualTo(expected.size());
            List<String> hrefs = list.findElements(By.cssSelector("li h2 a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList();
            List<String> top = expected.subList(0, Math.min(10, expected.size())).stream().map(Searcher.Hit::uri).toList();
            assertThat(hrefs).as("first results for %s", query).hasSameSizeAs(top);
            for (int i = 0; i < top.size(); i++) {
                assertThat(hrefs.get(i)).as("result %d for %s", i + 1, query).endsWith(top.get(i));
            }
        }
    }
}
