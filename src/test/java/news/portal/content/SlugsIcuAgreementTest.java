package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.Transliterator;

import news.portal.bake.TestSites;

/** The character-by-character spelling of slugs agrees with ICU transliterating whole titles. */
class SlugsIcuAgreementTest {

    private static final Transliterator ICU = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");

    /** The slug as ICU gives it for the whole text in one go: what addresses have always been. */
    static String reference(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String spaced = normalized.replaceAll("(\\p{IsHan}+)", " $1 ");
        String ascii = ICU.transliterate(spaced)
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            int cut = slug.lastIndexOf('-', 80);
            slug = slug.substring(0, cut > 0 ? cut : 80).replaceAll("^-+|-+$", "");
        }
        return slug;
    }

    @Test
    void spells_chinese_in_pinyin_and_keeps_latin_and_digits_apart() {
        assertThat(Slugs.of("巍巍昆仑")).isEqualTo("wei-wei-kun-lun");
        assertThat(Slugs.of("第3届Citywalk路线")).isEqualTo("di-3-jie-citywalk-lu-xian");
        assertThat(Slugs.of("Café ÉLAN")).isEqualTo("cafe-elan");
        assertThat(Slugs.of("ＡＩ导览")).isEqualTo("ai-dao-lan");
        assertThat(Slugs.of("！？")).isEmpty();
    }

    @Test
    void reads_words_whose_first_character_depends_on_the_next_as_icu_does() {
        assertThat(Slugs.of("重庆火锅")).isEqualTo("chong-qing-huo-guo");
        assertThat(Slugs.of("沈阳故宫")).isEqualTo("shen-yang-gu-gong");
        assertThat(Slugs.of("重要")).isEqualTo(reference("重要"));
    }

    @Test
    void gives_every_title_and_tag_of_the_sample_site_the_slug_icu_gives_it() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestSites.repository().resolve("content"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md"))::iterator) {
                for (String line : Files.readAllLines(file)) {
                    if (line.matches("(title|tags|category)\\s*[:=].*")) {
                        texts.add(line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1));
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(60);
        for (String text : texts) {
            assertThat(Slugs.of(text)).as(text).isEqualTo(reference(text));
        }
    }

    @Test
    void gives_random_mixed_text_the_slug_icu_gives_it() {
        String pool = "古城夜游非遗剪纸茶园重庆沈阳秘鲁藏文重藏沈秘行长乐乐都会〇々𠀀𪚥"
                + "AaZzÆæßŒœÉéüÜñçØ0123456789 　，。、：；！？“”《》（）·—-_.#@&ＡＩ１２ｶﾅ가Ωπ😀\u0301";
        int[] chars = pool.codePoints().toArray();
        Random random = new Random(20251128);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(14); n > 0; n--) {
                text.appendCodePoint(chars[random.nextInt(chars.length)]);
            }
            assertThat(Slugs.of(text.toString())).as(text.toString()).isEqualTo(reference(text.toString()));
        }
    }
}
