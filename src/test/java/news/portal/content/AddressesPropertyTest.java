package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.problem.Problem;

/**
 * Random sets of documents whose titles, file names and slugs often collide. Whatever the set, no address
 * ever moves: a set that passes keeps every address when one document leaves or a new one joins, and a
 * set with a clash is refused with a problem naming both files.
 */
class AddressesPropertyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int ITERATIONS = 400;

    /** Titles and their pinyin, written out here rather than asked of {@link Slugs}: the oracle. */
    private static final Map<String, String> PINYIN = Map.of(
            "古城夜游", "gu-cheng-ye-you",
            "故城夜游", "gu-cheng-ye-you",
            "巍巍昆仑", "wei-wei-kun-lun",
            "夜游", "ye-you",
            "非遗周开幕", "fei-yi-zhou-kai-mu");
    private static final List<String> TITLES = List.copyOf(PINYIN.keySet()).stream().sorted().toList();
    /** Chinese names give no address of their own, so the title's pinyin is used. */
    private static final List<String> NAMES = List.of("夜游", "古城", "ye-you", "kun-lun", "gu-cheng-ye-you", "archive");
    private static final List<String> SLUGS = List.of("ye-you", "gu-cheng-ye-you", "kun-lun", "wei-wei-kun-lun",
            "archive", "index", "feed");
    private static final List<String> FOLDERS = List.of("news/2025/10/", "news/2025/11/", "news/special/", "");

    @TempDir
    Path dir;
    SiteConfig config;

    @BeforeEach
    void setUp() {
        config = SiteConfig.load(TestSites.create(dir, "/fixtures/bake/site"));
    }

    private record Outcome(Map<String, String> uris, List<Problem> problems) { }

    private Outcome assign(List<Document> documents) {
        List<Problem> problems = new ArrayList<>();
        Addresses addresses = new Addresses(config, problems, Slugs::of);
        addresses.assign(documents);
        Map<String, String> uris = new HashMap<>();
        for (Document document : documents) {
            String uri = addresses.uri(document);
            if (uri != null) {
                uris.put(document.file(), uri);
            }
        }
        return new Outcome(uris, problems);
    }

    private static Document document(Random random, int serial, Set<String> files) {
        boolean page = random.nextInt(5) == 0;
        String title = TITLES.get(random.nextInt(TITLES.size()));
        String file;
        do {
            // pages live at the top of the site whatever their folder, so their folder is any of them
            String folder = FOLDERS.get(random.nextInt(page ? FOLDERS.size() : FOLDERS.size() - 1));
            file = folder + NAMES.get(random.nextInt(NAMES.size())) + (random.nextBoolean() ? ".md" : ".markdown");
        } while (!files.add(file));
        Optional<String> slug = random.nextInt(3) == 0 ? Optional.of(SLUGS.get(random.nextInt(SLUGS.size())))
                : Optional.empty();
        ZonedDateTime date = ZonedDateTime.of(2025, 10 + random.nextInt(2), 1 + random.nextInt(28), 9, serial % 60, 0,
                0, SHANGHAI);
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put("title", 2);
        lines.put("date", 3);
        slug.ifPresent(s -> lines.put("slug", 4));
        return new Document(file, page ? Document.Kind.PAGE : Document.Kind.ARTICLE, title, date, false,
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), slug, random.nextInt(6) == 0, Map.of(), "正文", 5, lines);
    }

    /** The address a document asks for, worked out independently of {@link Addresses}. */
    private static String wanted(Document document) {
        String prefix = document.kind() == Document.Kind.PAGE ? ""
                : document.date().getYear() + "/" + String.format("%02d", document.date().getMonthValue()) + "/";
        String name = document.file().substring(document.file().lastIndexOf('/') + 1);
        String base = name.substring(0, name.lastIndexOf('.'));
        String derived = base.chars().allMatch(c -> c < 128) ? base : PINYIN.get(document.title());
        return prefix + document.slug().orElse(derived) + ".html";
    }

    private static final Set<String> RESERVED = Set.of("index.html", "archive.html", "feed.html", "404.html",
            "sitemap.html", "tags.html", "sections.html", "page.html", "robots.html");

    private String shown(Document document) {
        return config.paths().shownContent(document.file());
    }

    private List<Document> randomSet(Random random, int size) {
        Set<String> files = new HashSet<>();
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            documents.add(document(random, i, files));
        }
        return documents;
    }

    @Test
    void a_set_without_problems_keeps_every_address_when_one_document_leaves_or_joins() {
        Random random = new Random(20251128);
        int clean = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            List<Document> documents = randomSet(random, 1 + random.nextInt(6));
            Outcome before = assign(documents);
            if (!before.problems().isEmpty()) {
                continue;
            }
            clean++;
            for (Document document : documents) {
                assertThat(before.uris()).containsEntry(document.file(), wanted(document));
            }
            for (Document leaving : documents) {
                List<Document> rest = new ArrayList<>(documents);
                rest.remove(leaving);
                Outcome after = assign(rest);
                assertThat(after.problems()).isEmpty();
                Map<String, String> expected = new HashMap<>(before.uris());
                expected.remove(leaving.file());
                assertThat(after.uris()).as("without %s", leaving.file()).isEqualTo(expected);
            }
            Set<String> files = new HashSet<>();
            documents.forEach(d -> files.add(d.file()));
            Set<String> taken = new HashSet<>(before.uris().values());
            Document joining;
            do {
                joining = document(random, iteration, new HashSet<>(files));
            } while (taken.contains(wanted(joining)) || RESERVED.contains(wanted(joining)));
            List<Document> more = new ArrayList<>(documents);
            more.add(joining);
            Outcome after = assign(more);
            assertThat(after.problems()).as("adding %s", joining.file()).isEmpty();
            Map<String, String> expected = new HashMap<>(before.uris());
            expected.put(joining.file(), wanted(joining));
            assertThat(after.uris()).isEqualTo(expected);
        }
        assertThat(clean).as("sets without problems among %d", ITERATIONS).isGreaterThan(ITERATIONS / 10);
    }

    @Test
    void every_clash_is_an_error_naming_both_files_and_nobody_is_moved() {
        Random random = new Random(7);
        int clashes = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            List<Document> documents = randomSet(random, 2 + random.nextInt(6));
            Outcome outcome = assign(documents);

            Map<String, List<Document>> claims = new HashMap<>();
            documents.forEach(d -> claims.computeIfAbsent(wanted(d), u -> new ArrayList<>()).add(d));
            Map<Document, Boolean> expectProblem = new IdentityHashMap<>();
            claims.forEach((uri, claimants) -> {
                if (RESERVED.contains(uri)) {
                    // a name the site reserves is refused to each claimant alike, whoever else wants it
                    for (Document claimant : claimants) {
                        expectProblem.put(claimant, true);
                        assertThat(outcome.problems()).anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo(shown(claimant));
                            assertThat(p.message()).contains(uri).contains("保留");
                        });
                    }
                    return;
                }
                for (Document a : claimants) {
                    for (Document b : claimants) {
                        if (a != b) {
                            assertThat(outcome.problems()).as("%s and %s both want %s", a.file(), b.file(), uri)
                                    .anySatisfy(p -> {
                                        assertThat(p.file()).isIn(shown(a), shown(b));
                                        assertThat(p.field()).isEqualTo("slug");
                                        assertThat(p.message()).contains(uri)
                                                .contains(p.file().equals(shown(a)) ? shown(b) : shown(a));
                                    });
                        }
                    }
                }
            });
            clashes += (int) claims.values().stream().filter(c -> c.size() > 1).count();
            // nobody gets an address other than the one it asked for, and no address is given twice
            outcome.uris().forEach((file, uri) -> assertThat(documents.stream()
                    .filter(d -> d.file().equals(file)).findFirst().map(AddressesPropertyTest::wanted))
                    .contains(uri));
            assertThat(new HashSet<>(outcome.uris().values())).hasSameSizeAs(outcome.uris().values());
            for (Document document : documents) {
                boolean refused = !outcome.uris().containsKey(document.file());
                boolean named = outcome.problems().stream().anyMatch(p -> p.file().equals(shown(document)));
                assertThat(refused).as("%s has no address exactly when it has a problem", document.file())
                        .isEqualTo(named);
                if (expectProblem.containsKey(document)) {
                    assertThat(refused).isTrue();
                }
            }
        }
        assertThat(clashes).as("clashes among %d sets", ITERATIONS).isGreaterThan(ITERATIONS / 4);
    }
}
