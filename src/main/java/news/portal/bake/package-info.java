/**
 * One bake, start to finish: configuration, content, pages, assets, written to a temporary folder that
 * replaces the output only when everything succeeded, so a failed bake leaves the previous site as it was.
 *
 * <p>{@link news.portal.bake.Baker} is the entry point, {@link news.portal.bake.LiveBake} the preview's;
 * {@link news.portal.bake.Folders} removes scratch folders for the other commands too.
 */
package news.portal.bake;
