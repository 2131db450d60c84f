package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCheckerTest {

    @TempDir
    Path dir;

    private List<String> check(String xml) {
        FeedChecker checker = new FeedChecker();
        checker.check(TestSites.write(dir.resolve("f.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml), "f.xml");
        return checker.problems();
    }

    private static String rss(String language, String item) {
        return "<rss version=\"2.0\"><channel><title>站</title><link>https://a.example.cn/</link>"
                + "<description>说明</description><language>" + language + "</language>" + item + "</channel></rss>";
    }

    static final String ITEM = "<item><title>标题</title><link>https://a.example.cn/x.html</link>"
            + "<guid isPermaLink=\"true\">https://a.example.cn/x.html</guid>"
            + "<pubDate>Fri, 28 Nov 2025 12:24:00 +0800</pubDate><description>摘要</description></item>";

    @Test
    void accepts_a_complete_rss_and_atom_feed() {
        assertThat(check(rss("zh-cn", ITEM))).isEmpty();
        assertThat(check("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>https://a.example.cn/</id><title>站</title>"
                + "<updated>2025-11-28T12:24:00+08:00</updated><link rel=\"self\" href=\"https://a.example.cn/atom.xml\"/>"
                + "<entry><id>https://a.example.cn/x.html</id><title>标题</title><updated>2025-11-28T12:24:00+08:00</updated>"
                + "<link rel=\"alternate\" href=\"https://a.example.cn/x.html\"/></entry></feed>")).isEmpty();
    }

    @Test
    void reports_what_a_feed_reader_would_miss() {
        assertThat(check(rss("en", ITEM))).singleElement().asString().contains("zh-cn");
        assertThat(check(rss("zh-cn", ITEM.replace("+0800", "GMT")))).singleElement().asString().contains("+0800");
        assertThat(check(rss("zh-cn", ITEM.replace("<description>摘要</description>", ""))))
                .singleElement().asString().contains("item 1").contains("description");
        assertThat(check(rss("zh-cn", ITEM.replace("isPermaLink=\"true\">https://a.example.cn/x.html",
                "isPermaLink=\"true\">https://a.example.cn/y.html")))).singleElement().asString().contains("guid");
        assertThat(check("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>站</title></feed>"))
                .anyMatch(p -> p.contains("no id")).anyMatch(p -> p.contains("updated"));
        assertThat(check("<rss version=\"2.0\"><channel>")).singleElement().asString().contains("ROME");
    }
}
