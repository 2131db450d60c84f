/**
 * Media types of the files a site is made of, shared by the preview server and deploy so that a page is
 * served on an editor's machine with the same {@code Content-Type} the bucket will give it.
 */
package news.portal.media;
