/**
 * The 分享到 widget and the social metadata of an article, all decided at bake time: a share link per
 * service built from a table of URL templates, the WeChat QR code of the canonical URL drawn as SVG path
 * data, Open Graph and Twitter Card values, and the schema.org {@code NewsArticle} as JSON-LD. Nothing here
 * needs a browser script or a third-party request: the page works without JavaScript, and the site's own
 * small {@code share.js} only adds copying the link and the system share sheet.
 *
 * <p>{@link news.portal.share.ShareWidget} is the entry point; everything else is package-private.
 */
package news.portal.share;
