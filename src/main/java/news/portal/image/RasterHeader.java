package news.portal.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * PNG, JPEG and GIF (and whatever else the runtime's {@code javax.imageio} readers know) through the reader
 * that recognises the file, asking only for the first image's width and height: the readers answer that
 * from the header, without decoding a pixel, so a 20 MB photograph costs a few kilobytes of reading.
 */
final class RasterHeader {

    private RasterHeader() {
    }

    static Optional<ImageSizes.Size> read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                boolean jpeg = reader.getFormatName().toLowerCase(Locale.ROOT).contains("jp");
                // a phone stores a portrait photo as landscape pixels plus an EXIF note to turn it; browsers
                // turn it (CSS image-orientation: from-image), so its box must be turned too
                if (jpeg && JpegOrientation.isTurned(file)) {
                    return ImageSizes.sizeOf(height, width);
                }
                return ImageSizes.sizeOf(width, height);
            } catch (IOException | RuntimeException e) {
                // a damaged or truncated file: the browser will not show it either, and the bake goes on
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }
}
