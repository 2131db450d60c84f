package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.content.SitePath;

/**
 * The readers' performance budget of issue #7, held on the repository's own site as {@code mvn package}
 * bakes it: an article page's HTML with its stylesheets and scripts within 60 KB uncompressed (images
 * apart), nothing from another host, no script that holds up the first paint, and every image with the
 * size that keeps the text from jumping while it loads.
 */
class PerformanceBudgetIT {

    /** 60 KB, uncompressed: what a slow mobile connection brings in about a second. */
    static final long BUDGET = 60 * 1024;

    /** {@code url(…)} and {@code @import "…"} in a stylesheet. */
    private static final Pattern CSS_REFERENCE = Pattern.compile(
            "url\\(\\s*['\"]?([^'\")\\s]+)|@import\\s+['\"]([^'\"]+)");

    @TempDir
    static Path dir;
    static Path out;
    static List<Path> articles;

    @BeforeAll
    static void bake() {
        out = dir.resolve("site");
        TestSites.bakeRepository(out);
        articles = BakerTest.files(out).stream()
                .filter(f -> f.endsWith(".html"))
                .map(out::resolve)
                .filter(file -> parse(file).body().hasClass("kind-post"))
                .toList();
    }

    /**
     * What a reader downloads for one article page, images apart.
     *
     * @param page the page, relative to the site
     */
    record Weight(String page, long html, long css, long js) {

        long total() {
            return html + css + js;
        }

        @Override
        public String toString() {
            return String.format("%s: %,d B = HTML %,d + CSS %,d + JS %,d (budget %,d)", page, total(), html, css, js,
                    BUDGET);
        }
    }

    @Test
    void every_article_page_with_its_css_and_js_is_within_60_kb() {
        List<Weight> weights = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : articles) {
            weights.add(weigh(file, problems));
        }
        Weight biggest = weights.stream().max(Comparator.comparingLong(Weight::total)).orElseThrow();
        List<Weight> over = weights.stream().filter(w -> w.total() > BUDGET).toList();
        System.out.println("performance budget: " + weights.size() + " article pages, biggest " + biggest);

