package news.portal.deploy;

import news.portal.media.ContentTypes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.portal.config.SiteConfig;

class PlanTest {

    static final SiteConfig.Output LAYOUT = new SiteConfig.Output("index.html", "feed.xml", "atom.xml", "archive.html",
            "sitemap.xml", "404.html", "tags", "sections", ".html", true);
    private static final String MD5_A = "0cc175b9c0f1b6a831c399e269772661";
    private static final String MD5_B = "92eb5ffee6ae2fec3ad71c777531578f";

    private final List<String> headed = new ArrayList<>();

    @ParameterizedTest
    @CsvSource({
        "css/site.3f2a9c1b.css, ASSETS", "images/cover.svg, ASSETS", "files/guide.pdf, ASSETS",
        "2025/11/night-tour.html, ARTICLES", "about.html, ARTICLES",
        "tags/gu-cheng.html, LISTINGS", "tags/gu-cheng/2.html, LISTINGS", "tags/index.html, LISTINGS",
        "sections/wen-lu-zi-xun.html, LISTINGS", "archive.html, LISTINGS", "archive/2025-11.html, LISTINGS",
        "index.html, FRONT", "page/2.html, FRONT", "404.html, FRONT",
        "feed.xml, FEEDS", "sitemap.xml, FEEDS", "robots.txt, FEEDS", "atom.xml, FEEDS",
        "tags/gu-cheng/feed.xml, FEEDS", "sections/fei-yi/feed.xml, FEEDS", "news-sitemap.xml, FEEDS",
        "sitemap-2.xml, FEEDS",
        "data/list.xml, ASSETS",
        "search/index.json, SEARCH", "search/t/3.0a1b2c3d.json, ASSETS", "search/a/2025/11/b.html.json, ASSETS",
    })
    void each_file_belongs_to_a_phase(String path, Phase phase) {
        assertThat(Phase.of(path, LAYOUT)).isEqualTo(phase);
    }

    @Test
    void the_search_manifest_goes_up_after_its_shards_and_the_articles_and_stays_there_when_new() {
        List<LocalFile> local = List.of(file("search/index.json", MD5_B), file("search/t/0.0a1b2c3d.json", MD5_A),
                file("2025/11/c.html", MD5_A), file("index.html", MD5_B));
        Map<String, Bucket.Listed> remote = listed(file("search/index.json", MD5_A), MD5_A, file("index.html", MD5_A), MD5_A,
                file("search/t/0.99999999.json", MD5_A), MD5_A);

        Plan plan = Plan.make(local, remote, State.empty(), false, this::head);

        assertThat(plan.byPhase().keySet()).containsExactly(Phase.ASSETS, Phase.NEW_PAGES, Phase.SEARCH, Phase.FRONT);
        assertThat(plan.byPhase().get(Phase.SEARCH)).extracting(u -> u.file().key()).containsExactly("search/index.json");
        // the shard the old manifest names is deleted after every phase
        assertThat(plan.deletes()).containsExactly("search/t/0.99999999.json");
        // a manifest new to the bucket is no new page: it still waits for the articles
        Plan first = Plan.make(local, listed(file("index.html", MD5_A), MD5_A), State.empty(), false, this::head);
        assertThat(first.byPhase().get(Phase.SEARCH)).extracting(u -> u.file().key()).containsExactly("search/index.json");
    }

    @Test
    void uploads_go_assets_articles_listings_front_page_feeds() {
        List<LocalFile> local = List.of(file("feed.xml", MD5_A), file("index.html", MD5_A),
                file("tags/a.html", MD5_A), file("2025/11/b.html", MD5_A), file("css/site.12345678.css", MD5_A),
                file("archive.html", MD5_A), file("2025/11/a.html", MD5_A), file("images/x.png", MD5_A));

        Plan plan = Plan.make(local, Map.of(), State.empty(), false, this::head);

        assertThat(plan.uploads()).extracting(u -> u.file().key()).containsExactly(
                "css/site.12345678.css", "images/x.png", "2025/11/a.html", "2025/11/b.html",
                "archive.html", "tags/a.html", "index.html", "feed.xml");
        assertThat(plan.byPhase().keySet()).containsExactly(Phase.ASSETS, Phase.ARTICLES, Phase.LISTINGS,
                Phase.FRONT, Phase.FEEDS);
        assertThat(plan.uploads()).allMatch(u -> u.reason() == Plan.Reason.NEW);
    }

    @Test
    void updating_a_deployed_site_new_pages_go_up_before_the_changed_pages_that_link_to_them() {
        LocalFile article = file("2025/11/a.html", MD5_B);
        LocalFile newTag = file("tags/new.html", MD5_A);
        LocalFile newTagFeed = file("tags/new/feed.xml", MD5_A);
        LocalFile front = file("index.html", MD5_B);
        LocalFile newImage = file("images/y.png", MD5_A);
        Map<String, Bucket.Listed> remote = listed(article, MD5_A, front, MD5_A);

        Plan plan = Plan.make(List.of(article, newTag, newTagFeed, front, newImage), remote, State.empty(), false,
                this::head);

        assertThat(plan.uploads()).extracting(u -> u.file().key()).containsExactly(
                "images/y.png", "tags/new.html", "tags/new/feed.xml", "2025/11/a.html", "index.html");
        assertThat(plan.byPhase().keySet()).containsExactly(Phase.ASSETS, Phase.NEW_PAGES, Phase.ARTICLES,
                Phase.FRONT);
    }

