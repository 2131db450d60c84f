package news.portal.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One content file as its editor wrote it, checked but not yet placed in the site.
 *
 * @param file     path below the content folder, with {@code /}, e.g. {@code news/2025/11/a.md}
 * @param kind     article or page
 * @param title    {@code title}
 * @param date     {@code date}, in the site's zone unless written with an offset
 * @param dateOnly whether {@code date} was written without a time of day ({@code 2025-11-20}): pages then
 *                 show the day alone rather than a made-up 00:00
 * @param updated  {@code updated}
 * @param tags     {@code tags}, as written, blanks removed
 * @param section  {@code category}: the 栏目
 * @param summary  {@code summary}
 * @param cover    {@code cover}: an image path or URL as written
 * @param author   {@code author}
 * @param source   {@code source}: the 来源
 * @param slug     {@code slug}
 * @param draft    {@code draft: true}, or JBake's {@code status=draft}
 * @param extra    every other field, under its own name
 * @param markdown the body
 * @param bodyLine line of the file where the body starts
 * @param lines    the line of each field as written, for messages
 */
public record Document(
        String file,
        Kind kind,
        String title,
        ZonedDateTime date,
        boolean dateOnly,
        Optional<ZonedDateTime> updated,
        List<String> tags,
        Optional<String> section,
        Optional<String> summary,
        Optional<String> cover,
        Optional<String> author,
        Optional<String> source,
        Optional<String> slug,
        boolean draft,
        Map<String, Object> extra,
        String markdown,
        int bodyLine,
        Map<String, Integer> lines) {

    /** The front-matter fields read into the record's own components; every other field goes to {@link #extra}. */
    public static final Set<String> FIELDS = Set.of("title", "date", "updated", "tags", "category", "summary",
            "cover", "author", "source", "slug", "draft", "type", "status");

    /** What a document becomes in the site. */
    public enum Kind {
        /** A dated news article ({@code type: post}, the default): listed, tagged, in feeds. */
        ARTICLE,
        /** A standing page such as 关于我们 ({@code type: page}): linked, never listed by date. */
        PAGE
    }

    public Document {
        tags = List.copyOf(tags);
        extra = Map.copyOf(extra);
        lines = Map.copyOf(lines);
    }

    /** When it last changed: {@code updated}, else {@code date}. */
    public ZonedDateTime lastModified() {
        return updated.orElse(date);
    }

    /** The line where {@code field} was written, or 1 (the top of the file) when it was not. */
    public int lineOf(String field) {
        return lines.getOrDefault(field, 1);
    }
}
