package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapCheckerTest {

    static final String URLSET = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">";

    @TempDir
    Path dir;

    private java.util.List<String> check(String xml) {
        SitemapChecker checker = new SitemapChecker();
        checker.check(TestSites.write(dir.resolve("s.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml), "s.xml");
        return checker.problems();
    }

    @Test
    void accepts_a_sitemap_an_index_and_a_news_sitemap() {
        assertThat(check(URLSET + "<url><loc>https://a.example.cn/x.html</loc><lastmod>2025-11-28T12:24:00+08:00</lastmod></url></urlset>")).isEmpty();
        assertThat(check("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap>"
                + "<loc>https://a.example.cn/sitemap-1.xml</loc></sitemap></sitemapindex>")).isEmpty();
        assertThat(check(URLSET + "<url><loc>https://a.example.cn/x.html</loc><news:news><news:publication>"
                + "<news:name>站</news:name><news:language>zh-cn</news:language></news:publication>"
                + "<news:publication_date>2025-11-28T12:24:00+08:00</news:publication_date>"
                + "<news:title>标题</news:title></news:news></url></urlset>")).isEmpty();
    }

    @Test
    void checks_image_entries_against_the_image_extension() {
        String images = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\"><url><loc>https://a.example.cn/x.html</loc>";

        assertThat(check(images + "<image:image><image:loc>https://a.example.cn/images/a.jpg</image:loc></image:image>"
                + "</url></urlset>")).isEmpty();
        assertThat(check(images + "<image:image><image:loc>images/a.jpg</image:loc></image:image></url></urlset>"))
                .singleElement().asString().contains("images/a.jpg");
        assertThat(check(images + "<image:image><image:title>无地址</image:title></image:image></url></urlset>"))
                .singleElement().asString().contains("loc}' is expected");
    }

    @Test
    void rejects_a_bad_date_a_news_entry_without_title_and_an_empty_urlset() {
        assertThat(check(URLSET + "<url><loc>https://a.example.cn/x.html</loc><lastmod>2025-11-28 12:24</lastmod></url></urlset>"))
                .singleElement().asString().contains("2025-11-28 12:24");
        assertThat(check(URLSET + "<url><loc>https://a.example.cn/x.html</loc><news:news><news:publication>"
                + "<news:name>站</news:name><news:language>zh-cn</news:language></news:publication>"
                + "<news:publication_date>2025-11-28T12:24:00+08:00</news:publication_date>"
                + "</news:news></url></urlset>")).singleElement().asString().contains("title}' is expected");
        // the schema wants at least one <url>, a news sitemap's too
        assertThat(check("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>")).hasSize(1);
        assertThat(check(URLSET + "</urlset>")).singleElement().asString().contains("urlset");
    }
}
