/**
 * The site's content as typed, immutable records: documents read strictly from their front matter,
 * published articles with their addresses, tags, sections and months, built once per bake. Nothing here
 * knows about templates; the rendering package turns these records into JBake's model names.
 */
package news.portal.content;
