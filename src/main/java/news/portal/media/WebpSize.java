package news.portal.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The size in a WebP file's header (RIFF container; lossy VP8, lossless VP8L or extended VP8X). */
final class WebpSize {

    private WebpSize() {
    }

    static Optional<ImageSize> read(Path file) throws IOException {
        byte[] h = new byte[30];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(h, 0, h.length) < h.length) {
                return Optional.empty();
            }
        }
        if (!ascii(h, 0, "RIFF") || !ascii(h, 8, "WEBP")) {
            return Optional.empty();
        }
        if (ascii(h, 12, "VP8X")) {
            // 24-bit canvas width and height, each stored minus one
            return size(1 + u24(h, 24), 1 + u24(h, 27));
        }
        if (ascii(h, 12, "VP8L") && (h[20] & 0xff) == 0x2f) {
            int bits = (h[21] & 0xff) | (h[22] & 0xff) << 8 | (h[23] & 0xff) << 16 | (h[24] & 0xff) << 24;
            return size(1 + (bits & 0x3fff), 1 + (bits >>> 14 & 0x3fff));
        }
        if (ascii(h, 12, "VP8 ") && (h[23] & 0xff) == 0x9d && (h[24] & 0xff) == 0x01 && (h[25] & 0xff) == 0x2a) {
            // after the key frame's start code: 14-bit width and height, two scale bits above each
            return size(u16(h, 26) & 0x3fff, u16(h, 28) & 0x3fff);
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> size(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (bytes[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }
}
