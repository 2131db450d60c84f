package news.portal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import news.portal.share.Chromium;

/**
 * Where the time goes from the last keystroke to {@code data-state="done"} on {@code search.html}, for two
 * baked sites side by side in one chromium (a query on one, then on the other, the order alternating), so
 * that a busy machine weighs on both alike. Each site is served as {@link SearchBrowserBench.Server} serves
 * it, with a fresh cache per query. Queries: cut from titles (2–4 characters), long ones (6–10), the pinyin
 * of 2–3 title characters, traditional forms of 3–4 title characters, and the characters and bigrams most
 * frequent in titles (many hits). For each query and site: time to the list shown ({@code search-shown}
 * mark), to done (a MutationObserver on {@code data-state}), main-thread long tasks, and, from the Resource
 * Timing entries after the last keystroke, when each kind of index file was first asked for and when the
 * last one arrived. The page stays open {@code -Dbench.pause} ms (1,000) before the first keystroke. Not a test: a program with a main.
 *
 * <pre>java -cp … news.portal.search.SearchLatencyBench BEFORE_OUT AFTER_OUT [PER_KIND [SEED]]</pre>
 */
public final class SearchLatencyBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** -Dbench.pause=MS: how long the page stays open before the first keystroke (default 1,000 ms). */
    private static final long PAUSE = Long.getLong("bench.pause", 1000);
    /** Index files by what they are for, as search/ names them. */
    private static final String[][] KINDS = {
        {"manifest", "index.json"}, {"t2s", "s/"}, {"shard names", "n/t"}, {"shards", "t/"},
        {"list names", "n/d"}, {"lists", "d/"}, {"articles", "a/"},
    };
    private static final String OBSERVE = "var list = document.getElementById('search-results');"
            + "window.doneAt = []; window.longTasks = [];"
            + "new MutationObserver(function () { if (list.getAttribute('data-state') === 'done') {"
            + " window.doneAt.push(performance.now()); } }).observe(list, {attributes: true, attributeFilter: ['data-state']});"
            + "try { new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) {"
            + " window.longTasks.push([e.startTime, e.duration]); }); }).observe({type: 'longtask'}); } catch (e) {}"
            + "performance.clearMarks(); performance.clearResourceTimings(); performance.setResourceTimingBufferSize(1000);";
    private static final String MEASURE = "var q = arguments[0], kinds = arguments[1];"
            + "var inputs = performance.getEntriesByName('search-input'); var last = inputs[inputs.length - 1].startTime;"
            + "var shown = performance.getEntriesByName('search-shown').filter(function (m) { return m.detail === q"
            + " && m.startTime >= last; }).pop();"
            + "var r = {shown: shown.startTime - last, done: window.doneAt[window.doneAt.length - 1] - last, long: 0};"
            + "window.longTasks.forEach(function (t) { if (t[0] + t[1] > last) { r.long += t[0] + t[1] - Math.max(t[0], last); } });"
            + "performance.getEntriesByType('mark').forEach(function (m) { if (m.startTime >= last && m.name !== 'search-input'"
            + " && (m.detail === q || m.detail === undefined || m.detail === null)) { r['mark ' + m.name] = m.startTime - last; } });"
            + "performance.getEntriesByType('resource').forEach(function (e) {"
            + " if (e.responseEnd < last) { return; } var path = e.name.replace(/^.*?\\/search\\//, '');"
            + " kinds.forEach(function (k) { if (path.indexOf(k[1]) === 0) {"
            + "  var a = r[k[0]] || (r[k[0]] = {n: 0, start: 1e9, end: 0});"
            + "  a.n++; a.start = Math.min(a.start, Math.max(0, e.startTime - last)); a.end = Math.max(a.end, e.responseEnd - last); } }); });"
            + "return JSON.stringify(r);";

    private SearchLatencyBench() {
    }

    public static void main(String[] args) throws IOException {
        Path before = Path.of(args[0]);
        Path after = Path.of(args[1]);
        int perKind = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 2026;
        Map<String, List<String>> queries = queries(after, perKind, seed);
        Map<String, Map<String, List<Double>>> figures = new LinkedHashMap<>();
        List<Double> loads = new ArrayList<>();
        try (SearchBrowserBench.Server one = new SearchBrowserBench.Server(before);
             SearchBrowserBench.Server two = new SearchBrowserBench.Server(after)) {
            ChromeDriver browser = Chromium.start(true);
            try {
                System.out.println("kind\tquery\tsite\tshown ms\tdone ms\tlong tasks ms\tphases (ms after the last keystroke)");
                int turn = 0;
                for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
                    for (String query : kind.getValue()) {
                        loads.add(load());
                        for (int i = 0; i < 2; i++) {
                            boolean first = (turn + i) % 2 == 0;
                            String site = first ? "before" : "after";
                            SearchBrowserBench.Server server = first ? one : two;
                            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
                            JsonNode r = JSON.readTree(typed(browser, server.base() + "search.html", query));
                            String key = site + "\t";
                            add(figures, key + "shown", kind.getKey(), r.get("shown").asDouble());
                            add(figures, key + "done", kind.getKey(), r.get("done").asDouble());
                            add(figures, key + "long tasks", kind.getKey(), r.get("long").asDouble());
                            StringBuilder phases = new StringBuilder();
                            for (String[] k : KINDS) {
                                JsonNode a = r.get(k[0]);
                                if (a != null) {
                                    phases.append(String.format(" %s %d×%.0f-%.0f", k[0], a.get("n").asInt(),
                                            a.get("start").asDouble(), a.get("end").asDouble()));
                                    add(figures, key + k[0] + " arrived", kind.getKey(), a.get("end").asDouble());
                                }
                            }
                            r.fieldNames().forEachRemaining(name -> {
                                if (name.startsWith("mark ")) {
                                    phases.append(String.format(" %s %.0f", name.substring(5), r.get(name).asDouble()));
                                }
                            });
                            System.out.printf("%s\t%s\t%s\t%.0f\t%.0f\t%.0f\t%s%n", kind.getKey(), query, site,
                                    r.get("shown").asDouble(), r.get("done").asDouble(), r.get("long").asDouble(), phases);
                        }
                        turn++;
                    }
                }
            } finally {
                browser.quit();
            }
        }
        System.out.println();
        System.out.printf("load average (1 min) at the queries: median %.1f, least %.1f, most %.1f%n",
                median(loads), Collections.min(loads), Collections.max(loads));
        System.out.println();
        System.out.println("| site | figure | " + String.join(" | ", queries.keySet()) + " | all: median | all: mean | all: most |");
        System.out.println("|---|---|" + "---|".repeat(queries.size() + 3));
        for (Map.Entry<String, Map<String, List<Double>>> figure : figures.entrySet()) {
            StringBuilder row = new StringBuilder("| " + figure.getKey().replace("\t", " | ") + " |");
            List<Double> all = new ArrayList<>();
            for (String kind : queries.keySet()) {
                List<Double> values = figure.getValue().getOrDefault(kind, List.of());
                all.addAll(values);
                row.append(values.isEmpty() ? " – |" : String.format(" %.0f / %.0f |", median(values), Collections.max(values)));
            }
            row.append(String.format(" %.0f | %.0f | %.0f |", median(all), all.stream().mapToDouble(d -> d).average()
                    .orElse(0), Collections.max(all)));
            System.out.println(row);
        }
        System.out.println();
        System.out.println("(per kind: median / most ms; \"X arrived\": the last file of that kind after the last keystroke)");
        for (String figure : new String[] {"shown", "done"}) {
            List<Double> b = all(figures.get("before\t" + figure));
            List<Double> a = all(figures.get("after\t" + figure));
            System.out.printf("after / before, time to %s: median %.2f, most %.2f%n", figure, median(a) / median(b),
                    Collections.max(a) / Collections.max(b));
        }
    }

    /** Opens the page, types the query a character at a time, waits for its list and done; the measures as JSON. */
    private static String typed(ChromeDriver browser, String page, String query) {
        browser.get(page);
        WebElement list = browser.findElement(By.id("search-results"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> "done".equals(list.getDomAttribute("data-state")));
        // a reader looks at the page before typing; the page may fetch what it will need meanwhile
        sleep(PAUSE);
        browser.executeScript(OBSERVE);
        WebElement input = browser.findElement(By.id("search-q"));
        for (int i = 0; i < query.length(); i++) {
            input.sendKeys(query.substring(i, i + 1));
        }
        String finished = "var q = arguments[0]; var inputs = performance.getEntriesByName('search-input');"
                + "var last = inputs[inputs.length - 1].startTime;"
                + "return performance.getEntriesByName('search-shown').some(function (m) { return m.detail === q"
                + " && m.startTime >= last; }) && document.getElementById('search-results').getAttribute('data-state') === 'done';";
        wait.until(b -> Boolean.TRUE.equals(browser.executeScript(finished, query)));
        List<List<String>> kinds = new ArrayList<>();
        for (String[] k : KINDS) {
            kinds.add(List.of(k[0], k[1]));
        }
        return (String) browser.executeScript(MEASURE, query, kinds);
    }

    /** The queries by kind, drawn from the articles' files under search/a the same way for the same seed. */
    static Map<String, List<String>> queries(Path out, int perKind, long seed) throws IOException {
        List<String> titles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out.resolve("search/a"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                titles.add(JSON.readTree(Files.readAllBytes(file)).get("t").asText());
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        Transliterator traditional = Transliterator.getInstance("Simplified-Traditional");
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("title 2-4", cut(titles, random, perKind, 2, 4, s -> s));
        queries.put("long 6-10", cut(titles, random, perKind, 6, 10, s -> s));
        queries.put("pinyin", cut(titles, random, perKind, 2, 3, s -> {
            List<String> syllables = Pinyin.syllables(s);
            return syllables.size() == s.length() ? String.join("", syllables) : null;
        }));
        queries.put("traditional", cut(titles, random, perKind, 3, 4, s -> {
            String t = traditional.transliterate(s);
            return t.equals(s) ? null : t;
        }));
        Map<String, Integer> counts = new TreeMap<>();
        for (String title : titles) {
            for (int i = 0; i < title.length(); i++) {
                if (Tokens.isCjk(title.charAt(i))) {
                    counts.merge(title.substring(i, i + 1), 1, Integer::sum);
                    if (i + 1 < title.length() && Tokens.isCjk(title.charAt(i + 1))) {
                        counts.merge(title.substring(i, i + 2), 1, Integer::sum);
                    }
                }
            }
        }
        List<String> common = new ArrayList<>(counts.keySet());
        common.sort((a, b) -> counts.get(b) - counts.get(a));
        List<String> many = new ArrayList<>();
        for (int length = 1; length <= 2; length++) {
            final int l = length;
            common.stream().filter(s -> s.length() == l).limit(perKind / 2).forEach(many::add);
        }
        queries.put("many hits", many);
        return queries;
    }

    private static List<String> cut(List<String> titles, SplittableRandom random, int count, int least, int most,
            java.util.function.UnaryOperator<String> shape) {
        List<String> found = new ArrayList<>();
        for (int tries = 0; found.size() < count && tries < 100_000; tries++) {
            String title = titles.get(random.nextInt(titles.size()));
            int length = least + random.nextInt(most - least + 1);
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i + length <= title.length(); i++) {
                if (title.substring(i, i + length).chars().allMatch(Tokens::isCjk)) {
                    starts.add(i);
                }
            }
            if (!starts.isEmpty()) {
                int start = starts.get(random.nextInt(starts.size()));
                String query = shape.apply(title.substring(start, start + length));
                if (query != null && !found.contains(query)) {
                    found.add(query);
                }
            }
        }
        return found;
    }

    private static void add(Map<String, Map<String, List<Double>>> figures, String figure, String kind, double value) {
        figures.computeIfAbsent(figure, f -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
    }

    private static List<Double> all(Map<String, List<Double>> byKind) {
        List<Double> all = new ArrayList<>();
        byKind.values().forEach(all::addAll);
        return all;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double load() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
