package news.portal.image;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a JPEG's EXIF orientation turns it by a quarter: values 5 to 8 of tag 0x0112 in the first image
 * directory. Reads the segments before the image data only.
 */
final class JpegOrientation {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;
    /** EXIF allows one APP1 segment of at most 64 KB; a camera writes it right after the start marker. */
    private static final int MAX_SEGMENTS = 32;

    private JpegOrientation() {
    }

    static boolean isTurned(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return false;
            }
            for (int i = 0; i < MAX_SEGMENTS; i++) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                    return false; // image data (or garbage) starts: no EXIF before it
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return false;
                }
                byte[] segment = new byte[length];
                in.readFully(segment);
                if (marker == 0xFFE1 && isExif(segment)) {
                    int orientation = orientation(ByteBuffer.wrap(segment, 6, segment.length - 6).slice());
                    return orientation >= 5 && orientation <= 8;
                }
            }
            return false;
        } catch (EOFException e) {
            return false; // a truncated header has no orientation to honour
        }
    }

    private static boolean isExif(byte[] segment) {
        return segment.length > 14 && segment[0] == 'E' && segment[1] == 'x' && segment[2] == 'i'
                && segment[3] == 'f' && segment[4] == 0 && segment[5] == 0;
    }

    /** The orientation in a TIFF structure (the EXIF payload), or 0 when it has none or is malformed. */
    private static int orientation(ByteBuffer tiff) {
        try {
            if (tiff.get(0) == 'I' && tiff.get(1) == 'I') {
                tiff.order(ByteOrder.LITTLE_ENDIAN);
            } else if (tiff.get(0) != 'M' || tiff.get(1) != 'M') {
                return 0;
            }
            int directory = tiff.getInt(4);
            int entries = Short.toUnsignedInt(tiff.getShort(directory));
            for (int i = 0; i < entries; i++) {
                int entry = directory + 2 + 12 * i;
                if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG) {
                    return Short.toUnsignedInt(tiff.getShort(entry + 2)) == SHORT
                            ? Short.toUnsignedInt(tiff.getShort(entry + 8)) : 0;
                }
            }
            return 0;
        } catch (IndexOutOfBoundsException e) {
            return 0; // offsets pointing outside the segment: a broken EXIF block, which browsers ignore too
        }
    }
}
