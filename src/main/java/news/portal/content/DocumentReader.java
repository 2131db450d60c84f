package news.portal.content;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.portal.config.SiteConfig;
import news.portal.frontmatter.Field;
import news.portal.frontmatter.Source;
import news.portal.problem.Problem;

/** Checks a file's front matter field by field and turns it into a {@link Document}. */
final class DocumentReader {

    private static final Set<String> KNOWN = Document.FIELDS;

    /** The publication states JBake 2.7 knows ({@code org.jbake.model.ModelAttributes.Status}), as it spells them. */
    private static final Set<String> STATUSES = Set.of("published", "draft", "published-date");

    private final ZoneId zone;
    private final SiteConfig.Sources sources;

    DocumentReader(ZoneId zone, SiteConfig.Sources sources) {
        this.zone = zone;
        this.sources = sources;
    }

    /**
     * @param displayFile the file as named in messages ({@code content/news/a.md})
     * @param file        the path below the content folder
     * @param problems    receives every problem of this file
     * @return the document, or empty when any problem was found
     */
    Optional<Document> read(String displayFile, String file, Source source, List<Problem> problems) {
        Checker check = new Checker(displayFile, source, problems);
        int before = problems.size();
        Document.Kind kind = check.kind();
        String title = check.required("title").orElse("");
        ZonedDateTime date = check.date("date", true).orElse(null);
        // "2025-11-20" (or a JBake date.format without a time) has no colon and lands on midnight
        boolean dateOnly = date != null && date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                && check.text("date").map(text -> !text.contains(":")).orElse(false);
        Optional<ZonedDateTime> updated = check.date("updated", false);
        List<String> tags = check.tags();
        Optional<String> section = check.text("category");
        Optional<String> summary = check.text("summary");
        Optional<String> cover = check.text("cover");
        Optional<String> author = check.text("author");
        Optional<String> origin = check.text("source");
        Optional<String> slug = check.slug();
        boolean draft = check.draft();
        Map<String, Object> extra = new LinkedHashMap<>();
        source.fields().forEach((key, field) -> {
            if (!KNOWN.contains(key) && field.value() != null) {
                extra.put(key, field.value());
            }
        });
        if (problems.size() > before) {
            return Optional.empty();
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        source.fields().forEach((key, field) -> lines.put(key, field.line()));
        return Optional.of(new Document(file, kind, title, date, dateOnly, updated, tags, section, summary, cover, author,
                origin, slug, draft, extra, source.body(), source.bodyLine(), lines));
    }

    /** Field checks for one file; each adds a problem and returns a neutral value when a field is bad. */
    private final class Checker {
        private final String file;
        private final Source source;
        private final List<Problem> problems;

        Checker(String file, Source source, List<Problem> problems) {
            this.file = file;
            this.source = source;
            this.problems = problems;
        }

        Document.Kind kind() {
            Optional<String> type = text("type");
            String value = type.orElse(source.format() == Source.Format.JBAKE ? sources.defaultType() : "post");
            if (value.isEmpty()) {
                problems.add(new Problem(file, 1, "type",
                        "缺少 type：JBake 格式的文件头需要写 type=post（文章）或 type=page（页面）"));
                return Document.Kind.ARTICLE;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "post", "article" -> Document.Kind.ARTICLE;
                case "page" -> Document.Kind.PAGE;
                default -> {
                    problem("type", "type 应为 post（文章）或 page（页面），现在是“" + value + "”");
                    yield Document.Kind.ARTICLE;
                }
            };
        }

        Optional<String> required(String key) {
            Field field = source.field(key);
            if (field == null || field.value() == null) {
                problems.add(new Problem(file, field == null ? 1 : field.line(), key, "缺少必填字段 " + key));
                return Optional.empty();
            }
            boolean text = field.value() instanceof String;
            Optional<String> value = text(key);
            if (text && value.isEmpty()) {
                problem(key, key + " 不能为空");
            }
            return value;
        }

        Optional<String> text(String key) {
            Field field = source.field(key);
            if (field == null || field.value() == null) {
                return Optional.empty();
            }
            if (!(field.value() instanceof String value)) {
                problem(key, key + " 应为一段文字，不能是列表或多个字段");
                return Optional.empty();
            }
            String stripped = value.strip();
            return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
        }

        Optional<ZonedDateTime> date(String key, boolean required) {
            Optional<String> text = required ? required(key) : text(key);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Dates.parse(text.get(), zone, sources.jbakeDateFormat()));
            } catch (IllegalArgumentException e) {
                problem(key, e.getMessage());
                return Optional.empty();
            }
        }

        List<String> tags() {
            Field field = source.field("tags");
            if (field == null || field.value() == null) {
                return List.of();
            }
            List<String> tags = new ArrayList<>();
            if (field.value() instanceof String text) {
                for (String tag : text.split("[,，]")) {
                    tags.add(tag);
                }
            } else if (field.value() instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof String tag) {
                        tags.add(tag);
                    } else {
                        problem("tags", "tags 的第 " + (i + 1) + " 项应为一个词，不能是列表或“键: 值”");
                    }
                }
            } else {
                problem("tags", "tags 应为列表，如 [援疆, 非遗]，或用逗号分隔的文字，如 援疆，非遗");
            }
            return tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        }

        Optional<String> slug() {
            Optional<String> slug = text("slug");
            if (slug.isPresent() && !Slugs.VALID.matcher(slug.get()).matches()) {
                problem("slug", "slug 只能由小写英文字母、数字和连字符组成，如 gu-cheng-ye-you，现在是“"
                        + slug.get() + "”");
                return Optional.empty();
            }
            return slug;
        }

        boolean draft() {
            boolean draftStatus = status();
            Optional<String> draft = text("draft");
            if (draft.isEmpty()) {
                return draftStatus;
            }
            return switch (draft.get().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> draftStatus;
                default -> {
                    problem("draft", "draft 应为 true 或 false，现在是“" + draft.get() + "”");
                    yield true;
                }
            };
        }

        /**
         * Whether {@code status} makes a draft. JBake knows exactly three values and compares them as written,
         * so {@code Draft} is no draft there; anything else it renders yet lists nowhere. A misspelt status
         * must not publish an article, so every other value is refused. {@code published-date} is JBake's
         * "published once its date has come", which is what this site does with every published article.
         */
        private boolean status() {
            Optional<String> status = text("status");
            boolean fromDefault = status.isEmpty() && source.format() == Source.Format.JBAKE;
            String value = fromDefault ? sources.defaultStatus().strip() : status.orElse("");
            if (value.isEmpty() || STATUSES.contains(value)) {
                return value.equals("draft");
            }
            String allowed = "status 只能是 published（发布）、draft（草稿）或 published-date（到日期后发布）";
            String lowerCase = STATUSES.contains(value.toLowerCase(Locale.ROOT))
                    ? "。JBake 区分大小写，请写成小写的 " + value.toLowerCase(Locale.ROOT) : "";
            if (fromDefault) {
                problems.add(new Problem(file, 1, "status", "文件头没有写 status，而 jbake.properties 的 default.status 是“"
                        + value + "”：" + allowed + lowerCase + "。请改正 default.status，或在文件头写上 status=published"));
            } else {
                problem("status", allowed + "，现在是“" + value + "”" + lowerCase);
            }
            return true;
        }

        private void problem(String key, String message) {
            Field field = source.field(key);
            problems.add(new Problem(file, field == null ? 1 : field.line(), key, message));
        }
    }
}
