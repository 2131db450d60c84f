package news.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.ContentLoader;
import news.portal.content.SiteModel;

/** The order among titles that all hold a query's exact phrase, on the ranking fixture. */
class SearcherTest {

    @TempDir
    static Path dir;
    static SiteModel model;
    static Path out;

    @BeforeAll
    static void writeIndex() {
        Path site = TestSites.create(dir, "/fixtures/search/ranking");
        SiteConfig config = SiteConfig.load(site);
        model = new ContentLoader(config).load(Instant.parse("2026-01-01T00:00:00Z"), false);
        out = dir.resolve("out");
        new SearchIndex(config).write(model, out);
    }

    static List<String> titles(String query) {
        return new Searcher(out).search(query).stream().map(hit -> model.articles().stream()
                .filter(a -> a.uri().equals(hit.uri())).findFirst().map(Article::title).orElseThrow()).toList();
    }

    @Test
    void the_phrase_in_a_shorter_run_of_the_title_ranks_first_then_at_a_start_then_with_more_fields_then_newer() {
        assertThat(titles("龙舟")).containsExactly(
                // runs of three: the one whose tag is the phrase too, though older
                "看龙舟", "划龙舟",
                // runs of four: at the title's start, then at the start of the run after the colon
                "龙舟下水", "江口镇：龙舟下水",
                "端午赛龙舟",
                "江口镇第十届龙舟邀请赛昨日鸣锣开赛");
    }

    @Test
    void hits_carry_what_ranked_them() {
        List<Searcher.Hit> hits = new Searcher(out).search("龙舟下水");
        assertThat(hits).extracting(Searcher.Hit::tier).containsOnly(Searcher.EXACT);
        assertThat(hits).extracting(Searcher.Hit::place).containsExactly(Searcher.AT_START, Searcher.AT_RUN);
        assertThat(hits).extracting(Searcher.Hit::run).containsExactly(4, 4);
        // 新船下水 in their bodies, but not 龙舟 too
        assertThat(hits).extracting(Searcher.Hit::also).containsExactly(0, 0);
        // 看龙舟 is tagged 龙舟; 端午赛龙舟 has it in its body
        assertThat(new Searcher(out).search("龙舟")).extracting(Searcher.Hit::also).containsExactly(4, 0, 0, 0, 1, 0);
    }

    @Test
    void scattered_terms_in_a_title_rank_after_the_exact_phrase() {
        // 江口 and 下水 both in one title, but apart
        assertThat(new Searcher(out).search("江口 下水")).extracting(Searcher.Hit::tier).containsExactly(1);
        assertThat(titles("江口 下水")).containsExactly("江口镇：龙舟下水");
    }

    @Test
    void a_query_searches_its_characters_alone_only_where_no_bigram_holds_them() {
        assertThat(Searcher.needed(Tokens.of("古城夜游", true))).extracting(Tokens.Token::term).containsExactly("古城", "城夜", "夜游");
        assertThat(Searcher.needed(Tokens.of("茶 2025", true))).extracting(Tokens.Token::term).containsExactly("茶", "2025");
        assertThat(Searcher.needed(Tokens.of("湖", true))).extracting(Tokens.Token::term).containsExactly("湖");
    }
}