    @Test
    void same_size_and_md5_etag_with_a_recorded_metadata_hash_is_unchanged_without_a_head() {
        LocalFile same = file("a.html", MD5_A);
        LocalFile content = file("b.html", MD5_B);
        LocalFile meta = file("c.html", MD5_A);
        Map<String, Bucket.Listed> remote = listed(same, MD5_A, content, MD5_A, meta, MD5_A);
        State state = state(Map.of("a.html", new State.Entry(MD5_A, same.headers().hash(), MD5_A),
                "c.html", new State.Entry(MD5_A, "other-headers", MD5_A)));

        Plan plan = Plan.make(List.of(same, content, meta), remote, state, false, this::head);

        assertThat(plan.unchanged()).extracting(u -> u.file().key()).containsExactly("a.html");
        assertThat(plan.uploads()).extracting(u -> u.file().key() + " " + u.reason().label())
                .containsExactly("b.html changed content", "c.html changed metadata");
        assertThat(headed).isEmpty();
    }

    @Test
    void objects_the_record_cannot_vouch_for_are_checked_with_head() {
        LocalFile multipart = file("a.html", MD5_A);
        LocalFile unrecorded = file("b.html", MD5_A);
        Map<String, Bucket.Listed> remote = listed(multipart, "3858f62230ac3c915f300c664312c11f-2", unrecorded, MD5_A);
        heads.put("a.html", new Bucket.Head(Optional.of(MD5_A), Optional.of(multipart.headers().hash())));
        heads.put("b.html", new Bucket.Head(Optional.of(MD5_A), Optional.empty()));

        Plan plan = Plan.make(List.of(multipart, unrecorded), remote, State.empty(), false, this::head);

        assertThat(headed).containsExactlyInAnyOrder("a.html", "b.html");
        assertThat(plan.unchanged()).extracting(u -> u.file().key()).containsExactly("a.html");
        assertThat(plan.uploads()).extracting(u -> u.file().key() + " " + u.reason().label())
                .containsExactly("b.html changed metadata");
    }

    @Test
    void a_record_whose_etag_is_no_longer_listed_is_not_trusted() {
        LocalFile file = file("a.html", MD5_A);
        Map<String, Bucket.Listed> remote = listed(file, MD5_A);
        State state = state(Map.of("a.html", new State.Entry(MD5_A, file.headers().hash(), MD5_B)));
        heads.put("a.html", new Bucket.Head(Optional.of(MD5_A), Optional.of("changed by hand")));

        Plan plan = Plan.make(List.of(file), remote, state, false, this::head);

        assertThat(headed).containsExactly("a.html");
        assertThat(plan.uploads()).extracting(Plan.Upload::reason).containsExactly(Plan.Reason.METADATA);
    }

    @Test
    void stale_objects_are_deleted_and_force_uploads_everything() {
        LocalFile file = file("a.html", MD5_A);
        Map<String, Bucket.Listed> remote = new HashMap<>(listed(file, MD5_A));
        remote.put("old.html", new Bucket.Listed("old.html", 3, MD5_B));
        State state = state(Map.of("a.html", new State.Entry(MD5_A, file.headers().hash(), MD5_A)));

        Plan plan = Plan.make(List.of(file), remote, state, true, this::head);

        assertThat(plan.uploads()).extracting(Plan.Upload::reason).containsExactly(Plan.Reason.FORCED);
        assertThat(plan.deletes()).containsExactly("old.html");
    }

    private final Map<String, Bucket.Head> heads = new HashMap<>();

    private Map<String, Optional<Bucket.Head>> head(List<String> keys) {
        headed.addAll(keys);
        Map<String, Optional<Bucket.Head>> found = new HashMap<>();
        keys.forEach(key -> found.put(key, Optional.ofNullable(heads.get(key))));
        return found;
    }

    private static LocalFile file(String path, String md5) {
        Phase phase = Phase.of(path, LAYOUT);
        Headers headers = new Headers(new ContentTypes("feed.xml", "atom.xml").of(path),
                CacheRules.defaults().forPath(path, phase), "");
        return new LocalFile(path, path, Path.of(path), phase, headers, 10, md5);
    }

    private static Map<String, Bucket.Listed> listed(Object... fileAndEtag) {
        Map<String, Bucket.Listed> remote = new HashMap<>();
        for (int i = 0; i < fileAndEtag.length; i += 2) {
            LocalFile file = (LocalFile) fileAndEtag[i];
            remote.put(file.key(), new Bucket.Listed(file.key(), file.size(), (String) fileAndEtag[i + 1]));
        }
        return remote;
    }

    private static State state(Map<String, State.Entry> entries) {
        return State.parse(Optional.of(State.format(entries.entrySet())));
    }
}
