package news.portal.media;

/**
 * The intrinsic size of an image in CSS pixels, for the {@code width} and {@code height} attributes that
 * let a browser reserve the space before the image arrives (no layout shift while a reader scrolls).
 *
 * @param width  in pixels, at least 1
 * @param height in pixels, at least 1
 */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
    }
}
