package news.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CacheRulesTest {

    private final CacheRules rules = CacheRules.defaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "css/site.3f2a9c1b.css    | ASSETS   | public, max-age=31536000, immutable",
        "js/share.0123abcd.js     | ASSETS   | public, max-age=31536000, immutable",
        "css/site.css             | ASSETS   | public, max-age=3600",
        "css/site.3F2A9C1B.css    | ASSETS   | public, max-age=3600",
        "images/cover.3f2a9c1b.svg| ASSETS   | public, max-age=3600",
        "images/cover.svg         | ASSETS   | public, max-age=3600",
        "news/2026/11/photos/a.5cb8ed49.w800.webp | ASSETS | public, max-age=31536000, immutable",
        "images/a.5cb8ed49.w1920.jpg | ASSETS | public, max-age=31536000, immutable",
        "images/a.5cb8ed49.c240.png  | ASSETS | public, max-age=31536000, immutable",
        "images/a.5cb8ed49.og.jpg    | ASSETS | public, max-age=31536000, immutable",
        "images/a.jpg             | ASSETS   | public, max-age=3600",
        "images/a.5cb8ed49.w800.gif  | ASSETS | public, max-age=3600",
        "images/a.5cb8ed49.x800.jpg  | ASSETS | public, max-age=3600",
        "2025/11/a.html           | ARTICLES | no-cache",
        "tags/gu-cheng.html       | LISTINGS | no-cache",
        "index.html               | FRONT    | no-cache",
        "feed.xml                 | FEEDS    | no-cache",
        "robots.txt               | FEEDS    | no-cache",
        "search/t/12.0a1b2c3d.json| ASSETS   | public, max-age=31536000, immutable",
        "search/d/0.0a1b2c3d.json | ASSETS   | public, max-age=31536000, immutable",
        "search/s/5.0a1b2c3d.json | ASSETS   | public, max-age=31536000, immutable",
        "search/n/t1.0a1b2c3d.json | ASSETS  | public, max-age=31536000, immutable",
        "search/index.json        | SEARCH   | no-cache",
        "search/a/2025/11/a.html.json | ASSETS | public, max-age=3600",
    })
    void picks_the_rule_by_kind_of_file(String path, Phase phase, String cacheControl) {
        assertThat(rules.forPath(path, phase)).isEqualTo(cacheControl);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"css/a.1234abcd.css | immutable!", "2025/a.html | pages!", "images/a.png | assets!"})
    void configured_values_replace_the_defaults(String path, String expected) {
        CacheRules custom = new CacheRules("immutable!", "pages!", "assets!");
        Phase phase = path.endsWith(".html") ? Phase.ARTICLES : Phase.ASSETS;

        assertThat(custom.forPath(path, phase)).isEqualTo(expected);
    }
}
