/**
 * Writes the site's pages: the content model turned into JBake's template model names, Freemarker with
 * escaping on, every page kind planned up front and rendered on all cores. Each page depends on the model
 * alone, so the output is the same byte for byte whatever the number of threads.
 */
package news.portal.render;
