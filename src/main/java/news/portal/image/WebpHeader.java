package news.portal.image;

import java.util.Optional;

/**
 * WebP, which {@code javax.imageio} cannot read, from the first chunk after its RIFF header (RFC 9649):
 * {@code VP8 } (lossy) keeps 14-bit width and height in its key frame header, {@code VP8L} (lossless)
 * packs width − 1 and height − 1 into 14 bits each, and {@code VP8X} (extended: alpha, animation,
 * metadata) gives the canvas as 24-bit width − 1 and height − 1.
 */
final class WebpHeader {

    private WebpHeader() {
    }

    /** Whether {@code header}, a file's first bytes, starts a WebP file. */
    static boolean isWebp(byte[] header) {
        return header.length >= 16 && ascii(header, 0, "RIFF") && ascii(header, 8, "WEBP");
    }

    /** @param header at least the first 30 bytes of a WebP file */
    static Optional<ImageSizes.Size> read(byte[] header) {
        if (header.length < 30) {
            return Optional.empty();
        }
        if (ascii(header, 12, "VP8 ")) {
            // frame tag (3 bytes), then the key frame start code 9d 01 2a
            if ((header[23] & 0xFF) != 0x9D || (header[24] & 0xFF) != 0x01 || (header[25] & 0xFF) != 0x2A) {
                return Optional.empty();
            }
            return ImageSizes.sizeOf(little(header, 26, 2) & 0x3FFF, little(header, 28, 2) & 0x3FFF);
        }
        if (ascii(header, 12, "VP8L")) {
            if ((header[20] & 0xFF) != 0x2F) {
                return Optional.empty();
            }
            long bits = little(header, 21, 4);
            return ImageSizes.sizeOf((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (ascii(header, 12, "VP8X")) {
            return ImageSizes.sizeOf(little(header, 24, 3) + 1, little(header, 27, 3) + 1);
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (bytes[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long little(byte[] bytes, int at, int count) {
        long value = 0;
        for (int i = count - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[at + i] & 0xFF);
        }
        return value;
    }
}
