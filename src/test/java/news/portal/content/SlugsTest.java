package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void chinese_becomes_pinyin_without_tones() {
        assertThat(Slugs.of("巍巍昆仑")).isEqualTo("wei-wei-kun-lun");
        assertThat(Slugs.of("援疆")).isEqualTo("yuan-jiang");
    }

    @Test
    void slugs_made_while_the_rules_are_read_in_the_background_are_the_same() throws Exception {
        Slugs.prepare();
        List<String> titles = List.of("巍巍昆仑", "援疆", "重庆火锅节", "Citywalk 路线");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var slugs = pool.invokeAll(titles.stream()
                    .map(title -> (java.util.concurrent.Callable<String>) () -> Slugs.of(title)).toList());
            List<String> made = new java.util.ArrayList<>();
            for (var slug : slugs) {
                made.add(slug.get());
            }

            assertThat(made).containsExactly("wei-wei-kun-lun", "yuan-jiang",
                    Slugs.of("重庆") + "-huo-guo-jie", "citywalk-lu-xian");
            assertThat(made.get(2)).startsWith("chong-qing");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void latin_is_lower_cased_and_kept_apart_from_pinyin() {
        assertThat(Slugs.of("Citywalk 路线")).isEqualTo("citywalk-lu-xian");
        assertThat(Slugs.of("UNESCO")).isEqualTo("unesco");
        assertThat(Slugs.of("UNESCO认定")).isEqualTo("unesco-ren-ding");
    }

    @Test
    void digits_next_to_chinese_are_their_own_word() {
        assertThat(Slugs.of("第3届 非遗周")).isEqualTo("di-3-jie-fei-yi-zhou");
        assertThat(Slugs.of("第3届非遗周")).isEqualTo("di-3-jie-fei-yi-zhou");
    }

    @Test
    void full_width_letters_and_digits_are_read_as_ascii() {
        assertThat(Slugs.of("２０２５ＡＢＣ")).isEqualTo("2025abc");
    }

    @Test
    void accents_are_dropped() {
        assertThat(Slugs.of("Café Crème")).isEqualTo("cafe-creme");
    }

    @Test
    void punctuation_becomes_single_hyphens_never_at_the_ends() {
        assertThat(Slugs.of("《巍巍昆仑》——援疆！")).isEqualTo("wei-wei-kun-lun-yuan-jiang");
        assertThat(Slugs.of("  --hello,   world!--  ")).isEqualTo("hello-world");
    }

    @Test
    void punctuation_only_gives_an_empty_slug() {
        assertThat(Slugs.of("！？。……——")).isEmpty();
        assertThat(Slugs.of("")).isEmpty();
        assertThat(Slugs.of("   ")).isEmpty();
    }

    @Test
    void long_titles_are_capped_at_80_characters_without_a_trailing_hyphen() {
        String slug = Slugs.of("新疆维吾尔自治区和田地区援疆干部在昆仑山下开展文化旅游推广活动并举办非物质文化遗产展示周系列活动");

        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(slug).doesNotEndWith("-").startsWith("xin-jiang-wei-wu-er-zi-zhi-qu");
        assertThat(slug).matches(Slugs.VALID);
    }

    @Test
    void long_titles_are_cut_at_a_word_boundary() {
        String title = "巍巍昆仑".repeat(10);
        String slug = Slugs.of(title);

        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(("wei-wei-kun-lun-".repeat(10))).startsWith(slug + "-");
    }

    @Test
    void a_long_single_word_is_cut_at_80_characters() {
        String slug = Slugs.of("a".repeat(100));

        assertThat(slug).isEqualTo("a".repeat(80));
    }

    @Test
    void result_is_always_a_valid_slug_or_empty() {
        List<String> titles = List.of("巍巍昆仑", "Citywalk 路线", "第3届 非遗周", "C++ 与 Java：一次对比",
                "西安", "绿色出行", "🎉庆祝🎉开幕", "東京タワー", "서울 여행", "Москва", "a--b__c", "50% 的游客",
                "喀什·古城", "「新疆」『和田』", "Ünïcödé", "x".repeat(200), "乌鲁木齐".repeat(30));

        for (String title : titles) {
            String slug = Slugs.of(title);
            assertThat(slug.isEmpty() || Slugs.VALID.matcher(slug).matches())
                    .as("slug of %s was \"%s\"", title, slug).isTrue();
            assertThat(slug.length()).as("length of slug of %s", title).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void chinese_in_another_script_mix_still_gives_pinyin() {
        assertThat(Slugs.of("🎉庆祝🎉开幕")).isEqualTo("qing-zhu-kai-mu");
    }

    @Test
    void file_name_that_is_almost_a_slug_is_hyphenated_and_lower_cased() {
        assertThat(Slugs.ofFileName("Night_Tour")).isEqualTo("night-tour");
        assertThat(Slugs.ofFileName("kashgar old town")).isEqualTo("kashgar-old-town");
        assertThat(Slugs.ofFileName("2025.11.28-news")).isEqualTo("2025-11-28-news");
        assertThat(Slugs.ofFileName("wei-wei-kun-lun")).isEqualTo("wei-wei-kun-lun");
    }

    @Test
    void file_name_that_is_not_ascii_gives_no_slug() {
        assertThat(Slugs.ofFileName("巍巍昆仑")).isEmpty();
        assertThat(Slugs.ofFileName("night-游")).isEmpty();
        assertThat(Slugs.ofFileName("___")).isEmpty();
    }
}
