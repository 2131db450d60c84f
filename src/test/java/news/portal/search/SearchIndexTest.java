package news.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.ContentLoader;
import news.portal.content.SiteModel;

/** The index of the search fixture, written and then queried as the browser queries it. */
class SearchIndexTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static SiteConfig config;
    static SiteModel model;
    static Path out;

    @BeforeAll
    static void writeIndex() {
        Path site = TestSites.create(dir, "/fixtures/search/site");
        config = SiteConfig.load(site);
        model = new ContentLoader(config).load(NOW, false);
        out = dir.resolve("out");
        assertThat(new SearchIndex(config).write(model, out)).isPresent();
    }

    static List<String> titles(Path out, String query) {
        Searcher searcher = new Searcher(out);
        return searcher.search(query).stream().map(hit -> titleOf(hit.uri())).toList();
    }

    static List<String> titles(String query) {
        return titles(out, query);
    }

    static String titleOf(String uri) {
        return model.articles().stream().filter(a -> a.uri().equals(uri)).findFirst().map(Article::title)
                .orElseThrow(() -> new AssertionError("no article at " + uri));
    }

    @Test
    void any_substring_of_two_or_more_characters_of_a_title_finds_its_article() {
        for (Article article : model.articles()) {
            String title = article.title();
            if (!title.chars().allMatch(c -> Tokens.isCjk(c))) {
                continue;
            }
            for (int from = 0; from < title.length(); from++) {
                for (int to = from + 2; to <= title.length(); to++) {
                    String part = title.substring(from, to);
                    assertThat(titles(part)).as("query %s", part).contains(title);
                }
            }
        }
    }

    @Test
    void results_rank_by_field_then_newest_first() {
        // exact phrase in a title (two, newer first), then tags, then summary, then body
        assertThat(titles("古城")).containsExactly("古城夜游线路开放", "夜游古城的三条建议", "城墙修缮完工", "周末去哪儿",
                "秋季旅游市场回暖");
    }

    @Test
    void the_exact_phrase_in_a_title_beats_a_newer_title_with_the_words_apart() {
        assertThat(titles("museum 2025")).containsExactly("Museum 2025 展览预告", "2025 Museum Night 博物馆之夜");
    }

    @Test
    void bigrams_must_all_be_in_one_field() {
        // 夜游 is in the title and 保暖 in the body of the same article: no single field has both
        assertThat(titles("夜游保暖")).isEmpty();
        assertThat(titles("注意保暖")).containsExactly("夜游古城的三条建议");
    }

    @Test
    void latin_words_match_by_prefix_after_folding() {
        // both titles begin a run with the word; the shorter one, more about it, first though older
        assertThat(titles("muse")).containsExactly("Museum 2025 展览预告", "2025 Museum Night 博物馆之夜");
        assertThat(titles("ＭＵＳＥＵＭ")).hasSize(2);
        assertThat(titles("２０２５ night")).containsExactly("2025 Museum Night 博物馆之夜");
    }

    @Test
    void one_character_finds_titles_tags_and_summaries() {
        assertThat(titles("湖")).containsExactly("周末去哪儿");
        // 砖 is only in a body, where single characters are not indexed
        assertThat(titles("砖")).isEmpty();
    }

    @Test
    void pinyin_finds_titles_with_that_reading() {
        assertThat(titles("kunlun")).containsExactly("巍巍昆仑山");
        assertThat(titles("kun lun")).containsExactly("巍巍昆仑山");
        assertThat(titles("KunLun")).containsExactly("巍巍昆仑山");
        assertThat(titles("kunlu")).containsExactly("巍巍昆仑山");
    }

    @Test
    void traditional_characters_find_simplified_text() {
        assertThat(titles("對口援助")).containsExactly("对口援助十年间");
        assertThat(titles("昆侖山")).containsExactly("巍巍昆仑山");
    }

    @Test
    void drafts_and_scheduled_articles_are_never_indexed() throws IOException {
        assertThat(titles("机密提纲")).isEmpty();
        assertThat(titles("远期预告")).isEmpty();
        // not even in a preview, which shows them
        SiteModel preview = new ContentLoader(config).load(NOW, true);
        assertThat(preview.articles()).extracting(Article::title).contains("草稿里的机密提纲", "定时发布的远期预告");
        Path previewOut = dir.resolve("preview");
        new SearchIndex(config).write(preview, previewOut);
        assertThat(titles(previewOut, "机密提纲")).isEmpty();
        assertThat(titles(previewOut, "远期预告")).isEmpty();
        try (Stream<Path> files = Files.walk(previewOut)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("机密", "远期");
            }
        }
    }

    @Test
    void a_query_reads_only_the_shards_of_its_terms() {
        Path sharded = dir.resolve("sharded");
        new SearchIndex(config, 64).write(model, sharded);
        Searcher searcher = new Searcher(sharded);
        assertThat(searcher.search("古城")).isNotEmpty();
        // 古城 and its two characters: three terms, at most three shards
        assertThat(searcher.shardsRead()).hasSizeBetween(1, 3);
        String manifest = readManifest(sharded);
        assertThat(manifest).contains("\"shardNames\":[");
        // the manifest names a table per 64 shards, not each shard: it stays small however many there are
        int shards = shardFiles(sharded).size();
        assertThat(manifest.split("\"shardNames\":\\[")[1].split("]")[0].split(",")).hasSize((shards + 63) / 64);
        assertThat(shardFiles(sharded)).hasSizeGreaterThan(8);
        // many shards or one, the answers are the same
        for (String query : List.of("古城", "museum 2025", "kunlun", "對口援助", "湖", "注意保暖")) {
            assertThat(titles(sharded, query)).as(query).isEqualTo(titles(query));
        }
    }

    @Test
    void two_writes_of_the_same_articles_give_the_same_bytes() throws IOException {
        Path again = dir.resolve("again");
        new SearchIndex(config).write(new ContentLoader(config).load(NOW, false), again);
        try (Stream<Path> files = Files.walk(out.resolve("search"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path other = again.resolve("search").resolve(out.resolve("search").relativize(file).toString());
                assertThat(Files.readAllBytes(other)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    @Test
    void a_second_write_of_unchanged_articles_writes_nothing() {
        Path folder = dir.resolve("twice");
        SearchIndex index = new SearchIndex(config);
        assertThat(index.write(model, folder)).isPresent();
        assertThat(index.write(model, folder)).isEmpty();
    }

    @Test
    void each_article_file_holds_what_a_result_shows() throws IOException {
        Article article = model.articles().stream().filter(a -> a.title().equals("巍巍昆仑山")).findFirst().orElseThrow();
        String json = Files.readString(out.resolve("search/a/" + article.uri() + ".json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"t\":\"巍巍昆仑山\"", "\"d\":\"2025-10-01\"", "\"s\":\"旅游攻略\"", "昆仑山脚下的小镇");
    }

    @Test
    void the_traditional_table_is_in_parts_each_pair_in_that_of_either_character() throws IOException {
        JsonNode manifest = JSON.readTree(out.resolve(SearchIndex.MANIFEST).toFile());
        int parts = manifest.get("t2sParts").asInt();
        String hash = manifest.get("t2s").asText();
        List<Map<Character, Character>> tables = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            JsonNode part = JSON.readTree(out.resolve("search/s/" + i + "." + hash + ".json").toFile());
            String from = part.get("from").asText();
            String to = part.get("to").asText();
            assertThat(from).hasSameSizeAs(to);
            Map<Character, Character> table = new HashMap<>();
            for (int c = 0; c < from.length(); c++) {
                assertThat(from.charAt(c) % parts == i || to.charAt(c) % parts == i).as("part %d: %s", i, from.charAt(c)).isTrue();
                table.put(from.charAt(c), to.charAt(c));
            }
            tables.add(table);
        }
        Map<Character, Character> all = Fold.simplifications();
        assertThat(all).containsEntry('對', '对').hasSizeGreaterThan(2000);
        all.forEach((traditional, simplified) -> {
            // folding a query needs the pair in its traditional character's part, marking a title in its simplified one's
            assertThat(tables.get(traditional % parts)).containsEntry(traditional, simplified);
            assertThat(tables.get(simplified % parts)).containsEntry(traditional, simplified);
        });
        // no part holds more than a few times its share: a query fetches little of the table
        tables.forEach(table -> assertThat(table.size()).isLessThan(4 * 2 * all.size() / parts));
    }

    private static String readManifest(Path out) {
        try {
            return Files.readString(out.resolve(SearchIndex.MANIFEST));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Path> shardFiles(Path out) {
        try (Stream<Path> files = Files.list(out.resolve("search/t"))) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
