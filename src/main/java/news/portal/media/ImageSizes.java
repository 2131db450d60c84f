package news.portal.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the sizes of a site's images from the files themselves, reading only their headers: PNG, JPEG,
 * GIF and BMP through ImageIO, WebP from its RIFF header, SVG from its {@code width}/{@code height} or
 * {@code viewBox}. Remembers each file's size until the file changes, so an image shown on a thousand
 * pages is read once. Thread-safe.
 */
public final class ImageSizes {

    private record Known(long modified, long bytes, Optional<ImageSize> size) { }

    private final List<Path> roots;
    private final Map<Path, Known> known = new ConcurrentHashMap<>();

    /** @param roots the folders a site path is looked up in, in order (the asset folder, then content) */
    public ImageSizes(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /**
     * The size of the image at a site path such as {@code images/a.png}; empty when no root has the file,
     * or it is not an image this class reads, or its header is broken (the page then simply has no size
     * for it, as before).
     */
    public Optional<ImageSize> of(String sitePath) {
        if (sitePath.isEmpty() || sitePath.contains("..") || sitePath.startsWith("/")) {
            return Optional.empty();
        }
        for (Path root : roots) {
            Path file = root.resolve(sitePath).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                return read(file);
            }
        }
        return Optional.empty();
    }

    private Optional<ImageSize> read(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        long modified = attributes.lastModifiedTime().toMillis();
        Known last = known.get(file);
        if (last != null && last.modified() == modified && last.bytes() == attributes.size()) {
            return last.size();
        }
        Optional<ImageSize> size = measure(file);
        known.put(file, new Known(modified, attributes.size(), size));
        return size;
    }

    static Optional<ImageSize> measure(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                return SvgSize.read(file);
            }
            if (name.endsWith(".webp")) {
                return WebpSize.read(file);
            }
            return raster(file);
        } catch (IOException | RuntimeException e) {
            // a damaged or unusual file: the page goes without a size for it rather than failing the bake
            return Optional.empty();
        }
    }

    private static Optional<ImageSize> raster(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            if (stream == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        }
    }
}
