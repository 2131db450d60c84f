package news.portal.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.LiveBake;
import news.portal.bake.TestSites;

class PreviewIT {

    @TempDir
    Path dir;
    Path site;
    Preview preview;
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        site = TestSites.create(dir, "/fixtures/bake/site");
        preview = Preview.start(site, new Preview.Options("127.0.0.1", 0, true, TestSites.CLOCK), log::add);
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void serves_pages_with_charset_index_files_and_the_sites_404() throws Exception {
        HttpResponse<String> home = get("");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(home.body()).contains("古城夜游线路开放").contains("/__preview/client.js");
        assertThat(get("tags/").body()).isEqualTo(get("tags/index.html").body());
        Matcher stylesheet = Pattern.compile("href=\"(css/site\\.[0-9a-f]{8}\\.css)\"").matcher(home.body());
        assertThat(stylesheet.find()).isTrue();
        assertThat(get(stylesheet.group(1)).headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(get("feed.xml").headers().firstValue("Content-Type")).contains("application/rss+xml; charset=utf-8");
        assertThat(get("sitemap.xml").headers().firstValue("Content-Type")).contains("application/xml; charset=utf-8");
        assertThat(get("images/cover.svg").headers().firstValue("Content-Type")).contains("image/svg+xml; charset=utf-8");
        HttpResponse<String> missing = get("no/such/page.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面未找到");
    }

    @Test
    void a_busy_port_is_one_line_in_chinese() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = news.portal.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err), "preview", site.toString(), "--port", String.valueOf(preview.url().getPort()));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("错误：端口 " + preview.url().getPort() + " 已被占用")
                .doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void answers_only_requests_addressed_to_itself() throws Exception {
        int port = preview.url().getPort();
        assertThat(raw("/index.html", "evil.example:" + port)).startsWith("HTTP/1.1 421").doesNotContain("古城");
        assertThat(raw("/__preview/events", "evil.example:" + port)).startsWith("HTTP/1.1 421");
        assertThat(raw("/index.html", "localhost:" + port)).startsWith("HTTP/1.1 200").contains("古城夜游线路开放");
    }

    @Test
    void refuses_requests_that_escape_the_site_root() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "机密");
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                "/..%5csecret.txt", "/a\\..\\..\\secret.txt", "/index.html%00.txt", "/../../../../etc/passwd")) {
            String response = raw(path);
            assertThat(response).as(path).matches("(?s)HTTP/1.1 (400|404).*").doesNotContain("机密").doesNotContain("root:");
        }
    }

    @Test
    void shows_drafts_and_scheduled_articles_with_a_banner() throws Exception {
        // the banner itself: the fixture's title, 定时发布的未来文章, has the same words in it
        assertThat(org.jsoup.Jsoup.parse(get("2030/05/future.html").body()).select("p.status-banner").text())
                .isEqualTo("定时发布：本文将于 2030-05-01 09:00 发布。");
        assertThat(org.jsoup.Jsoup.parse(get("2025/11/draft.html").body()).select("p.status-banner").text())
                .startsWith("草稿：本文尚未发布");
    }

    @Test
    void an_edit_rerenders_the_article_and_its_listings_only() throws Exception {
        Path article = site.resolve("content/news/2025/11/night-tour.md");
        LiveBake.Outcome before = preview.lastOutcome();
        Files.writeString(article, Files.readString(article).replace("古城夜游线路开放", "古城夜游线路今晚开放"));

        awaitPage("2025/11/night-tour.html", body -> body.contains("古城夜游线路今晚开放"));
        // the pages are on disk a moment before the build that wrote them reports
        awaitCondition(() -> preview.lastOutcome() != before
                && preview.lastOutcome().written().contains("2025/11/night-tour.html"));
        assertThat(get("").body()).contains("古城夜游线路今晚开放");
        assertThat(get("tags/gu-cheng.html").body()).contains("古城夜游线路今晚开放");
        List<String> written = preview.lastOutcome().written();
        assertThat(written).contains("2025/11/night-tour.html", "index.html", "tags/gu-cheng.html",
                "sections/wen-lu-zi-xun.html", "feed.xml");
        assertThat(written).doesNotContain("about.html", "tags/yuan-jiang/2.html", "2025/10/zhong-ming-biao-ti.html");
        assertThat(preview.lastOutcome().full()).isFalse();
    }

    @Test
    void created_and_deleted_articles_appear_and_disappear_everywhere() throws Exception {
        Path added = site.resolve("content/news/2025/11/new-story.md");
        Files.writeString(added, "---\ntitle: 新增的报道\ndate: 2025-11-27 10:00\ntags: [古城]\n---\n正文。\n");
        awaitPage("2025/11/new-story.html", body -> body.contains("新增的报道"));
        assertThat(get("tags/gu-cheng.html").body()).contains("新增的报道");

        Files.delete(added);
        awaitPage("2025/11/new-story.html", body -> body.contains("页面未找到"));
        assertThat(get("").body()).doesNotContain("新增的报道");
        assertThat(get("tags/gu-cheng.html").body()).doesNotContain("新增的报道");
        // the page is gone a moment before the build that removed it reports
        awaitCondition(() -> preview.lastOutcome().removed().contains("2025/11/new-story.html"));
    }

    @Test
    void a_missing_image_is_a_warning_not_a_stop() throws Exception {
        Path added = site.resolve("content/news/2025/11/photo-story.md");
        Files.writeString(added, "---\ntitle: 图片报道\ndate: 2025-11-27 10:00\n---\n开头。\n\n![夜景](/images/no-such-photo.jpg)\n");

        awaitPage("2025/11/photo-story.html", body -> body.contains("图片报道"));
        awaitCondition(() -> log.stream().anyMatch(line -> line.startsWith("警告：")
                && line.contains("photo-story.md:7: 正文") && line.contains("no-such-photo.jpg")));
        assertThat(preview.lastOutcome().succeeded()).isTrue();
        assertThat(preview.lastOutcome().warnings()).isNotEmpty();

        // a page that opens now hears them too
        List<String> events = new CopyOnWriteArrayList<>();
        Thread listener = listen(events);
        awaitCondition(() -> events.stream().anyMatch(e -> e.startsWith("event: warnings")
                && e.contains("photo-story.md:7: 正文") && e.contains("no-such-photo.jpg")));
        assertThat(events).noneMatch(e -> e.startsWith("event: hello"));
        listener.interrupt();
    }

    @Test
    void a_broken_article_keeps_the_last_good_site_and_reports_the_problem_to_open_pages() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        Thread listener = listen(events);
        awaitCondition(() -> events.stream().anyMatch(e -> e.startsWith("event: hello")));
        Path article = site.resolve("content/news/2025/11/night-tour.md");
        String good = Files.readString(article);
        Files.writeString(article, good.replace("date: 2025-11-28 12:24", "date: 2025-13-45"));

        awaitCondition(() -> events.stream().anyMatch(e -> e.contains("night-tour.md:3: date:")));
        assertThat(get("2025/11/night-tour.html").body()).contains("古城夜游线路开放");
        assertThat(log).anyMatch(line -> line.contains("night-tour.md:3: date:"));

        Files.writeString(article, good.replace("古城夜游线路开放", "修好后的标题"));
        awaitCondition(() -> events.stream().anyMatch(e -> e.startsWith("event: reload")));
        awaitPage("2025/11/night-tour.html", body -> body.contains("修好后的标题"));
        listener.interrupt();
    }

    @Test
    void the_reload_script_is_served_not_written_into_the_site() throws Exception {
        assertThat(get("__preview/client.js").body()).contains("EventSource");
        assertThat(get("").body()).contains("<script src=\"/__preview/client.js\"></script>");
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".html"))).isEmpty();
        }
    }

    @Test
    void answers_a_building_page_while_the_first_build_runs_then_the_site() throws Exception {
        preview.close();
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        java.util.concurrent.CompletableFuture<Preview> starting = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> Preview.start(site, new Preview.Options("127.0.0.1", port, true), log::add));
        // the server listens before the first build starts: the first answer comes while it runs
        String first = null;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (first == null && !starting.isDone() && System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                first = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.net.ConnectException e) {
                Thread.sleep(10);
            }
        }
        preview = starting.get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(first).as("an answer before the first build was done").isNotNull();
        assertThat(first).startsWith("HTTP/1.1 503").containsIgnoringCase("Retry-After: 2").contains("正在生成")
                .contains("/__preview/client.js").doesNotContain("页面未找到");
        assertThat(raw("/index.html")).startsWith("HTTP/1.1 200").contains("古城夜游线路开放");
        assertThat(log).anyMatch(l -> l.matches("已重新生成：写出 \\d+ 个页面，删除 0 个，用时 \\d+ 毫秒"));
    }

    @Test
    void an_english_site_is_previewed_with_english_lines() throws Exception {
        preview.close();
        Path properties = site.resolve("jbake.properties");
        TestSites.write(properties, Files.readString(properties) + "site.language=en\n");
        log.clear();
        preview = Preview.start(site, new Preview.Options("127.0.0.1", 0, true), log::add);

        assertThat(log).anyMatch(l -> l.matches("rebuilt: \\d+ pages written, 0 removed in \\d+ ms"))
                .noneMatch(l -> l.startsWith("已重新生成"));
    }

    @Test
    void hides_drafts_when_asked() throws Exception {
        preview.close();
        preview = Preview.start(site, new Preview.Options("127.0.0.1", 0, false), log::add);

        assertThat(get("2025/11/draft.html").statusCode()).isEqualTo(404);
        assertThat(get("").body()).doesNotContain("尚未完成的草稿");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(preview.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String raw(String path) throws IOException {
        return raw(path, "127.0.0.1:" + preview.url().getPort());
    }

    private String raw(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", preview.url().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Thread listen(List<String> events) {
        Thread thread = new Thread(() -> {
            try (Socket socket = new Socket("127.0.0.1", preview.url().getPort())) {
                socket.getOutputStream().write(("GET /__preview/events HTTP/1.1\r\nHost: 127.0.0.1:" + preview.url().getPort() + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                StringBuilder event = new StringBuilder();
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isEmpty() && event.length() > 0) {
                        events.add(event.toString());
                        event.setLength(0);
                    } else if (line.startsWith("event:") || line.startsWith("data:")) {
                        event.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void awaitPage(String path, Predicate<String> condition) throws Exception {
        awaitCondition(() -> {
            try {
                return condition.test(get(path).body());
            } catch (IOException | InterruptedException e) {
                return false;
            }
        });
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(50);
        }
    }
}
