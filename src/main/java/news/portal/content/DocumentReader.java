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

    /** Page kinds JBake configures with {@code template.X.file} that are not document types. */
    private static final Set<String> PAGE_KINDS = Set.of("masterindex", "feed", "archive", "tag", "tagsindex",
            "sitemap", "error404", "archivemonth", "section", "sitemapindex", "newssitemap", "atom", "robots");

    private final ZoneId zone;
    private final SiteConfig.Sources sources;
    private final boolean portal;
    /** Document types the site has templates for: post, page and its own ({@code template.paper.file}). */
    private final Set<String> types;

    DocumentReader(SiteConfig config) {
        this(config.identity().zone(), config.sources(), config.conventions().portal(), typesOf(config));
    }

    /** A reader with the portal's rules and JBake's two document types, for tests of single fields. */
    DocumentReader(ZoneId zone, SiteConfig.Sources sources) {
        this(zone, sources, true, Set.of("post", "page"));
    }

    private DocumentReader(ZoneId zone, SiteConfig.Sources sources, boolean portal, Set<String> types) {
        this.zone = zone;
        this.sources = sources;
        this.portal = portal;
        this.types = types;
    }

    private static Set<String> typesOf(SiteConfig config) {
        Set<String> known = new java.util.TreeSet<>(Set.of("post", "page"));
        for (String key : config.raw().keySet()) {
            if (key.startsWith("template_") && key.endsWith("_file")) {
                String type = key.substring("template_".length(), key.length() - "_file".length());
                if (!type.isEmpty() && !type.contains("_") && !PAGE_KINDS.contains(type)) {
                    known.add(type);
                }
            }
        }
        return java.util.Collections.unmodifiableSet(known);
    }

    /**
     * What a file brings beside its front matter.
     *
     * @param html     its body as a JBake engine rendered it, or empty for the portal's Markdown
     * @param jbake    its fields as JBake's parser gives them, or empty
     * @param sha1     SHA-1 of its bytes
     * @param modified when it was last changed: the date of a page without one, as in JBake
     */
    record Extras(Optional<String> html, Map<String, Object> jbake, String sha1, java.time.Instant modified) {

        static final Extras NONE = new Extras(Optional.empty(), Map.of(), "", java.time.Instant.EPOCH);
    }

    /**
     * @param displayFile the file as named in messages ({@code content/news/a.md})
     * @param file        the path below the content folder
     * @param problems    receives every problem of this file
     * @return the document, or empty when any problem was found
     */
    Optional<Document> read(String displayFile, String file, Source source, List<Problem> problems) {
        return read(displayFile, file, source, problems, Extras.NONE);
    }

    Optional<Document> read(String displayFile, String file, Source source, List<Problem> problems, Extras extras) {
        // this file's own problems: files are read in parallel into one shared list, and another file's
        // problem must not make this one look broken (it was then dropped without a word)
        List<Problem> own = new ArrayList<>();
        Optional<Document> document = readAlone(displayFile, file, source, own, extras);
        problems.addAll(own);
        return document;
    }

    /** Reads one file; {@code problems} holds this file's problems only, so any added means it is broken. */
    private Optional<Document> readAlone(String displayFile, String file, Source source, List<Problem> problems,
                                         Extras extras) {
        Checker check = new Checker(displayFile, source, problems);
        int before = problems.size();
        String type = check.type();
        Document.Kind kind = switch (type) {
            case "post" -> Document.Kind.ARTICLE;
            case "page" -> Document.Kind.PAGE;
            default -> Document.Kind.OTHER;
        };
        String title = check.required("title").orElse("");
        String status = check.status();
        // JBake dates a document without a date by its file; a published post without one is an error here,
        // not today's news. A draft of a JBake site may go without one until it is published.
        boolean needsDate = portal || source.field("date") != null
                || (kind == Document.Kind.ARTICLE && !status.equals("draft"));
        ZonedDateTime date = needsDate ? check.date("date", true).orElse(null)
                : extras.modified().atZone(zone);
        // "2025-11-20" (or a JBake date.format without a time) has no colon and lands on midnight
        boolean dateOnly = date != null && date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                && source.field("date") != null && source.field("date").value() instanceof String text
                && !text.contains(":");
        Optional<ZonedDateTime> updated = check.date("updated", false);
        List<String> tags = check.tags();
        Optional<String> section = check.text("category");
        Optional<String> summary = check.text("summary");
        Optional<String> cover = check.text("cover");
        Optional<String> author = check.text("author");
        Optional<String> origin = check.text("source");
        Optional<String> slug = check.slug();
        boolean draft = status.equals("draft");
        Map<String, Object> extra = new LinkedHashMap<>();
        // the desk's fields are the portal's; a plain JBake site keeps them as custom fields of its own
        Desk desk = portal ? check.desk() : Desk.NONE;
        source.fields().forEach((key, field) -> {
            if (!KNOWN.contains(key) && !(portal && Desk.FIELDS.contains(key)) && field.value() != null) {
                extra.put(key, field.value());
            }
        });
        if (problems.size() > before) {
            return Optional.empty();
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        source.fields().forEach((key, field) -> lines.put(key, field.line()));
        Map<String, Object> jbake = new LinkedHashMap<>(extras.jbake());
        jbake.put("status", status);
        return Optional.of(new Document(file, kind, title, date, dateOnly, updated, tags, section, summary, cover, author,
                origin, slug, draft, extra, source.body(), source.bodyLine(), lines, type, extras.html(), jbake,
                extras.sha1(), desk));
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

        /** JBake's {@code type}: post, page, or one the site has a {@code template.TYPE.file} for. */
        String type() {
            Optional<String> written = text("type");
            String value = written.orElse(source.format() == Source.Format.JBAKE ? sources.defaultType() : "post");
            if (value.isEmpty()) {
                problems.add(new Problem(file, 1, "type",
                        "缺少 type：JBake 格式的文件头需要写 type=post（文章）或 type=page（页面）"));
                return "post";
            }
            String type = value.toLowerCase(Locale.ROOT);
            if (portal && type.equals("article")) {
                return "post";
            }
            if (!types.contains(type)) {
                problem("type", "不认识的 type“" + value + "”：应为 " + String.join("、", types)
                        + "；自定义类型需要在 jbake.properties 里配置模板，如 template." + type + ".file=" + type + ".ftl");
                return "post";
            }
            return type;
        }

        /**
         * JBake's {@code status}: {@code published}, {@code draft}, or {@code published-date} (published once
         * its date has come). A misspelt status must not publish an article, so anything else is an error.
         * {@code draft: true} of the portal's front matter makes a draft whatever the status says.
         */
        String status() {
            Optional<String> written = text("status");
            boolean fromDefault = written.isEmpty() && source.format() == Source.Format.JBAKE;
            String status = fromDefault ? sources.defaultStatus().strip() : written.orElse("published");
            if (!STATUSES.contains(status)) {
                String allowed = "status 只能是 published（发布）、draft（草稿）或 published-date（到日期后发布）";
                String lowerCase = STATUSES.contains(status.toLowerCase(Locale.ROOT))
                        ? "。JBake 区分大小写，请写成小写的 " + status.toLowerCase(Locale.ROOT) : "";
                if (fromDefault) {
                    problems.add(new Problem(file, 1, "status", "文件头没有写 status，而 jbake.properties 的 default.status 是“"
                            + status + "”：" + allowed + lowerCase + "。请改正 default.status，或在文件头写上 status=published"));
                } else {
                    problem("status", allowed + "，现在是“" + status + "”" + lowerCase);
                }
                status = "draft";
            }
            Optional<String> draft = text("draft");
            if (draft.isEmpty()) {
                return status;
            }
            return switch (draft.get().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> "draft";
                case "false", "no" -> status;
                default -> {
                    problem("draft", "draft 应为 true 或 false，现在是“" + draft.get() + "”");
                    yield "draft";
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
            Field field = source.field(key);
            if (field != null && field.value() instanceof java.util.Date parsed) {
                // an AsciiDoc revision date, which JBake's AsciiDoc engine has parsed already
                return Optional.of(parsed.toInstant().atZone(zone));
            }
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

        /** The portal's placement fields, each checked; a bad one is an error, as a misspelt flag would mislead the desk. */
        Desk desk() {
            boolean featured = flag("featured");
            boolean pinned = flag("pin");
            Optional<ZonedDateTime> until = date("pin_until", false);
            if (until.isPresent() && !pinned) {
                problem("pin_until", "pin_until 只对置顶文章有效：请同时写上 pin: true，或删去 pin_until");
            }
            Optional<String> sourceUrl = text("source_url");
            if (sourceUrl.isPresent() && !sourceUrl.get().matches("(?i)https?://[^\\s/?#]+[^\\s]*")) {
                problem("source_url", "source_url 应为 http:// 或 https:// 开头的网址，如 https://www.example.cn/a.html，现在是“"
                        + sourceUrl.get() + "”");
                sourceUrl = Optional.empty();
            }
            return new Desk(featured, pinned, until, text("editor"), text("original_title"), sourceUrl);
        }

        /** A yes-or-no field: {@code true} or {@code false} (also {@code yes}/{@code no}); absent is no. */
        private boolean flag(String key) {
            Optional<String> value = text(key);
            if (value.isEmpty()) {
                return false;
            }
            return switch (value.get().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> {
                    problem(key, key + " 应为 true 或 false，现在是“" + value.get() + "”");
                    yield false;
                }
            };
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

        private void problem(String key, String message) {
            Field field = source.field(key);
            problems.add(new Problem(file, field == null ? 1 : field.line(), key, message));
        }
    }
}
