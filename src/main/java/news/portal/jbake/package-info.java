/**
 * JBake compatibility: content read and rendered by jbake-core's own markup engines, and the part of
 * JBake's template model that templates call ({@code db}, {@code data}).
 *
 * <p>{@link news.portal.jbake.JBakeEngines} is the entry type. {@link news.portal.jbake.ContentStoreView}
 * and {@link news.portal.jbake.DataFiles} are public only because Freemarker calls their methods from
 * templates, as JBake's templates call {@code db.getPublishedPosts()} and {@code data.get("x.yaml")}.
 */
package news.portal.jbake;
