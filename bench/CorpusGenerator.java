import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Writes a deterministic corpus of Chinese news articles for the benchmark.
 *
 * <pre>
 * java bench/CorpusGenerator.java N OUT_DIR [--format yaml|jbake] [--seed S]
 * </pre>
 *
 * {@code --seed} picks another corpus of the same kind (another draw of titles, tags and texts), for
 * checking that a benchmark's figures are not those of one draw; without it the corpus is always the same.
 *
 * Article {@code i} (1..N) goes to {@code OUT_DIR/content/news/{yyyy}/{MM}/a{i}.md}. Its text, title, tags,
 * category and summary depend only on {@code i} (one {@link SplittableRandom} per article, seeded from a fixed
 * seed and {@code i}), so a run is byte-for-byte repeatable on any machine and any number of cores; the date
 * depends on {@code i} and {@code N}: dates are spread evenly from 2020-01-01 08:00 to 2026-10-31 20:00
 * (+08:00), article 1 the oldest.
 *
 * <ul>
 *   <li>{@code yaml} (default): YAML front matter between {@code ---} lines, the date as ISO-8601 with offset
 *       ({@code 2025-11-28T12:24:00+08:00}), read as the same instant by Hugo and by news-portal.</li>
 *   <li>{@code jbake}: stock JBake's header ({@code title=…}, {@code date=yyyy-MM-dd}, {@code type=post},
 *       {@code status=published}, {@code tags=a,b}, {@code category=…}, {@code ~~~~~~}).</li>
 * </ul>
 *
 * No dependencies beyond the JDK (17+). Prints the number of files written.
 */
public final class CorpusGenerator {

