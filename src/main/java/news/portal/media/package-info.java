/**
 * What the site's files are: media types, shared by the preview server and deploy so that a page is
 * served on an editor's machine with the same {@code Content-Type} the bucket will give it
 * ({@link news.portal.media.ContentTypes}), and the sizes of images, read from their headers
 * ({@link news.portal.media.ImageSizes}).
 */
package news.portal.media;
