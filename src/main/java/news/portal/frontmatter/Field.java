package news.portal.frontmatter;

/**
 * One front-matter value and where it was written.
 *
 * @param value a {@code String}, a {@code List} or a {@code Map} of such values, or {@code null} when
 *              written empty; scalars stay text exactly as written ({@code 2025-11-28 12:24}, {@code true})
 * @param line  1-based line of the field's key in the file
 */
public record Field(Object value, int line) { }