    private static final long DEFAULT_SEED = 0x5EED_2026_CAFEL;
    private static long seed = DEFAULT_SEED;
    private static final OffsetDateTime FIRST = OffsetDateTime.of(2020, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final OffsetDateTime LAST = OffsetDateTime.of(2026, 10, 31, 20, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy/MM");
    /** Target size of a whole file in UTF-8 bytes; each article gets 4,500–5,500. */
    private static final int TARGET_BYTES = 5000;

    // ---------------------------------------------------------------------------------------------------
    // Vocabulary. Everything is plain Chinese text: no ASCII characters that mean something in YAML or
    // Markdown (no ':', '#', '[', '*', '`' …), so titles and summaries need no escaping beyond quoting.

    static final String[] SECTIONS = {"文旅资讯", "非遗传承", "旅游攻略", "乡村振兴"};

    /** 40 tags; the first ones are drawn more often (weight 1/(rank+4)), as on a real portal. */
    static final String[] TAGS = {
        "夜游经济", "古城", "非遗", "乡村旅游", "民宿", "文物保护", "博物馆", "研学", "传统节日", "美食",
        "Citywalk", "露营", "古村落", "手工艺", "茶文化", "民俗", "生态保护", "红色旅游", "数字文旅", "文创",
        "UNESCO", "徒步", "自驾游", "戏曲", "节庆活动", "非遗市集", "城市更新", "老字号", "亲子游", "剪纸",
        "龙舟", "灯会", "温泉", "冰雪旅游", "海岛", "摄影", "书法", "农文旅融合", "VR体验", "5A景区"
    };

    static final String[] PLACES = {
        "青溪古镇", "云川老城", "江口镇", "石门村", "桃花坞", "南屏山", "北门码头", "月湖公园", "龙泉古道", "白沙湾",
        "凤鸣谷", "清水河畔", "松涛岭", "梨花村", "古渡口", "雁栖湖", "金沙滩", "西山茶园", "东湖湿地", "柳溪街区",
        "望江楼", "鹤鸣山", "银杏村", "竹海景区", "红石峡", "沙溪古寨", "翠屏湖", "老工业区", "天池草原", "霞浦滩涂"
    };

    static final String[] SUBJECTS = {
        "当地文旅部门", "村民合作社", "非遗传承人", "景区管委会", "志愿者团队", "乡村振兴工作队", "研学机构",
        "民宿经营者", "文化馆工作人员", "返乡青年", "老手艺人", "游客服务中心", "博物馆策展团队", "县融媒体中心",
        "街道办事处", "高校师生", "文旅企业", "社区居民"
    };

    static final String[] VERBS = {
        "推出了", "启动了", "修缮了", "举办了", "开放了", "打造了", "升级了", "整理了", "记录了", "策划了", "完善了",
        "试运营了"
    };

    static final String[] OBJECTS = {
        "夜游线路", "非遗市集", "研学课程", "文创产品", "民俗展演", "古建筑修缮工程", "乡村民宿集群", "生态步道",
        "数字导览系统", "传统技艺工作坊", "农文旅融合项目", "特色美食街区", "露营基地", "红色文化展馆", "茶旅体验路线",
        "古籍修复展", "灯会", "龙舟邀请赛", "非遗进校园活动", "乡村音乐节", "老字号展销会", "湿地观鸟季",
        "手工扎染体验", "戏曲惠民演出"
    };

    static final String[] TITLE_ENDINGS = {
        "正式开放", "迎来首批游客", "受到热捧", "亮相", "启幕", "完成升级", "人气攀升", "再添新看点", "焕发新活力",
        "引发关注", "持续火热", "获评优秀案例"
    };

    static final String[] TIMES = {
        "近日", "今年以来", "国庆假期期间", "春节前夕", "上个月", "入夏以来", "本周末", "据了解", "记者从有关部门获悉",
        "截至目前", "端午节前后", "暑期以来", "进入秋季后", "元旦假期"
    };

    /** Time phrases that can stand right before a place name. */
    static final String[] PERIODS = {
        "今年以来", "国庆假期期间", "春节前夕", "上个月", "入夏以来", "端午节前后", "暑期以来", "元旦假期", "去年全年"
    };

    static final String[] RESULTS = {
        "吸引了大批游客前来打卡", "带动了周边村民增收", "让传统文化焕发新的活力", "受到年轻人的广泛欢迎",
        "进一步丰富了假日文旅供给", "为乡村振兴注入了新动能", "游客满意度持续提升", "相关经验正在周边地区推广",
        "形成了可复制的发展模式", "让老街重新热闹起来", "让更多人走近非物质文化遗产", "成为市民休闲的新去处"
    };

    static final String[] DETAILS = {
        "活动现场设置了多个互动体验区，游客可以亲手制作传统手工艺品",
        "工作人员介绍，项目在保护原有风貌的基础上，尽量沿用传统材料和工艺",
        "不少家长带着孩子前来参加研学活动，在游戏中了解当地的历史文化",
        "沿线新增了休息驿站和指示标识，方便游客自由规划行程",
        "当地还邀请老手艺人现场讲解技艺要点，让观众近距离感受匠心",
        "夜幕降临后，灯光秀和民俗表演轮番登场，街巷里人头攒动",
        "景区推出了分时段预约服务，有效缓解了高峰时段的客流压力",
        "特色农产品和文创商品同步上架，村民在家门口就能增收",
        "主办方还开设了线上直播，让无法到场的观众也能云端参与",
        "展览通过老照片、实物和影像资料，讲述了这片土地的百年变迁",
        "青年创业者把老房子改造成书店和咖啡馆，为古村注入了新的气息",
        "专家建议，在开发利用的同时更要注重保护，避免过度商业化"
    };

    static final String[] QUOTES = {
        "我们希望让更多人了解这门手艺", "老街的烟火气又回来了", "每一件作品都凝结着几代人的心血",
        "来这里能真正慢下来", "保护好这些老东西，就是守住我们的根", "游客多了，村里的年轻人也愿意回来了",
        "这是我第三次来，每次都有新发现", "传统技艺只有被使用，才能真正活下去"
    };

    static final String[] SPEAKERS = {
        "一位老手艺人", "景区负责人", "来自外地的游客王女士", "村党支部书记", "非遗传承人李师傅", "民宿主人陈先生",
        "带孩子参加研学的刘女士", "文化馆馆长", "一位年轻的志愿者"
    };

    static final String[] LATIN_SENTENCES = {
        "不少年轻人选择以Citywalk的方式探访%s，边走边拍，节奏轻松。",
        "%s相关遗产点的保护经验，曾在UNESCO组织的交流活动中作过介绍。",
        "游客扫描二维码即可在App上收听%s的语音导览，讲解覆盖二十多个点位。",
        "%s还上线了VR体验项目，让游客足不出户也能沉浸式游览。",
        "作为当地的5A级景区，%s今年持续优化服务设施和游览线路。"
    };

    static final String[] HEADINGS = {
        "传统技艺焕发新生", "文旅融合打开新空间", "让游客留下来", "数字化赋能文化传承", "村民共享发展红利",
        "下一步的打算", "看点一览", "出行小贴士", "守护与创新并重", "从网红到长红"
    };

    static final String[] AUTHORS = {"记者 李青", "记者 陈墨", "记者 许南星", "通讯员 王晓", "记者 周远", "实习生 林可"};

    private static final double[] TAG_WEIGHTS = new double[TAGS.length];
    private static final double TAG_WEIGHT_SUM;

    static {
        double sum = 0;
        for (int i = 0; i < TAGS.length; i++) {
            TAG_WEIGHTS[i] = 1.0 / (i + 4);
            sum += TAG_WEIGHTS[i];
        }
        TAG_WEIGHT_SUM = sum;
    }

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int n = -1;
        Path out = null;
        String format = "yaml";
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--format") && i + 1 < args.length) {
                format = args[++i];
            } else if (arg.equals("--seed") && i + 1 < args.length) {
                seed = Long.parseLong(args[++i]);
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.equals("-h") || arg.equals("--help")) {
                usage(null);
                return;
            } else if (arg.startsWith("-")) {
                usage("unknown option " + arg);
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != 2) {
            usage("expected N and OUT_DIR");
        }
        try {
            n = Integer.parseInt(positional.get(0));
        } catch (NumberFormatException e) {
            usage("N must be a number: " + positional.get(0));
        }
        if (n < 1) {
            usage("N must be at least 1");
        }
        if (!format.equals("yaml") && !format.equals("jbake")) {
            usage("--format must be yaml or jbake, not " + format);
        }
        out = Path.of(positional.get(1));
        Path news = out.resolve("content").resolve("news");
        if (Files.isDirectory(news)) {
            try (var entries = Files.list(news)) {
                if (entries.findAny().isPresent()) {
                    System.err.println("CorpusGenerator: " + news + " is not empty; remove it first");
                    System.exit(2);
                }
            }
        }
        boolean jbake = format.equals("jbake");
        int count = n;
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        // folders first (one per month), then the files in parallel: the output does not depend on the order
        Set<String> folders = new LinkedHashSet<>();
        for (int i = 1; i <= count; i++) {
            folders.add(date(i, count).format(FOLDER));
        }
        for (String folder : folders) {
            Files.createDirectories(news.resolve(folder));
        }
        IntStream.rangeClosed(1, count).parallel().forEach(i -> {
            OffsetDateTime date = date(i, count);
            byte[] text = article(i, date, jbake).getBytes(StandardCharsets.UTF_8);
            Path file = news.resolve(date.format(FOLDER)).resolve("a" + i + ".md");
            try {
                Files.write(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            bytes.addAndGet(text.length);
        });
        System.out.printf("%d files written to %s (%s format, %.1f MB, %.1f s)%n", count, news, format,
                bytes.get() / 1e6, (System.nanoTime() - start) / 1e9);
    }

    private static void usage(String problem) {
        String text = "usage: java bench/CorpusGenerator.java N OUT_DIR [--format yaml|jbake] [--seed S]";
        if (problem == null) {
            System.out.println(text);
            return;
        }
        System.err.println("CorpusGenerator: " + problem);
        System.err.println(text);
        System.exit(2);
    }

    /** Article {@code i} of {@code n}: evenly spread, whole minutes, article 1 the oldest. */
    static OffsetDateTime date(int i, int n) {
        long minutes = Duration.between(FIRST, LAST).toMinutes();
        long offset = n == 1 ? minutes : minutes * (i - 1) / (n - 1);
        return FIRST.plusMinutes(offset);
    }

    static String article(int index, OffsetDateTime date, boolean jbake) {
        SplittableRandom random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
        String place = pick(random, PLACES);
        String title = place + pick(random, OBJECTS) + pick(random, TITLE_ENDINGS) + "（第" + index + "篇）";
        String category = pick(random, SECTIONS);
        List<String> tags = tags(random);
        String author = pick(random, AUTHORS);
        String summary = index % 3 == 0 ? sentence(random, place) + sentence(random, pick(random, PLACES)) : null;

        StringBuilder file = new StringBuilder(TARGET_BYTES / 2);
        if (jbake) {
            file.append("title=").append(title).append('\n');
            file.append("date=").append(date.format(DAY)).append('\n');
            file.append("type=post\n");
            file.append("status=published\n");
            file.append("tags=").append(String.join(",", tags)).append('\n');
            file.append("category=").append(category).append('\n');
            file.append("author=").append(author).append('\n');
            if (summary != null) {
                file.append("summary=").append(summary).append('\n');
            }
            file.append("~~~~~~\n");
        } else {
            file.append("---\n");
            file.append("title: ").append(quoted(title)).append('\n');
            file.append("date: ").append(date.format(ISO)).append('\n');
            file.append("category: ").append(category).append('\n');
            file.append("tags: [").append(String.join(", ", tags)).append("]\n");
            file.append("author: ").append(author).append('\n');
            if (summary != null) {
                file.append("summary: ").append(quoted(summary)).append('\n');
            }
            file.append("---\n");
        }
        body(random, place, file, TARGET_BYTES - 700 + random.nextInt(1001));
        return file.toString();
    }

    /** 1–4 distinct tags, popular ones more often. */
    static List<String> tags(SplittableRandom random) {
        int count = 1 + random.nextInt(4);
        Set<String> tags = new LinkedHashSet<>();
        while (tags.size() < count) {
            double x = random.nextDouble() * TAG_WEIGHT_SUM;
            int i = 0;
            while (i < TAGS.length - 1 && x >= TAG_WEIGHTS[i]) {
                x -= TAG_WEIGHTS[i];
                i++;
            }
            tags.add(TAGS[i]);
        }
        return new ArrayList<>(tags);
    }

    /** Paragraphs with a heading or two, until the file has about {@code targetBytes} UTF-8 bytes. */
    static void body(SplittableRandom random, String place, StringBuilder file, int targetBytes) {
        int headings = 1 + random.nextInt(2);
        int paragraphs = 0;
        int bytes = utf8Length(file);
        int nextHeading = 2 + random.nextInt(3);
        List<String> usedHeadings = new ArrayList<>();
        while (bytes < targetBytes) {
            if (paragraphs == nextHeading && usedHeadings.size() < headings) {
                String heading = pick(random, HEADINGS);
                while (usedHeadings.contains(heading)) {
                    heading = pick(random, HEADINGS);
                }
                usedHeadings.add(heading);
                String line = "\n## " + heading + "\n";
                file.append(line);
                bytes += utf8Length(line);
                nextHeading = paragraphs + 3 + random.nextInt(3);
            }
            StringBuilder paragraph = new StringBuilder();
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                paragraph.append(sentence(random, random.nextInt(3) == 0 ? pick(random, PLACES) : place));
            }
            String text = random.nextInt(3) > 0 ? wrap(random, paragraph) : paragraph.toString();
            file.append('\n').append(text).append('\n');
            bytes += utf8Length(text) + 2;
            paragraphs++;
        }
    }

    static String sentence(SplittableRandom random, String place) {
        switch (random.nextInt(9)) {
            case 0:
            case 1:
                return pick(random, TIMES) + "，" + place + pick(random, SUBJECTS) + pick(random, VERBS)
                        + pick(random, OBJECTS) + "，" + pick(random, RESULTS) + "。";
            case 2:
                return pick(random, DETAILS) + "。";
            case 3:
                return "“" + pick(random, QUOTES) + "。”" + pick(random, SPEAKERS) + "说。";
            case 4:
                return "据统计，" + pick(random, PERIODS) + place + "累计接待游客" + (2 + random.nextInt(98)) + "万人次，同比增长"
                        + (3 + random.nextInt(40)) + "%。";
            case 5:
                return String.format(pick(random, LATIN_SENTENCES), place);
            case 6:
                return place + "的" + pick(random, OBJECTS) + "由" + pick(random, SUBJECTS) + "牵头推进，"
                        + pick(random, RESULTS) + "。";
            case 7:
                return "下一步，" + pick(random, SUBJECTS) + "还将围绕" + pick(random, OBJECTS) + "和"
                        + pick(random, OBJECTS) + "持续发力，" + pick(random, RESULTS) + "。";
            default:
                return pick(random, DETAILS) + "，" + pick(random, RESULTS) + "。";
        }
    }

    /**
     * Hard-wraps a paragraph as editors do: a newline every 28–46 characters, only between two Han
     * characters, so no line starts with a character Markdown would read as syntax.
     */
    static String wrap(SplittableRandom random, CharSequence paragraph) {
        StringBuilder out = new StringBuilder(paragraph.length() + 16);
        int lineStart = 0;
        int width = 28 + random.nextInt(19);
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (i - lineStart >= width && i > 0 && han(paragraph.charAt(i - 1)) && han(c)) {
                out.append('\n');
                lineStart = i;
                width = 28 + random.nextInt(19);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