        assertThat(articles).as("article pages baked").hasSizeGreaterThanOrEqualTo(18);
        assertThat(problems).as("stylesheets and scripts of article pages").isEmpty();
        assertThat(over).as("article pages over %,d bytes; biggest %s", BUDGET, biggest).isEmpty();
    }

    @Test
    void article_pages_load_nothing_from_another_host_and_no_script_blocks_the_first_paint() {
        List<String> problems = new ArrayList<>();
        for (Path file : articles) {
            Document page = parse(file);
            String name = name(file);
            for (Element element : page.select("script[src], link[rel~=(?i)stylesheet]")) {
                String address = element.hasAttr("src") ? element.attr("src") : element.attr("href");
                if (offSite(address)) {
                    problems.add(name + ": " + element.outerHtml());
                }
            }
            for (Element element : page.head().select("[src], link[href]")) {
                String rel = element.attr("rel").toLowerCase(Locale.ROOT);
                boolean reference = rel.equals("canonical") || rel.equals("alternate"); // named, not loaded
                String address = element.hasAttr("src") ? element.attr("src") : element.attr("href");
                if (!reference && offSite(address)) {
                    problems.add(name + ": in <head>: " + element.outerHtml());
                }
            }
            for (Element script : page.head().select("script")) {
                boolean jsonLd = script.attr("type").equalsIgnoreCase("application/ld+json");
                boolean deferred = script.hasAttr("defer") || script.hasAttr("async")
                        || script.attr("type").equalsIgnoreCase("module");
                if (!jsonLd && !deferred) {
                    problems.add(name + ": blocks rendering: " + script.outerHtml());
                }
            }
        }

        assertThat(articles).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void every_image_of_an_article_page_has_its_size_and_body_images_load_lazily() {
        List<String> problems = new ArrayList<>();
        int bodyImages = 0;
        for (Path file : articles) {
            Document page = parse(file);
            for (Element img : page.select("img")) {
                if (!img.attr("width").matches("[1-9][0-9]*") || !img.attr("height").matches("[1-9][0-9]*")) {
                    problems.add(name(file) + ": no width and height: " + img.outerHtml());
                }
            }
            for (Element img : page.select(".post .prose img")) {
                bodyImages++;
                if (!img.attr("loading").equals("lazy")) {
                    problems.add(name(file) + ": body image not lazy: " + img.outerHtml());
                }
            }
            for (Element img : page.select(".post-cover img")) {
                if (img.hasAttr("loading")) {
                    problems.add(name(file) + ": the cover is on the first screen, yet: " + img.outerHtml());
                }
            }
        }

        assertThat(bodyImages).as("images in article bodies of the sample site").isPositive();
        assertThat(problems).isEmpty();
    }

    /**
     * The front page's budget: the same 60 KB for its HTML, CSS and JS, every image with its size (the
     * focus strip must not shift the text), and no more than {@value #FRONT_EAGER_IMAGES} images fetched at
     * once: the lead's cover, which is the largest paint, and the first focus picture; every other picture
     * waits until the reader scrolls near it.
     */
    @Test
    void the_front_page_is_within_60_kb_and_loads_only_the_lead_and_first_focus_picture_at_once() {
        Path index = out.resolve("index.html");
        List<String> problems = new ArrayList<>();
        Weight weight = weigh(index, problems);
        Document page = parse(index);
        System.out.println("performance budget: front page " + weight);

        assertThat(problems).isEmpty();
        assertThat(weight.total()).as("front page %s", weight).isLessThanOrEqualTo(BUDGET);
        assertThat(page.select(".lead-story, .focus-strip, .section-block")).as("front page parts").hasSizeGreaterThan(3);
        assertThat(page.select("img").stream().filter(img -> !img.attr("width").matches("[1-9][0-9]*")
                || !img.attr("height").matches("[1-9][0-9]*")).map(Element::outerHtml).toList()).isEmpty();
        assertThat(page.select("img:not([loading=lazy])").eachAttr("src")).as("images fetched at once")
                .hasSizeLessThanOrEqualTo(FRONT_EAGER_IMAGES);
        assertThat(page.select(".lead-story img").attr("fetchpriority")).isEqualTo("high");
    }

    /** Images the front page fetches before the reader scrolls. */
    static final int FRONT_EAGER_IMAGES = 2;

    /** The page's bytes and those of every distinct stylesheet and script it links, wherever they are linked. */
    private static Weight weigh(Path file, List<String> problems) {
        Document page = parse(file);
        Set<Path> styles = new LinkedHashSet<>();
        Set<Path> scripts = new LinkedHashSet<>();
        for (Element link : page.select("link[rel~=(?i)stylesheet][href]")) {
            local(file, link.attr("href"), problems).ifPresent(styles::add);
        }
        for (Element script : page.select("script[src]")) {
            local(file, script.attr("src"), problems).ifPresent(scripts::add);
        }
        for (Path style : styles) {
            checkStylesheet(style, problems);
        }
        return new Weight(name(file), size(file), styles.stream().mapToLong(PerformanceBudgetIT::size).sum(),
                scripts.stream().mapToLong(PerformanceBudgetIT::size).sum());
    }

    /** A stylesheet may not fetch fonts or images from another host, nor import more CSS unseen. */
    private static void checkStylesheet(Path style, List<String> problems) {
        Matcher m = CSS_REFERENCE.matcher(TestSites.read(style));
        while (m.find()) {
            String address = m.group(1) != null ? m.group(1) : m.group(2);
            if (m.group(2) != null || (offSite(address) && !address.startsWith("data:"))) {
                problems.add(name(style) + ": " + m.group());
            }
        }
    }

    private static Optional<Path> local(Path page, String address, List<String> problems) {
        if (offSite(address)) {
            problems.add(name(page) + ": off-site " + address);
            return Optional.empty();
        }
        Path file = page.getParent().resolve(address.replaceAll("[?#].*", "")).normalize();
        if (!file.startsWith(out) || !Files.isRegularFile(file)) {
            problems.add(name(page) + ": missing " + address);
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** Every resource the bake writes is linked relatively, so any absolute address is someone else's. */
    private static boolean offSite(String address) {
        return SitePath.isAbsolute(address);
    }

    private static Document parse(Path file) {
        return Jsoup.parse(TestSites.read(file));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return out.relativize(file).toString().replace('\\', '/');
    }
}
