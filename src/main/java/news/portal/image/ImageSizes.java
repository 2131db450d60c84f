package news.portal.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The size of image files, each file read once for as long as it does not change. A site shows the same
 * image on many pages, and a preview renders the same articles again after every edit, so a size is kept
 * with the file's modification time and length and read again only when either changes. Thread-safe: one
 * instance serves every thread of a bake.
 */
public final class ImageSizes {

    /** Bytes at the start of a file that tell WebP apart and hold its size. */
    private static final int HEADER_BYTES = 30;

    private final Map<Path, Entry> cache = new ConcurrentHashMap<>();

    /**
     * An image's intrinsic size in CSS pixels, as a browser lays it out before it has loaded.
     *
     * @param width  at least 1
     * @param height at least 1
     */
    public record Size(int width, int height) {

        public Size {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("an image size is at least 1×1: " + width + "×" + height);
            }
        }
    }

    private record Entry(FileTime modified, long length, Optional<Size> size) { }

    /**
     * The size of the image in {@code file}. Empty when the file is missing, cannot be read, or is in a
     * format this reader does not know (AVIF, say), or is an SVG that states no size; the page then shows
     * the image without width and height, as it did before. None of these is an editor's mistake the bake
     * should stop for: a missing file is reported by the caller, which knows the article and line.
     */
    public Optional<Size> of(Path file) {
        BasicFileAttributes stamp;
        try {
            stamp = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            cache.remove(file);
            return Optional.empty();
        }
        Entry entry = cache.get(file);
        if (entry != null && entry.modified().equals(stamp.lastModifiedTime()) && entry.length() == stamp.size()) {
            return entry.size();
        }
        Optional<Size> size = read(file);
        cache.put(file, new Entry(stamp.lastModifiedTime(), stamp.size(), size));
        return size;
    }

    private static Optional<Size> read(Path file) {
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".svg")) {
                return SvgSize.read(file);
            }
            byte[] header;
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(HEADER_BYTES);
            }
            if (WebpHeader.isWebp(header)) {
                return WebpHeader.read(header);
            }
            return RasterHeader.read(file);
        } catch (IOException e) {
            // a file that vanished or cannot be read between the check and here; see of()
            return Optional.empty();
        }
    }

    /** A size from numbers read out of a file, when they make one. */
    static Optional<Size> sizeOf(long width, long height) {
        return width >= 1 && height >= 1 && width <= Integer.MAX_VALUE && height <= Integer.MAX_VALUE
                ? Optional.of(new Size((int) width, (int) height)) : Optional.empty();
    }
}
