package news.portal.content;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Turns titles, tags and file names into ASCII URL words: Chinese through its pinyin without tones
 * ({@code 巍巍昆仑} → {@code wei-wei-kun-lun}), Latin lower-cased, everything else a hyphen.
 */
public final class Slugs {

    static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 80;
    private static final Pattern HAN_RUN = Pattern.compile("(\\p{IsHan}+)");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    /** ICU transliterators are not safe to share between threads, and costly to create: one per thread. */
    private static final ThreadLocal<Transliterator> PINYIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

    /**
     * The transliteration of each character met so far, shared by all threads. Running ICU over a whole
     * title costs about a millisecond, most of it spent trying every rule at every position, Latin text
     * included; with 10,000 articles, a third of them named in Chinese, that was about a fifth of the time
     * a bake or a check spends reading. ICU's Han-Latin rules
     * map one character at a time (see {@link Contextual} for the few that look further), and every
     * character between Han ones becomes a hyphen anyway, so character by character gives the same slug.
     */
    private static final Map<String, String> BY_CHARACTER = new ConcurrentHashMap<>();

    private Slugs() {
    }

    /**
     * Starts reading ICU's Han-Latin rules on a background thread, for a command that is about to slug
     * Chinese. Building the transliterator parses some 40,000 rules, a few tenths of a second; the first
     * slug otherwise waits for it on the one thread that places every article while the other cores idle
     * (measured in bench/startup-2026-12-07.md). Whatever needs the rules first waits for this thread to
     * finish them instead of reading them itself; a failure here shows again, and is reported, where they
     * are needed.
     */
    public static void prepare() {
        Thread reader = new Thread(() -> {
            try {
                Contextual.appearsIn("");
            } catch (RuntimeException | LinkageError e) {
                // the first slug reads the rules again and fails where the failure can be reported
            }
        }, "icu-han-latin");
        reader.setDaemon(true);
        reader.start();
    }

