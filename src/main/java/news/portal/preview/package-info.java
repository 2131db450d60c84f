/**
 * Local preview for editors: a small HTTP server on the loopback interface that serves a live bake,
 * watches the site's folders, rebuilds only what changed, reloads open pages by Server-Sent Events and
 * shows problems over the page until they are fixed. Nothing of it reaches the baked site.
 */
package news.portal.preview;
