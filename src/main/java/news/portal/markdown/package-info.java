/**
 * Markdown to HTML for Chinese text: flexmark with tables, strikethrough, autolinks, footnotes, fenced
 * code and heading ids; line breaks inside a paragraph joined the way Chinese readers expect; links
 * rewritten by the caller; images with the width and height the caller finds for them, loaded lazily; and
 * a plain-text summary cut at a sentence end.
 *
 * <p>{@link news.portal.markdown.MarkdownRenderer} is the entry point; everything else is package-private.
 */
package news.portal.markdown;