    /** The slug of any text; empty when nothing in it can be spelled in ASCII. */
    public static String of(String text) {
        String normalized = Words.spell(Normalizer.normalize(text, Normalizer.Form.NFKC));
        String ascii = Contextual.appearsIn(normalized) ? whole(normalized) : byCharacter(normalized);
        String slug = NOT_WORD.matcher(ascii).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > 0 ? cut : MAX_LENGTH));
        }
        return slug;
    }

    /** The original way, through ICU in one go: for text whose reading depends on neighbouring characters. */
    static String whole(String normalized) {
        // keep digits and Latin next to Chinese apart: 第3届 → di-3-jie, not di3jie
        String spaced = HAN_RUN.matcher(normalized).replaceAll(" $1 ");
        return PINYIN.get().transliterate(spaced).toLowerCase(Locale.ROOT);
    }

    private static String byCharacter(String normalized) {
        StringBuilder ascii = new StringBuilder(normalized.length() * 4);
        int i = 0;
        while (i < normalized.length()) {
            int c = normalized.codePointAt(i);
            int end = i + Character.charCount(c);
            // a combining mark that NFKC could not join belongs to its letter: ICU drops é́'s accent with it
            while (end < normalized.length() && isMark(normalized.codePointAt(end))) {
                end += Character.charCount(normalized.codePointAt(end));
            }
            // a space on each side of a Han character, as whole() gives each run and ICU each syllable
            String space = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? " " : "";
            ascii.append(space)
                    .append(BY_CHARACTER.computeIfAbsent(normalized.substring(i, end), k -> PINYIN.get().transliterate(k)))
                    .append(space);
            i = end;
        }
        return ascii.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Han characters whose reading depends on their neighbours: those of ICU's rules that look at the next
     * character (重庆 chóng qìng, 沈阳 shěn yáng), read from the rules themselves so that a newer ICU with
     * more such rules stays right; and Han numerals such as 〇, which are not letters, so ICU puts no
     * space between two of them (〇〇 → lingling).
     */
    private static final class Contextual {
        private static final Pattern PLAIN_RULE = Pattern.compile("(?:\\[[^\\]]*\\]|.)\\s*>\\s*[^;]*;");
        private static final Set<Integer> CHARACTERS = read();

        static boolean appearsIn(String text) {
            return text.codePoints().anyMatch(c -> CHARACTERS.contains(c)
                    || (!Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        }

        private static Set<Integer> read() {
            Set<Integer> characters = new HashSet<>();
            for (String rule : Transliterator.getInstance("Han-Latin").toRules(false).split("\n")) {
                String line = rule.strip();
                if (!line.isEmpty() && !line.startsWith("::") && !PLAIN_RULE.matcher(line).matches()) {
                    line.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                            .forEach(characters::add);
                }
            }
            return Set.copyOf(characters);
        }
    }

    /**
     * Words ICU reads wrongly. Its Han-Latin rules give each character one reading, often the rarer one in
     * the words a culture and tourism portal writes (银行 yín xíng, 厦门 shà mén, 成都 chéng dōu, 音乐 yīn lè);
     * an address or tag page spelled so looks wrong to every reader. Only whole words, matched longest
     * first, so 校长 and 市长 keep ICU's zhǎng while 长城 is cháng. Adding a word moves the address of a tag
     * or a Chinese-named file that contains it, so the list grows only for words that are wrong today.
     */
    private static final class Words {
        private static final Map<String, String> READINGS = Map.ofEntries(
                Map.entry("银行", "yin hang"), Map.entry("行业", "hang ye"), Map.entry("行长", "hang zhang"),
                Map.entry("长城", "chang cheng"), Map.entry("长江", "chang jiang"), Map.entry("长沙", "chang sha"),
                Map.entry("长春", "chang chun"), Map.entry("长安", "chang an"), Map.entry("长白山", "chang bai shan"),
                Map.entry("长期", "chang qi"), Map.entry("长征", "chang zheng"), Map.entry("长廊", "chang lang"),
                Map.entry("长途", "chang tu"), Map.entry("厦门", "xia men"), Map.entry("成都", "cheng du"),
                Map.entry("首都", "shou du"), Map.entry("古都", "gu du"), Map.entry("都市", "du shi"),
                Map.entry("大都会", "da du hui"), Map.entry("都江堰", "du jiang yan"), Map.entry("音乐", "yin yue"),
                Map.entry("乐器", "yue qi"), Map.entry("乐队", "yue dui"), Map.entry("乐团", "yue tuan"),
                Map.entry("乐曲", "yue qu"), Map.entry("乐清", "yue qing"), Map.entry("大佛", "da fo"),
                Map.entry("佛教", "fo jiao"), Map.entry("佛山", "fo shan"), Map.entry("西藏", "xi zang"),
                Map.entry("藏族", "zang zu"), Map.entry("重新", "chong xin"), Map.entry("重阳", "chong yang"),
                Map.entry("重建", "chong jian"), Map.entry("重游", "chong you"), Map.entry("还原", "huan yuan"),
                Map.entry("睡觉", "shui jiao"), Map.entry("会计", "kuai ji"), Map.entry("地区", "di qu"),
                Map.entry("地方", "di fang"), Map.entry("当地", "dang di"), Map.entry("各地", "ge di"),
                Map.entry("土地", "tu di"), Map.entry("地铁", "di tie"), Map.entry("地图", "di tu"),
                Map.entry("基地", "ji di"), Map.entry("目的", "mu di"), Map.entry("目的地", "mu di di"),
                Map.entry("的确", "di que"), Map.entry("了解", "liao jie"), Map.entry("蚌埠", "beng bu"),
                Map.entry("六安", "lu an"), Map.entry("番禺", "pan yu"), Map.entry("供给", "gong ji"),
                Map.entry("着陆", "zhuo lu"));
        private static final int LONGEST = READINGS.keySet().stream().mapToInt(String::length).max().orElse(0);
        private static final Set<Character> FIRST = READINGS.keySet().stream().map(w -> w.charAt(0))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());

        /** {@code text} with each known word replaced by its syllables, set apart by spaces. */
        static String spell(String text) {
            if (text.chars().noneMatch(c -> FIRST.contains((char) c))) {
                return text;
            }
            StringBuilder spelled = new StringBuilder(text.length() * 2);
            int i = 0;
            while (i < text.length()) {
                String reading = null;
                int length = FIRST.contains(text.charAt(i)) ? Math.min(LONGEST, text.length() - i) : 0;
                while (length > 1 && (reading = READINGS.get(text.substring(i, i + length))) == null) {
                    length--;
                }
                if (reading != null) {
                    spelled.append(' ').append(reading).append(' ');
                    i += length;
                } else {
                    spelled.append(text.charAt(i));
                    i++;
                }
            }
            return spelled.toString();
        }
    }

    /** A file name that already is a slug, after lower-casing and hyphenating; empty when it is not ASCII. */
    static String ofFileName(String baseName) {
        String candidate = trimHyphens(baseName.toLowerCase(Locale.ROOT).replaceAll("[\\s_.]+", "-"));
        return VALID.matcher(candidate).matches() ? candidate : "";
    }

    /** Whether {@code text} may be written as a {@code slug}: lower-case ASCII words joined by hyphens. */
    public static boolean isValid(String text) {
        return VALID.matcher(text).matches();
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
