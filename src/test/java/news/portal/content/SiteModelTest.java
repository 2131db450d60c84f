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
    void rejects_an_article_from_another_site() {
        SiteModel model = model(List.of(article("a", 1)), List.of());

        assertThatThrownBy(() -> model.older(article("stranger", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stranger");
    }
}
