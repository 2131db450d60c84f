/**
 * Splits a content file into its front matter and its body: YAML between {@code ---} lines, or JBake's
 * own {@code key=value} lines ending with {@code ~~~~~~}. Keeps the line of every field so that later
 * checks can point an editor at it; interprets no value (dates and tags are the content model's job).
 */
package news.portal.frontmatter;
