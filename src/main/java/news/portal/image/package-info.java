/**
 * The width and height of the site's own images, read at bake time from the files themselves so that every
 * {@code <img>} can carry them: a browser then reserves the image's box before the image arrives, and the
 * text under it does not jump while a reader has started reading. Only the header of a file is read: PNG,
 * JPEG and GIF through {@code javax.imageio} without decoding pixels (JPEG turned by its EXIF orientation,
 * as browsers show it), WebP from its RIFF header, SVG from the root element's {@code width},
 * {@code height} and {@code viewBox}, parsed with DTDs and external entities off.
 *
 * <p>{@link news.portal.image.ImageSizes} is the entry point; everything else is package-private.
 */
package news.portal.image;
