package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Slugs spell words as a dictionary reads them. The readings below were written from the standard
 * readings of the words (toneless, ü written u as in ASCII URLs), not from ICU or from {@link Slugs}, so a
 * change in either that misreads a word fails here.
 */
class SlugsReadingsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            北京               | bei-jing
            上海               | shang-hai
            广州               | guang-zhou
            深圳               | shen-zhen
            杭州               | hang-zhou
            南京               | nan-jing
            西安               | xi-an
            武汉               | wu-han
            天津               | tian-jin
            苏州               | su-zhou
            哈尔滨             | ha-er-bin
            乌鲁木齐           | wu-lu-mu-qi
            拉萨               | la-sa
            桂林               | gui-lin
            东莞               | dong-guan
            故宫博物院         | gu-gong-bo-wu-yuan
            新闻发布会         | xin-wen-fa-bu-hui
            记者               | ji-zhe
            经济发展           | jing-ji-fa-zhan
            春节               | chun-jie
            中秋节             | zhong-qiu-jie
            端午节             | duan-wu-jie
            非物质文化遗产     | fei-wu-zhi-wen-hua-yi-chan
            旅游               | lu-you
            教育               | jiao-yu
            快乐               | kuai-le
            重要               | zhong-yao
            重点               | zhong-dian
            校长               | xiao-zhang
            市长               | shi-zhang
            旅行               | lu-xing
            """)
    void spells_common_words_and_places(String text, String slug) {
        assertThat(Slugs.of(text)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            重庆               | chong-qing
            重庆市             | chong-qing-shi
            沈阳故宫           | shen-yang-gu-gong
            银行               | yin-hang
            银行业             | yin-hang-ye
            行业               | hang-ye
            长城               | chang-cheng
            长城脚下           | chang-cheng-jiao-xia
            长江               | chang-jiang
            长沙               | chang-sha
            长白山             | chang-bai-shan
            厦门               | xia-men
            厦门大学           | xia-men-da-xue
            成都               | cheng-du
            首都               | shou-du
            都江堰             | du-jiang-yan
            音乐               | yin-yue
            音乐节             | yin-yue-jie
            乐山大佛           | le-shan-da-fo
            西藏               | xi-zang
            重新开放           | chong-xin-kai-fang
            重阳节             | chong-yang-jie
            当地               | dang-di
            地铁               | di-tie
            目的地             | mu-di-di
            了解               | liao-jie
            蚌埠               | beng-bu
            番禺               | pan-yu
            """)
    void reads_characters_with_several_readings_as_the_word_they_are_in(String text, String slug) {
        assertThat(Slugs.of(text)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025厦门国际马拉松      | 2025-xia-men-guo-ji-ma-la-song
            《长江》纪录片          | chang-jiang-ji-lu-pian
            Citywalk：成都老街      | citywalk-cheng-du-lao-jie
            重庆〇三号线            | chong-qing-ling-san-hao-xian
            """)
    void keeps_latin_digits_and_punctuation_apart_from_the_words(String text, String slug) {
        assertThat(Slugs.of(text)).isEqualTo(slug);
    }
}
