package news.portal.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {

    private final ContentTypes types = new ContentTypes("feed.xml", "atom.xml");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "index.html                   | text/html; charset=utf-8",
        "2025/11/night-tour.html      | text/html; charset=utf-8",
        "css/site.3f2a9c1b.css        | text/css; charset=utf-8",
        "js/share.js                  | text/javascript; charset=utf-8",
        "js/module.mjs                | text/javascript; charset=utf-8",
        "feed.xml                     | application/rss+xml; charset=utf-8",
        "tags/gu-cheng/feed.xml       | application/rss+xml; charset=utf-8",
        "news-sitemap.xml             | application/xml; charset=utf-8",
        "atom.xml                     | application/atom+xml; charset=utf-8",
        "sitemap.xml                  | application/xml; charset=utf-8",
        "data/list.json               | application/json; charset=utf-8",
        "site.webmanifest             | application/manifest+json; charset=utf-8",
        "robots.txt                   | text/plain; charset=utf-8",
        "notes/readme.md              | text/markdown; charset=utf-8",
        "images/cover.svg             | image/svg+xml; charset=utf-8",
        "images/photo.JPG             | image/jpeg",
        "images/photo.webp            | image/webp",
        "images/photo.avif            | image/avif",
        "images/anim.gif              | image/gif",
        "favicon.ico                  | image/x-icon",
        "fonts/noto.woff2             | font/woff2",
        "files/guide.pdf              | application/pdf",
        "video/tour.mp4               | video/mp4",
        "files/no-extension           | application/octet-stream",
        "files/archive.unknownext     | application/octet-stream",
    })
    void gives_each_kind_of_file_its_type(String path, String type) {
        assertThat(types.of(path)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/html; charset=utf-8 | true",
        "image/svg+xml; charset=utf-8 | true",
        "image/png | false",
        "font/woff2 | false",
    })
    void text_types_are_the_ones_that_name_utf_8(String type, boolean text) {
        assertThat(ContentTypes.isText(type)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        "rss.xml, application/rss+xml; charset=utf-8",
        "tags/gu-cheng/rss.xml, application/rss+xml; charset=utf-8",
        "feed.xml, application/xml; charset=utf-8",
        "feed.atom, application/atom+xml; charset=utf-8",
        "atom.xml, application/xml; charset=utf-8",
    })
    void the_feeds_are_the_configured_files(String path, String type) {
        assertThat(new ContentTypes("rss.xml", "feed.atom").of(path)).isEqualTo(type);
    }
}
