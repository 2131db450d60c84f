package news.portal.content;

/**
 * A tag or a section as the site shows it.
 *
 * @param name as the editor first wrote it
 * @param slug ASCII URL word, unique among terms of its kind
 * @param uri  path of its first listing page, e.g. {@code tags/yuan-jiang.html}
 */
public record Term(String name, String slug, String uri) { }
