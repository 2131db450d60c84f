/**
 * Markdown to HTML for Chinese text: flexmark with tables, strikethrough, autolinks, footnotes, fenced
 * code and heading ids; line breaks inside a paragraph joined the way Chinese readers expect; links
 * rewritten by the caller; images with the width and height the caller finds for them, loaded lazily (in
 * the editor's raw HTML too, such as a {@code <figure>} with its caption); a plain-text summary cut at a
 * sentence end; the list of a body's links and images, for the editors' check; and safety: script
 * addresses ({@code javascript:} however spelt) are removed, and raw HTML is kept to an allowlist
 * ({@code markdown.raw_html=safe}) or as written ({@code trusted}), each removal a flaw at its line.
 *
 * <p>{@link news.portal.markdown.MarkdownRenderer} is the entry point; everything else is package-private.
 */
package news.portal.markdown;
