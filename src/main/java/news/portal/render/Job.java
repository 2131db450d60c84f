package news.portal.render;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One file to write.
 *
 * @param uri       its path in the output
 * @param kind      the page kind, which picks the template
 * @param model     builds the page's own part of the template model when the page is rendered
 * @param signature what the page shows, cheap to compute and compare: when it equals the signature of the
 *                  previous bake, the page is the same and a preview update skips it; {@code null} for pages
 *                  that are always rendered
 */
record Job(String uri, String kind, Supplier<Map<String, Object>> model, List<Object> signature) { }
