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
 * @param markdown the body; null in a document a {@link ContentLoader} keeps between reading and placing,
 *                 when the body is the rest of its file: the loader reads it from the file again when it
 *                 renders it, so a bake does not hold every source at once (see {@link #withoutBody})
 * @param bodyLine line of the file where the body starts
 * @param lines    the line of each field as written, for messages
 * @param type     JBake's document type: {@code post}, {@code page} or a type of the site's own
 *                 ({@code template.paper.file=paper.ftl} makes {@code paper} one)
 * @param html     the body as HTML when a JBake markup engine rendered it as the file was read (HTML and
 *                 AsciiDoc files, and Markdown on a site without {@code markdown.cjk}); empty when the
 *                 portal's Markdown renders it once the document has its address
 * @param jbake    the fields as JBake's parser gives them to templates (JSON values parsed, tags split),
 *                 empty for a document JBake cannot read (YAML front matter)
 * @param sha1     SHA-1 of the file's bytes, as JBake's {@code content.sha1}
 * @param desk     the portal's placement and sign-off fields ({@code featured}, {@code pin}, {@code editor} …);
 *                 {@link Desk#NONE} on a plain JBake site, which keeps them in {@link #extra}
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
        Map<String, Integer> lines,
        String type,
        Optional<String> html,
        Map<String, Object> jbake,
        String sha1,
        Desk desk) {

    /** The front-matter fields read into the record's own components; every other field goes to {@link #extra}. */
    public static final Set<String> FIELDS = Set.of("title", "date", "updated", "tags", "category", "summary",
            "cover", "author", "source", "slug", "draft", "type", "status");

    /** What a document becomes in the site. */
    public enum Kind {
        /** A dated news article ({@code type: post}, the default): listed, tagged, in feeds. */
        ARTICLE,
        /** A standing page such as 关于我们 ({@code type: page}): linked, never listed by date. */
        PAGE,
        /** A document of a type the site defines ({@code type=paper}): rendered with its own template. */
        OTHER
    }

    public Document {
        tags = List.copyOf(tags);
        extra = Map.copyOf(extra);
        lines = Map.copyOf(lines);
        // a portal document has no JBake fields: one shared empty map rather than one each
        jbake = jbake.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(jbake));
    }

    /** A Markdown document of the portal's, rendered once it has its address. */
    public Document(String file, Kind kind, String title, ZonedDateTime date, boolean dateOnly,
                    Optional<ZonedDateTime> updated, List<String> tags, Optional<String> section,
                    Optional<String> summary, Optional<String> cover, Optional<String> author, Optional<String> source,
                    Optional<String> slug, boolean draft, Map<String, Object> extra, String markdown, int bodyLine,
                    Map<String, Integer> lines) {
        this(file, kind, title, date, dateOnly, updated, tags, section, summary, cover, author, source, slug, draft,
                extra, markdown, bodyLine, lines, kind == Kind.PAGE ? "page" : "post", Optional.empty(), Map.of(), "",
                Desk.NONE);
    }

    /** This document without its Markdown body, which its file still holds. */
    Document withoutBody() {
        return markdown == null ? this : new Document(file, kind, title, date, dateOnly, updated, tags, section,
                summary, cover, author, source, slug, draft, extra, null, bodyLine, lines, type, html, jbake, sha1, desk);
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
