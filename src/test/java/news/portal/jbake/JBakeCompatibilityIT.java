package news.portal.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.Baker;
import news.portal.bake.TestSites;

/**
 * The same JBake-style sites baked by stock JBake 2.7.0 (its Oven, in this JVM) and by this project:
 * the same output paths, the same bytes for every copied file, the same visible text on every page.
 * Drafts and documents scheduled for later are the deliberate exception: stock JBake writes them
 * ({@code x-draft.html}), this project never publishes them.
 */
class JBakeCompatibilityIT {

    @TempDir
    Path dir;

    @Test
    void the_harbour_site_bakes_as_stock_jbake_bakes_it() {
        Path site = copy("/fixtures/jbake/harbour", "");
        compare(site, Set.of("blog/2024/unfinished-draft.html", "blog/2024/later.html"));
    }

    @Test
    void pagination_no_extension_urls_and_sanitized_tags_bake_as_in_jbake() {
        Path site = copy("/fixtures/jbake/harbour", """
                index.paginate=true
                index.posts_per_page=2
                uri.noExtension=true
                uri.noExtension.prefix=/blog
                tag.sanitize=true
                render.feed=false
                render.archive=false
                """);
        compare(site, Set.of("blog/2024/unfinished/index-draft.html", "blog/2024/later/index.html"));
    }

    @Test
    void each_render_key_turns_its_page_kind_off() {
        Path site = copy("/fixtures/jbake/harbour", """
                render.index=false
                render.tags=false
                render.sitemap=false
                render.error404=false
                """);
        Path ours = compare(site, Set.of("blog/2024/unfinished-draft.html", "blog/2024/later.html"));
        assertThat(ours.resolve("index.html")).doesNotExist();
        assertThat(ours.resolve("tags")).doesNotExist();
        assertThat(ours.resolve("feed.xml")).exists();
    }

    /** Bakes {@code site} both ways and compares them; returns this project's output. */
    private Path compare(Path site, Set<String> writtenOnlyByJBake) {
        Path stock = dir.resolve("stock");
        Path ours = dir.resolve("ours");
        assertThat(StockJBake.bake(site, stock)).as("stock JBake's errors").isEmpty();
        new Baker(line -> { }).bake(site, ours, new Baker.Options(Instant.parse("2026-06-01T00:00:00Z"), false, 2));

        Set<String> expected = new TreeSet<>(files(stock));
        assertThat(expected).as("stock JBake wrote the pages this project leaves out").containsAll(writtenOnlyByJBake);
        expected.removeAll(writtenOnlyByJBake);
        Set<String> actual = new TreeSet<>(files(ours));
        actual.remove(".news-portal-output");
        assertThat(actual).isEqualTo(expected);
        for (String file : expected) {
            byte[] a = read(stock.resolve(file));
            byte[] b = read(ours.resolve(file));
            if (file.endsWith(".html")) {
                if (!text(b).equals(text(a))) {
                    // stock JBake's neighbour links come from its database and, now and then, name the page
                    // itself: a page on which two stock bakes disagree is compared with the second one
                    byte[] again = read(stockAgain(site).resolve(file));
                    assertThat(text(again)).as(file + " (stock JBake agrees with itself here)").isNotEqualTo(text(a));
                    assertThat(text(b)).as(file).isEqualTo(text(again));
                    continue;
                }
            } else if (file.endsWith(".xml")) {
                assertThat(xmlText(b)).as(file).isEqualTo(xmlText(a));
            } else {
                assertThat(b).as(file).isEqualTo(a);
            }
        }
        return ours;
    }

    private Path second;

    /** A second stock bake of {@code site}, made once, when a page differs from the first. */
    private Path stockAgain(Path site) {
        if (second == null) {
            second = dir.resolve("stock-2");
            assertThat(StockJBake.bake(site, second)).as("stock JBake's errors").isEmpty();
        }
        return second;
    }

    private Path copy(String fixture, String extraProperties) {
        Path site = dir.resolve("site");
        TestSites.copyTree(TestSites.fixture(fixture), site);
        if (!extraProperties.isEmpty()) {
            Path properties = site.resolve("jbake.properties");
            try {
                // each key once: a key written twice is a list, of which JBake reads only the first value
                String text = Files.readString(properties);
                for (String line : extraProperties.strip().split("\n")) {
                    String key = line.substring(0, line.indexOf('='));
                    text = text.replaceAll("(?m)^" + java.util.regex.Pattern.quote(key) + "=.*\n", "");
                }
                Files.writeString(properties, text + extraProperties, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    private static String text(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8)).text();
    }

    /** The text of a feed or sitemap, its build time left out: the two bakes run seconds apart. */
    private static String xmlText(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8).replaceAll("<lastBuildDate>[^<]*</lastBuildDate>", "");
        return Jsoup.parse(text, "", Parser.xmlParser()).text().replaceAll("\\s+", " ").strip();
    }

    private static List<String> files(Path root) {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.add(root.relativize(file).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
