package news.portal.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A PNG file without its text, time and EXIF chunks, losslessly: the chunks that draw the picture (and an
 * animated PNG's frames) stay, byte for byte. Text chunks carry what an editor's software wrote (author,
 * comments, GPS in XMP), and {@code eXIf} the camera's EXIF block.
 */
final class PngChunks {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Ancillary chunks that change how the picture looks, or animate it. */
    private static final Set<String> KEPT = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "bKGD",
            "acTL", "fcTL", "fdAT");

    private PngChunks() {
    }

    static boolean isPng(byte[] bytes) {
        if (bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the PNG is animated (APNG): its frames are kept and it gets no derivatives. */
    static boolean isAnimated(byte[] bytes) throws IOException {
        boolean[] animated = {false};
        walk(bytes, (type, from, to) -> animated[0] |= type.equals("acTL"));
        return animated[0];
    }

    static byte[] stripped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(SIGNATURE, 0, SIGNATURE.length);
        walk(bytes, (type, from, to) -> {
            if (Character.isUpperCase(type.charAt(0)) || KEPT.contains(type)) {
                out.write(bytes, from, to - from);
            }
        });
        return out.toByteArray();
    }

    private interface Visitor {
        /** A chunk of {@code type} at bytes {@code from} (its length field) to {@code to} (after its CRC). */
        void chunk(String type, int from, int to);
    }

    private static void walk(byte[] bytes, Visitor visitor) throws IOException {
        if (!isPng(bytes)) {
            throw new IOException("not a PNG file");
        }
        int at = SIGNATURE.length;
        while (at + 12 <= bytes.length) {
            long length = ((bytes[at] & 0xFFL) << 24) | ((bytes[at + 1] & 0xFF) << 16)
                    | ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
            long end = at + 12 + length;
            if (end > bytes.length) {
                throw new IOException("a chunk runs past the end of the file");
            }
            String type = new String(bytes, at + 4, 4, StandardCharsets.US_ASCII);
            visitor.chunk(type, at, (int) end);
            at = (int) end;
            if (type.equals("IEND")) {
                return;
            }
        }
        throw new IOException("no IEND chunk");
    }
}
