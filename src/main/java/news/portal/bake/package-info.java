/**
 * One bake, start to finish: configuration, content, pages, assets, written to a temporary folder that
 * replaces the output only when everything succeeded, so a failed bake leaves the previous site as it was.
 */
package news.portal.bake;
