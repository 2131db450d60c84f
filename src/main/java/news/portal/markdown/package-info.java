/**
 * Markdown to HTML for Chinese text: flexmark with tables, strikethrough, autolinks, footnotes, fenced
 * code and heading ids; line breaks inside a paragraph joined the way Chinese readers expect; links
 * rewritten by the caller; and a plain-text summary cut at a sentence end.
 */
package news.portal.markdown;
