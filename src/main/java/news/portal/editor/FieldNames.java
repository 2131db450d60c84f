package news.portal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import news.portal.content.Desk;
import news.portal.content.Document;
import news.portal.content.Reading;
import news.portal.frontmatter.Field;
import news.portal.frontmatter.Source;
import news.portal.problem.Problem;

/**
 * Field names one or two letters from a known one: {@code draf}, {@code titel}, {@code satus}. The bake
 * keeps every unknown field for the templates (JBake's custom header fields), so it cannot tell a typo
 * from a field of the editor's own, and a misspelt {@code draft} publishes the draft. The check can guess.
 *
 * <p>To leave the editor's own fields alone, a name is suggested a known field only when
 * <ul>
 *   <li>the file does not have that field too ({@code data} beside a {@code date} is a field of its own);
 *   <li>it is one letter from a known field of five letters or fewer ({@code tag}, {@code dates},
 *       {@code tilte}: a swap of neighbours counts as one), or two from a longer one ({@code sumarry});
 *       two letters from a short name are another word ({@code color} is no {@code cover}, {@code name}
 *       no {@code date});
 *   <li>it is not the known field joined to a word by {@code _} or {@code -} ({@code cover_width},
 *       {@code title_en}, {@code og-title}): a bare {@code _draft} or {@code draft_} adds no word and is
 *       still suggested, since a draft flag nobody reads publishes the article.
 * </ul>
 */
final class FieldNames {

    /** Fields the portal reads beyond the model's own: cover sizes for images, alt text and caption for templates. */
    private static final List<String> PORTAL = List.of("cover_width", "cover_height", "cover_alt", "cover_caption");
    /** The header fields JBake 2.7 itself reads ({@code org.jbake.model.ModelAttributes}). */
    private static final List<String> JBAKE = List.of("title", "date", "type", "tags", "status");

    /** In alphabetical order, so that a tie between two suggestions always goes the same way. */
    private static final List<String> KNOWN = known();

    private final Reading reading;

    FieldNames(Reading reading) {
        this.reading = reading;
    }

    private static List<String> known() {
        Set<String> known = new TreeSet<>(Document.FIELDS);
        known.addAll(JBAKE);
        known.addAll(PORTAL);
        known.addAll(Desk.FIELDS);
        return List.copyOf(known);
    }

    /**
     * The known field {@code name} is most likely a misspelling of, if any.
     *
     * @param present every field of the same file
     */
    static Optional<String> suggestion(String name, Set<String> present) {
        if (KNOWN.contains(name)) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String field : KNOWN) {
            if (present.contains(field) || compound(name, field)) {
                continue;
            }
            int allowed = field.length() <= 5 ? 1 : 2;
            int distance = distance(name, field);
            if (distance <= allowed && distance < bestDistance) {
                best = field;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (String file : reading.files()) {
            Optional<Source> source = reading.source(file);
            if (source.isEmpty()) {
                continue;
            }
            Map<String, Field> fields = source.get().fields();
            fields.forEach((name, field) -> suggestion(name, fields.keySet()).ifPresent(right ->
                    findings.add(Finding.of(new Problem(reading.shown(file), field.line(), name,
                            "字段名 " + name + " 可能是 " + right + " 的笔误：拼错的字段不会被读取"
                                    + consequence(right) + "。请改成 " + right + "；如果这是自己加的字段，"
                                    + "请换一个和 " + right + " 区别更明显的名字")))));
        }
        return findings;
    }

    private static String consequence(String field) {
        return switch (field) {
            case "draft", "status" -> "，草稿会被当成正式文章发布";
            case "slug" -> "，文章的地址会变";
            case "date", "title" -> "，文章会因缺少 " + field + " 而无法生成";
            default -> "";
        };
    }

    /** {@code cover_width} for {@code cover}: the known name and another word, joined by _ or -. */
    private static boolean compound(String name, String field) {
        for (char joiner : new char[] {'_', '-'}) {
            if (name.length() > field.length() + 1
                    && (name.startsWith(field + joiner) || name.endsWith(joiner + field))) {
                return true;
            }
        }
        return false;
    }

    /** Edits between two names, a swap of neighbouring letters counting as one (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
