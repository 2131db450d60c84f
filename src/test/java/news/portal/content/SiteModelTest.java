package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SiteModelTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static Article article(String slug, int day, Term... tags) {
        ZonedDateTime date = ZonedDateTime.of(2025, 11, day, 9, 0, 0, 0, ZONE);
        Document doc = new Document("news/" + slug + ".md", Document.Kind.ARTICLE, "标题" + slug, date, false,
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Map.of(), "正文", 4, Map.of());
        return new Article(doc, "2025/11/" + slug + ".html", slug, "<p>正文</p>", "正文", Optional.empty(),
                Optional.empty(), List.of(), List.of(tags), Optional.empty());
    }

    static SiteModel model(List<Article> articles, List<Listing> tags) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(SiteModel.NEWEST_FIRST);
        return new SiteModel(sorted, List.of(), tags, List.of(), List.of(), List.of(), List.of(), Instant.EPOCH);
    }

    static Listing listing(Term term, Article... articles) {
        List<Article> list = new ArrayList<>(List.of(articles));
        list.sort(SiteModel.NEWEST_FIRST);
        return new Listing(term, list);
    }

    @Test
    void older_and_newer_follow_date_order() {
        Article first = article("a", 1);
        Article second = article("b", 2);
        Article third = article("c", 3);
        SiteModel model = model(List.of(second, third, first), List.of());

        assertThat(model.articles()).containsExactly(third, second, first);
        assertThat(model.older(second)).contains(first);
        assertThat(model.newer(second)).contains(third);
        assertThat(model.older(first)).isEmpty();
        assertThat(model.newer(third)).isEmpty();
    }

    @Test
    void equal_dates_are_ordered_by_address_so_order_never_depends_on_input() {
        Article x = article("x", 5);
        Article y = article("y", 5);

        assertThat(model(List.of(x, y), List.of()).articles()).containsExactly(x, y);
        assertThat(model(List.of(y, x), List.of()).articles()).containsExactly(x, y);
    }

    @Test
    void related_prefers_most_shared_tags_then_nearest_in_time() {
        Term gucheng = new Term("古城", "gu-cheng", "tags/gu-cheng.html");
        Term yeyou = new Term("夜游", "ye-you", "tags/ye-you.html");
        Term feiyi = new Term("非遗", "fei-yi", "tags/fei-yi.html");
        Article subject = article("s", 10, gucheng, yeyou);
        Article both = article("both", 1, gucheng, yeyou);
        Article nearOne = article("near", 11, gucheng);
        Article farOne = article("far", 28, yeyou);
        Article unrelated = article("none", 10, feiyi);
        List<Listing> tags = List.of(
                listing(gucheng, subject, both, nearOne),
                listing(yeyou, subject, both, farOne),
                listing(feiyi, unrelated));
        SiteModel model = model(List.of(subject, both, nearOne, farOne, unrelated), tags);

        assertThat(model.related(subject, 5)).containsExactly(both, nearOne, farOne);
        assertThat(model.related(subject, 2)).containsExactly(both, nearOne);
        assertThat(model.related(unrelated, 5)).isEmpty();
    }

    @Test
    void the_newest_article_of_a_tag_has_related_ones_too_and_nearer_in_time_wins_whether_older_or_newer() {
        Term gucheng = new Term("古城", "gu-cheng", "tags/gu-cheng.html");
        Article newest = article("newest", 20, gucheng);
        Article middle = article("middle", 10, gucheng);
        Article newer = article("newer", 12, gucheng);
        Article older = article("older", 1, gucheng);
        List<Listing> tags = List.of(listing(gucheng, newest, middle, newer, older));
        SiteModel model = model(List.of(newest, middle, newer, older), tags);

        assertThat(model.related(newest, 5)).containsExactly(newer, middle, older);
        // two days newer beats nine days older
        assertThat(model.related(middle, 5)).containsExactly(newer, older, newest);
        assertThat(model.related(older, 1)).containsExactly(middle);
    }

    @Test
    void related_looks_at_most_a_hundred_articles_either_side_in_a_tag() {
        Term gucheng = new Term("古城", "gu-cheng", "tags/gu-cheng.html");
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            articles.add(article(String.format("a%03d", i), 1 + i % 28, gucheng));
        }
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(SiteModel.NEWEST_FIRST);
        SiteModel model = model(articles, List.of(listing(gucheng, articles.toArray(Article[]::new))));
        Article subject = sorted.get(120);

        List<Article> related = model.related(subject, 1_000);
        assertThat(related).hasSize(200).doesNotContain(subject)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(sorted.subList(20, 120).stream(),
                        sorted.subList(121, 221).stream()).toList());
        assertThat(model.related(sorted.get(0), 1_000)).hasSize(100).containsExactlyInAnyOrderElementsOf(sorted.subList(1, 101));
    }

    @Test
    void rejects_an_article_from_another_site() {
        SiteModel model = model(List.of(article("a", 1)), List.of());

        assertThatThrownBy(() -> model.older(article("stranger", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stranger");
    }
}
