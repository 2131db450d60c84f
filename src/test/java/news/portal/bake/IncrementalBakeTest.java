package news.portal.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.problem.ProblemException;

/**
 * The differential test of the build cache: random edit sequences (seeded, so a failure can be replayed
 * with its seed), after each step a bake that reuses the cache and the previous output must equal a bake
 * of the same sources from scratch, byte for byte and file for file.
 */
class IncrementalBakeTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> SECTIONS = List.of("文旅资讯", "非遗传承", "旅游攻略", "乡村振兴");
    private static final List<String> TAGS = List.of("古城", "夜游经济", "非遗", "茶文化", "研学", "乡村民宿", "博物馆");
    private static final List<String> WORDS = List.of("古城的灯光依次亮起，", "游客在老街驻足，", "非遗工坊里传出织机声，",
            "茶园的小路通向山顶，", "村民在家门口增收，", "博物馆延长了开放时间，", "研学团走进了古村落。");

    @TempDir
    Path dir;

    @Test
    void incremental_bakes_equal_full_bakes_over_random_edits() {
        long seed = Long.getLong("incremental.seed", 20261207L);
        int steps = Integer.getInteger("incremental.steps", 40);
        run(seed, steps);
    }

    @Test
    void incremental_bakes_equal_full_bakes_over_another_sequence() {
        run(Long.getLong("incremental.seed2", 7L), Integer.getInteger("incremental.steps", 25));
    }

    @Test
    void a_jbake_site_bakes_incrementally_as_it_bakes_in_full() throws IOException {
        Path site = dir.resolve("harbour");
        TestSites.copyTree(TestSites.fixture("/fixtures/jbake/harbour"), site);
        Path cache = dir.resolve("harbour-cache");
        Path incremental = dir.resolve("harbour-incremental");
        Baker.Options options = new Baker.Options(TestSites.NOW, false, 2);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            files = walk.filter(p -> p.toString().matches(".*\\.(md|html|adoc)")).sorted().toList();
        }
        for (int step = 0; step <= files.size(); step++) {
            if (step > 0) {
                Path file = files.get(step - 1);
                Files.writeString(file, Files.readString(file) + "\n\n<p>第" + step + "次修改</p>\n");
            }
            Path full = dir.resolve("harbour-full-" + step);
            assertEquals(null, bake(site, full, options), "the full bake of step " + step);
            Baker.Result[] result = new Baker.Result[1];
            assertEquals(null, bake(site, incremental, options.withCache(cache), result), "step " + step);
            assertSameTree(full, incremental, "the JBake site, step " + step + " (edits: " + files.subList(0, step) + ")");
        }
    }

    private void run(long seed, int steps) {
        Random random = new Random(seed);
        Path root = dir.resolve("run-" + seed);
        Path site = root.resolve("site");
        TestSites.copyTree(TestSites.repository().resolve("templates"), site.resolve("templates"));
        TestSites.copyTree(TestSites.repository().resolve("assets"), site.resolve("assets"));
        TestSites.write(site.resolve("jbake.properties"), TestSites.read(TestSites.repository().resolve("jbake.properties"))
                .replace("index.posts_per_page=10", "index.posts_per_page=4")
                .replace("tag.posts_per_page=10", "tag.posts_per_page=3")
                .replace("section.posts_per_page=10", "section.posts_per_page=3")
                .replace("feed.size=20", "feed.size=5")
                // blocks of two articles or so: edits then reuse some of the search index's blocks and read others
                + "\nsearch.block_articles=2\n");
        Site content = new Site(site, random);
        for (int i = 0; i < 14; i++) {
            content.add();
        }
        content.page("about", "关于我们");
        Path cache = root.resolve("cache");
        Path incremental = root.resolve("out-incremental");
        Instant now = Instant.parse("2026-11-21T04:00:00Z");
        List<String> done = new ArrayList<>();
        // its own stream, so the edit sequence of a seed stays what it was
        Random hands = new Random(seed * 31 + 1);
        int kept = 0;
        int keptAfterEdit = 0;
        for (int step = 0; step <= steps; step++) {
            if (step > 0) {
                done.add(content.randomEdit(now));
                if (done.get(done.size() - 1).startsWith("clock")) {
                    now = now.plus(Duration.ofHours(1 + random.nextInt(60)));
                }
            }
            String context = "seed " + seed + " (-Dincremental.seed=" + seed + "), step " + step + ", edits " + done;
            Path full = root.resolve("out-full-" + step);
            Baker.Options options = new Baker.Options(now, false, 2);
            String fullFailure = bake(site, full, options);
            Baker.Result[] result = new Baker.Result[1];
            String meddled = meddle(incremental, hands);
            if (meddled != null) {
                context += ", and by hand in the output: " + meddled;
            }
            String incrementalFailure = bake(site, incremental, options.withCache(cache), result);
            assertEquals(fullFailure, incrementalFailure, "both bakes fail or succeed alike: " + context);
            if (fullFailure == null) {
                kept += result[0].kept();
                if (step > 0 && done.get(done.size() - 1).startsWith("edit body")) {
                    keptAfterEdit += result[0].kept();
                    assertTrue(result[0].written() < result[0].kept(), "an edited body renders few pages: "
                            + result[0].written() + " rendered, " + result[0].kept() + " kept; " + context);
                }
                assertSameTree(full, incremental, context);
                Folders.deleteQuietly(full);
            }
        }
        assertTrue(Files.isRegularFile(cache.resolve("content.bin")), "the cache is kept");
        assertTrue(kept > 0 && keptAfterEdit > 0, "the incremental bakes took pages from the previous output: " + kept);
    }

    /**
     * Now and then changes the output by hand between two bakes, as the cache does not know: a stray file in
     * one of its folders or at the top, or a page deleted. The next incremental bake must notice (the file
     * list the cache keeps no longer holds) and still equal the full bake. Null when it left the output alone.
     */
    private static String meddle(Path output, Random hands) {
        if (!Files.isDirectory(output) || hands.nextInt(3) != 0) {
            return null;
        }
        try (Stream<Path> walk = Files.walk(output)) {
            List<Path> pages = walk.filter(p -> p.toString().endsWith(".html") && !output.relativize(p).startsWith("search"))
                    .sorted().toList();
            Path page = pages.get(hands.nextInt(pages.size()));
            switch (hands.nextInt(3)) {
                case 0 -> {
                    Files.writeString(page.resolveSibling("stray.html"), "手工放进来的");
                    return "a stray file beside " + output.relativize(page);
                }
                case 1 -> {
                    Files.writeString(output.resolve("stray.txt"), "手工放进来的");
                    return "a stray file at the top";
                }
                default -> {
                    Files.delete(page);
                    return "deleted " + output.relativize(page);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when the bake succeeded, else its problems. */
    private static String bake(Path site, Path out, Baker.Options options) {
        return bake(site, out, options, new Baker.Result[1]);
    }

    private static String bake(Path site, Path out, Baker.Options options, Baker.Result[] result) {
        try {
            result[0] = new Baker(line -> { }).bake(site, out, options);
            return null;
        } catch (ProblemException e) {
            return e.problems().toString();
        }
    }

    static void assertSameTree(Path expected, Path actual, String context) {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), "the same files: " + context);
        // an incremental bake moves files into the output in place: it must leave no folder a full bake lacks
        assertEquals(folders(expected), folders(actual), "the same folders: " + context);
        for (Map.Entry<String, byte[]> file : want.entrySet()) {
            if (!Arrays.equals(file.getValue(), got.get(file.getKey()))) {
                fail(file.getKey() + " differs from a full bake's: " + context + "\n--- full:\n"
                        + excerpt(file.getValue(), got.get(file.getKey())) + "\n--- incremental:\n"
                        + excerpt(got.get(file.getKey()), file.getValue()));
            }
        }
    }

    /** The text around the first difference. */
    private static String excerpt(byte[] text, byte[] other) {
        int at = Arrays.mismatch(text, other);
        int from = Math.max(0, at - 200);
        return new String(text, from, Math.min(text.length, at + 200) - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static java.util.Set<String> folders(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The generated site's content, and the edits an editor makes to it. */
    private static final class Site {
        private final Path site;
        private final Random random;
        private final List<Path> articles = new ArrayList<>();
        private int next = 1;
        private boolean broken;
        private Path brokenFile;
        private String brokenText;

        Site(Path site, Random random) {
            this.site = site;
            this.random = random;
        }

        Path content() {
            return site.resolve("content");
        }

        void add() {
            int number = next++;
            Path file = content().resolve("news/2026/" + String.format("%02d", 9 + random.nextInt(3)) + "/a" + number + ".md");
            articles.add(file);
            write(file, article("第" + number + "篇：" + pick(WORDS).replace("，", ""), date(), tags(), pick(SECTIONS),
                    random.nextInt(5) == 0 ? "pin: true\npin_until: " + DATE.format(date().plusDays(1)) + "\n" : "",
                    body()));
        }

        void page(String slug, String title) {
            write(content().resolve(slug + ".md"), "---\ntitle: " + title + "\ntype: page\ndate: 2025-01-01 09:00\n---\n"
                    + "本站介绍。\n");
        }

        /** Makes one random edit and says which, for the failure message. */
        String randomEdit(Instant now) {
            if (broken) {
                write(brokenFile, brokenText);
                broken = false;
                return "fix " + name(brokenFile);
            }
            int choice = random.nextInt(13);
            Path file = articles.get(random.nextInt(articles.size()));
            String text = read(file);
            switch (choice) {
                case 0 -> {
                    write(file, text + "\n" + pick(WORDS) + "\n");
                    return "edit body " + name(file);
                }
                case 1 -> {
                    add();
                    return "add " + name(articles.get(articles.size() - 1));
                }
                case 2 -> {
                    if (articles.size() < 4) {
                        add();
                        return "add";
                    }
                    delete(file);
                    articles.remove(file);
                    return "delete " + name(file);
                }
                case 3 -> {
                    Path moved = file.resolveSibling("r" + next++ + ".md");
                    move(file, moved);
                    articles.set(articles.indexOf(file), moved);
                    return "rename " + name(file) + " to " + name(moved);
                }
                case 4 -> {
                    write(file, text.replaceFirst("tags: \\[[^]]*]", "tags: [" + String.join(", ", tags()) + "]"));
                    return "re-tag " + name(file);
                }
                case 5 -> {
                    write(file, text.replaceFirst("date: [^\\n]*", "date: " + DATE.format(date())));
                    return "re-date " + name(file);
                }
                case 6 -> {
                    Path template = site.resolve("templates/post.ftl");
                    write(template, read(template).replace("</article>", "<!-- " + next++ + " --></article>"));
                    return "template";
                }
                case 7 -> {
                    Path config = site.resolve("jbake.properties");
                    String properties = read(config);
                    write(config, properties.replaceFirst("site.description=[^\\n]*", "site.description=简介" + next++));
                    return "config";
                }
                case 8 -> {
                    Path css = firstCss();
                    write(css, read(css) + "\n/* " + next++ + " */\n");
                    return "asset " + name(css);
                }
                case 9 -> {
                    return "clock";
                }
                case 10 -> {
                    Path other = articles.get(random.nextInt(articles.size()));
                    String link = "[另一篇](" + file.getParent().relativize(other).toString().replace('\\', '/') + ")";
                    write(file, text + "\n参见" + link + "。\n");
                    return "link " + name(file) + " to " + name(other);
                }
                case 11 -> {
                    write(file, text.replaceFirst("category: [^\\n]*", "category: " + pick(SECTIONS)));
                    return "section " + name(file);
                }
                default -> {
                    brokenFile = file;
                    brokenText = text;
                    broken = true;
                    write(file, text.replaceFirst("date: [^\\n]*", "date: 不是日期"));
                    return "break " + name(file);
                }
            }
        }

        private Path firstCss() {
            try (Stream<Path> walk = Files.walk(site.resolve("assets"))) {
                return walk.filter(p -> p.toString().endsWith(".css")).sorted().findFirst().orElseThrow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String name(Path file) {
            return content().relativize(file).toString();
        }

        private java.time.ZonedDateTime date() {
            // around the test clock: mostly past, a few scheduled a day or two ahead
            return Instant.parse("2026-11-21T04:00:00Z").atZone(ZONE).minusHours(random.nextInt(24 * 12))
                    .plusHours(random.nextInt(6) == 0 ? 30 + random.nextInt(40) : 0).withSecond(0).withNano(0);
        }

        private List<String> tags() {
            List<String> tags = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            while (tags.size() < count) {
                String tag = pick(TAGS);
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            return tags;
        }

        private String body() {
            StringBuilder body = new StringBuilder();
            int paragraphs = 1 + random.nextInt(4);
            for (int i = 0; i < paragraphs; i++) {
                for (int j = 0; j < 3; j++) {
                    body.append(pick(WORDS));
                }
                body.append("\n\n");
            }
            return body.toString();
        }

        private static String article(String title, java.time.ZonedDateTime date, List<String> tags, String section,
                                      String desk, String body) {
            return "---\ntitle: " + title + "\ndate: " + DATE.format(date) + "\ncategory: " + section + "\ntags: ["
                    + String.join(", ", tags) + "]\nauthor: 记者 李青\n" + desk + "---\n" + body;
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private static void write(Path file, String text) {
            TestSites.write(file, text);
        }

        private static String read(Path file) {
            return TestSites.read(file);
        }

        private static void delete(Path file) {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void move(Path from, Path to) {
            try {
                Files.move(from, to);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
