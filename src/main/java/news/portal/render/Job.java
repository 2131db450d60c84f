package news.portal.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One file to write.
 *
 * @param uri   its path in the output
 * @param kind  the page kind, which picks the template
 * @param model builds the page's own part of the template model when the page is rendered
 */
record Job(String uri, String kind, Supplier<Map<String, Object>> model) { }
