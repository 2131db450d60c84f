package news.portal.editor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import news.portal.content.Document;
import news.portal.content.Reading;
import news.portal.frontmatter.Field;
import news.portal.problem.Problem;

/**
 * Tags (or sections) written two ways across the site: {@code AI}, {@code ai} and {@code ＡＩ};
 * {@code 援疆} and {@code "援疆 "}. Read from the front matter as written, before the bake trims and
 * merges them: the bake shows whichever spelling came first, and counts {@code 援 疆} as another tag.
 */
final class Spellings {

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Comparator<Document> OLDEST_FIRST = Comparator
            .comparing(Document::date).thenComparing(Document::file);

    private final Reading reading;
    private final String field;
    private final String label;
    private final List<String> preferred;

    /**
     * @param field     {@code tags} or {@code category}
     * @param label     what editors call it, 标签 or 栏目
     * @param preferred spellings that win whenever they are among the variants ({@code site.sections})
     */
    Spellings(Reading reading, String field, String label, List<String> preferred) {
        this.reading = reading;
        this.field = field;
        this.label = label;
        this.preferred = preferred;
    }

    private record Use(Document document, String written) { }

    List<Finding> findings() {
        Map<String, List<Use>> byKey = new LinkedHashMap<>();
        for (Document document : reading.documents().stream().sorted(OLDEST_FIRST).toList()) {
            for (String written : written(document)) {
                byKey.computeIfAbsent(key(written), k -> new ArrayList<>()).add(new Use(document, written));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Use> uses : byKey.values()) {
            Map<String, List<Use>> spellings = new LinkedHashMap<>();
            uses.forEach(use -> spellings.computeIfAbsent(use.written(), s -> new ArrayList<>()).add(use));
            if (spellings.size() < 2) {
                continue;
            }
            String best = best(spellings);
            Use example = spellings.get(best).get(0);
            String others = spellings.get(best).size() > 1
                    ? reading.shown(example.document()) + " 等 " + spellings.get(best).size() + " 篇"
                    : reading.shown(example.document());
            spellings.forEach((written, users) -> {
                if (written.equals(best)) {
                    return;
                }
                for (Use use : users) {
                    Field where = reading.source(use.document()).field(field);
                    findings.add(Finding.of(new Problem(reading.shown(use.document()), where.line(), field,
                            label + "“" + written + "”和“" + best + "”只差" + difference(written, best)
                                    + "，应是同一个" + label + "。请统一写成“" + best + "”（" + others + "这样写）")));
                }
            });
        }
        return findings;
    }

    /** The spelling of the configured list, else the one most documents use, else the oldest document's. */
    private String best(Map<String, List<Use>> spellings) {
        for (String spelling : spellings.keySet()) {
            if (preferred.contains(spelling)) {
                return spelling;
            }
        }
        String best = null;
        for (Map.Entry<String, List<Use>> entry : spellings.entrySet()) {
            if (best == null || entry.getValue().size() > spellings.get(best).size()) {
                best = entry.getKey();
            }
        }
        return best;
    }

    /** The values as the editor typed them, spaces included; the bake's own reader reports wrong types. */
    private Set<String> written(Document document) {
        Field value = reading.source(document).field(field);
        Set<String> written = new LinkedHashSet<>();
        if (value == null) {
            return written;
        }
        if (value.value() instanceof String text) {
            // one text is split as the bake splits it: 援疆，非遗 or 援疆, 非遗
            // and trimmed as the bake trims it: the space after a comma is no spelling of its own
            for (String part : field.equals("tags") ? text.split("[,，]") : new String[] {text}) {
                written.add(field.equals("tags") ? part.strip() : part);
            }
        } else if (value.value() instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(written::add);
        }
        written.removeIf(String::isBlank);
        return written;
    }

    private static String key(String text) {
        return strip(Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    }

    private static String strip(String text) {
        return SPACE.matcher(text).replaceAll("");
    }

    /** Names each way two spellings differ, leaving the other two ways out of the comparison. */
    private static String difference(String a, String b) {
        List<String> ways = new ArrayList<>();
        if (!strip(a).toLowerCase(Locale.ROOT).equals(strip(b).toLowerCase(Locale.ROOT))) {
            ways.add("全角半角");
        }
        if (!strip(nfkc(a)).equals(strip(nfkc(b)))) {
            ways.add("大小写");
        }
        if (!nfkc(a).toLowerCase(Locale.ROOT).equals(nfkc(b).toLowerCase(Locale.ROOT))) {
            ways.add("空格");
        }
        return String.join("、", ways);
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
