package news.portal.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import news.portal.share.Chromium;

/**
 * The browser half of {@code bench/search.sh}: a baked site served on 127.0.0.1 as a bucket serves it
 * (stored gzip for text, {@code Cache-Control} as deploy sets it, ETags and 304s), and Debian's chromium
 * typing the queries of {@link SearchBench} into {@code search.html} with a fresh cache. For each query:
 * the time from the last keystroke to the list shown, read from the marks the page sets
 * ({@code search-input}, {@code search-shown}), and the bytes the server sent; then the same query typed
 * again after a reload, with the browser's cache kept. With {@code pagefind/} in the output (written by
 * {@code npx pagefind --site OUT}) the same queries go to Pagefind's own API too: time from the call to ten
 * results' data, bytes, and where the article ranks in its first 60. Not a test: a program with a main.
 *
 * <pre>java -cp … news.portal.search.SearchBrowserBench OUT [QUERIES [SEED]]</pre>
 */
public final class SearchBrowserBench {

    private static final Pattern FINGERPRINTED = Pattern.compile("(?:.*/)?[^/]+\\.[0-9a-f]{8}\\.(?:css|js|mjs|json)");

    private SearchBrowserBench() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
        List<SearchBench.Query> queries = SearchBench.queries(out, count, seed);
        boolean pagefind = Files.isDirectory(out.resolve("pagefind"));
        if (pagefind) {
            Files.writeString(out.resolve("pagefind-bench.html"), "<!doctype html><html lang=zh-CN><meta charset=utf-8>"
                    + "<title>pagefind</title><script type=module>import * as p from './pagefind/pagefind.js';"
                    + "window.pf = p;</script>");
        }
        try (Server server = new Server(out)) {
            ChromeDriver browser = Chromium.start(true);
            try {
                browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
                List<Long> ours = new ArrayList<>();
                List<Long> oursBytes = new ArrayList<>();
                List<Long> repeatBytes = new ArrayList<>();
                List<Long> theirs = new ArrayList<>();
                List<Long> theirsBytes = new ArrayList<>();
                int top10 = 0;
                int top60 = 0;
                System.out.println("query\tours ms\tours KB\trepeat KB\tpagefind ms\tpagefind KB\tpagefind rank");
                for (SearchBench.Query query : queries) {
                    browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
                    server.reset();
                    long ms = typed(browser, server.base() + "search.html", query.text());
                    ours.add(ms);
                    oursBytes.add(server.bytes.get());
                    server.reset();
                    typed(browser, server.base() + "search.html", query.text());
                    repeatBytes.add(server.bytes.get());
                    String line = query.text() + "\t" + ms + "\t" + kb(oursBytes.get(oursBytes.size() - 1)) + "\t"
                            + kb(repeatBytes.get(repeatBytes.size() - 1));
                    if (pagefind) {
                        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
                        server.reset();
                        browser.get(server.base() + "pagefind-bench.html");
                        new WebDriverWait(browser, Duration.ofSeconds(30))
                                .until(b -> Boolean.TRUE.equals(browser.executeScript("return !!window.pf")));
                        Number took = (Number) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                                + "var t = performance.now(); window.pf.search(arguments[0]).then(function (s) {"
                                + " window.found = s.results;"
                                + " return Promise.all(s.results.slice(0, 10).map(function (r) { return r.data(); }));"
                                + "}).then(function () { done(performance.now() - t); });", query.text());
                        theirs.add(took.longValue());
                        theirsBytes.add(server.bytes.get());
                        @SuppressWarnings("unchecked")
                        List<String> urls = (List<String>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                                + "Promise.all(window.found.slice(0, 60).map(function (r) { return r.data(); }))"
                                + ".then(function (d) { done(d.map(function (x) { return x.url; })); });");
                        int rank = -1;
                        for (int i = 0; i < urls.size() && rank < 0; i++) {
                            if (urls.get(i).endsWith("/" + query.uri())) {
                                rank = i;
                            }
                        }
                        top10 += rank >= 0 && rank < 10 ? 1 : 0;
                        top60 += rank >= 0 ? 1 : 0;
                        line += "\t" + took.longValue() + "\t" + kb(theirsBytes.get(theirsBytes.size() - 1)) + "\t"
                                + (rank + 1);
                    }
                    System.out.println(line);
                }
                System.out.println();
                System.out.printf("ours: time from the last keystroke to the list shown (the page's debounce included): "
                        + "median %d ms, mean %d ms, most %d ms%n", median(ours), mean(ours), Collections.max(ours));
                System.out.printf("ours: bytes sent per fresh query (gzip): mean %s KB, most %s KB; the same query "
                        + "after a reload, cache kept: mean %s KB%n", kb(mean(oursBytes)), kb(Collections.max(oursBytes)),
                        kb(mean(repeatBytes)));
                if (pagefind) {
                    System.out.printf("pagefind: time from search() to ten results' data: median %d ms, mean %d ms, "
                            + "most %d ms%n", median(theirs), mean(theirs), Collections.max(theirs));
                    System.out.printf("pagefind: bytes sent per fresh query: mean %s KB, most %s KB%n",
                            kb(mean(theirsBytes)), kb(Collections.max(theirsBytes)));
                    System.out.printf("pagefind: queries %d (seed %d), found in the top 10: %d, in the top 60: %d%n",
                            queries.size(), seed, top10, top60);
                }
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * Opens {@code page}, types {@code query} a character at a time and waits for its list: the time from
     * the last keystroke's mark to the list's mark, in ms.
     */
    private static long typed(ChromeDriver browser, String page, String query) {
        browser.get(page);
        WebElement list = browser.findElement(By.id("search-results"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> "done".equals(list.getDomAttribute("data-state")));
        browser.executeScript("performance.clearMarks();");
        WebElement input = browser.findElement(By.id("search-q"));
        for (int i = 0; i < query.length(); i++) {
            input.sendKeys(query.substring(i, i + 1));
        }
        String shown = "var q = arguments[0]; return performance.getEntriesByName('search-shown').filter(function (m) {"
                + " return m.detail === q; }).length > 0;";
        wait.until(b -> Boolean.TRUE.equals(browser.executeScript(shown, query)));
        Number ms = (Number) browser.executeScript("var q = arguments[0]; var inputs = performance.getEntriesByName('search-input');"
                + "var last = inputs[inputs.length - 1].startTime;"
                + "var done = performance.getEntriesByName('search-shown').filter(function (m) {"
                + " return m.detail === q && m.startTime >= last; });"
                + "return done[done.length - 1].startTime - last;", query);
        if (Boolean.getBoolean("bench.trace")) {
            // -Dbench.trace=true: each request after the last keystroke, from then to its start and end
            System.out.println(browser.executeScript("var inputs = performance.getEntriesByName('search-input');"
                    + "var last = inputs[inputs.length - 1].startTime;"
                    + "return performance.getEntriesByType('resource').filter(function (r) { return r.startTime >= last; })"
                    + ".map(function (r) { return r.name.replace(/.*\\/search\\//, '') + ' ' + Math.round(r.startTime - last)"
                    + " + '-' + Math.round(r.responseEnd - last); }).join('\\n') + '\\n' + performance.getEntriesByType('mark')"
                    + ".map(function (m) { return m.name + ' ' + Math.round(m.startTime - last); }).join('\\n');"));
        }
        return Math.round(ms.doubleValue());
    }

    private static String kb(long bytes) {
        return String.format("%.1f", bytes / 1024.0);
    }

    private static long mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum() / values.size();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A bucket on 127.0.0.1: files as stored, text gzip-encoded, deploy's cache rules, ETags; counts bytes sent. */
    static final class Server implements AutoCloseable {
        private final Path root;
        private final HttpServer http;
        private final Map<Path, byte[]> gzipped = new ConcurrentHashMap<>();
        final AtomicLong bytes = new AtomicLong();

        Server(Path root) throws IOException {
            this.root = root.toAbsolutePath().normalize();
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
            http.createContext("/", this::serve);
            http.start();
        }

        String base() {
            return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
        }

        void reset() {
            bytes.set(0);
        }

        private void serve(HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8).substring(1);
                Path file = root.resolve(path).normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String etag = "\"" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis() + "\"";
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.getResponseHeaders().set("Cache-Control", FINGERPRINTED.matcher(path).matches()
                        ? "public, max-age=31536000, immutable" : path.startsWith("search/a/") ? "public, max-age=3600" : "no-cache");
                exchange.getResponseHeaders().set("Content-Type", type(path));
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                byte[] body;
                String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
                if (text(path) && accept != null && accept.contains("gzip")) {
                    body = gzipped.computeIfAbsent(file, Server::gzip);
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                } else {
                    body = Files.readAllBytes(file);
                }
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(body);
                }
                bytes.addAndGet(body.length);
            }
        }

        private static boolean text(String path) {
            return path.matches(".*\\.(html|css|js|mjs|json|svg|xml|txt)");
        }

        private static String type(String path) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return switch (extension) {
                case "html" -> "text/html; charset=utf-8";
                case "css" -> "text/css; charset=utf-8";
                case "js", "mjs" -> "text/javascript; charset=utf-8";
                case "json" -> "application/json; charset=utf-8";
                case "wasm" -> "application/wasm";
                case "svg" -> "image/svg+xml";
                default -> "application/octet-stream";
            };
        }

        private static byte[] gzip(Path file) {
            try {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                try (GZIPOutputStream zip = new GZIPOutputStream(buffer)) {
                    zip.write(Files.readAllBytes(file));
                }
                return buffer.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            http.stop(0);
            ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
        }
    }
}
