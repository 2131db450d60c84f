package news.portal.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A JPEG file as its marker segments up to the first scan, and the scans after them. What lies after the
 * end-of-image marker is not part of the picture: phones append a second JPEG there (a depth map, a gain
 * map, the "multi-picture" preview), each with its own EXIF block and GPS position, so it is cut off.
 */
final class JpegSegments {

    /** A segment: its marker's second byte (0xE1 for APP1) and the bytes after its length field. */
    record Segment(int marker, byte[] payload) { }

    static final int APP0 = 0xE0;
    static final int APP1 = 0xE1;
    static final int APP2 = 0xE2;
    static final int APP14 = 0xEE;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;

    final List<Segment> segments;
    /** From the first start-of-scan marker through the end-of-image marker. */
    final byte[] scans;

    private JpegSegments(List<Segment> segments, byte[] scans) {
        this.segments = segments;
        this.scans = scans;
    }

    /** @throws IOException when {@code bytes} is no JPEG this can take apart */
    static JpegSegments parse(byte[] bytes) throws IOException {
        if (bytes.length < 4 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8) {
            throw new IOException("not a JPEG file");
        }
        List<Segment> segments = new ArrayList<>();
        int at = 2;
        while (at + 4 <= bytes.length) {
            if ((bytes[at] & 0xFF) != 0xFF) {
                throw new IOException("no marker at byte " + at);
            }
            int marker = bytes[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte before a marker
                continue;
            }
            if (marker == SOS) {
                int end = endOfImage(bytes, at);
                byte[] scans = new byte[end - at];
                System.arraycopy(bytes, at, scans, 0, scans.length);
                return new JpegSegments(segments, scans);
            }
            int length = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > bytes.length) {
                throw new IOException("a segment runs past the end of the file");
            }
            byte[] payload = new byte[length - 2];
            System.arraycopy(bytes, at + 4, payload, 0, payload.length);
            segments.add(new Segment(marker, payload));
            at += 2 + length;
        }
        throw new IOException("no image data");
    }

    /**
     * The end of the first image: in entropy-coded data every 0xFF byte is followed by 0x00 or a marker,
     * so the first FF D9 after the scans begin ends the image.
     */
    private static int endOfImage(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == EOI) {
                return i + 2;
            }
        }
        return bytes.length; // a truncated file: decoders show what there is
    }

    /** The EXIF block's TIFF structure (after "Exif\0\0"), or null without one. */
    byte[] exif() {
        for (Segment segment : segments) {
            byte[] p = segment.payload();
            if (segment.marker() == APP1 && p.length > 14 && p[0] == 'E' && p[1] == 'x' && p[2] == 'i' && p[3] == 'f'
                    && p[4] == 0 && p[5] == 0) {
                byte[] tiff = new byte[p.length - 6];
                System.arraycopy(p, 6, tiff, 0, tiff.length);
                return tiff;
            }
        }
        return null;
    }

    /** Whether an ICC profile is embedded: its colours need converting to sRGB. */
    boolean hasIcc() {
        return segments.stream().anyMatch(s -> s.marker() == APP2 && startsWith(s.payload(), "ICC_PROFILE"));
    }

    /** Whether the frame has four components (CMYK or YCCK), which browsers show inconsistently. */
    boolean isCmyk() {
        for (Segment segment : segments) {
            int m = segment.marker();
            boolean frame = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
            if (frame && segment.payload().length > 5) {
                return (segment.payload()[5] & 0xFF) == 4;
            }
        }
        return false;
    }

    /**
     * The same picture, losslessly, with only what decoding needs: tables, frame, scans, the JFIF header
     * and Adobe's colour transform flag. Every other application segment (EXIF with GPS and serial numbers,
     * XMP, IPTC, maker notes, FlashPix, multi-picture index) and every comment is left out.
     *
     * @param exif a new APP1 payload to write after the JFIF header, or null for none
     */
    byte[] stripped(byte[] exif) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(scans.length + 1024);
        out.write(0xFF);
        out.write(0xD8);
        boolean exifWritten = exif == null;
        for (Segment segment : segments) {
            int m = segment.marker();
            boolean app = m >= 0xE0 && m <= 0xEF;
            if (m == 0xFE || app && m != APP0 && m != APP14) {
                continue;
            }
            if (!exifWritten && m != APP0) {
                write(out, APP1, exif);
                exifWritten = true;
            }
            write(out, m, segment.payload());
        }
        if (!exifWritten) {
            write(out, APP1, exif);
        }
        out.write(scans, 0, scans.length);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
    }

    private static boolean startsWith(byte[] bytes, String text) {
        byte[] prefix = text.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < prefix.length) {
            return false;
        }
        return ByteBuffer.wrap(bytes, 0, prefix.length).order(ByteOrder.BIG_ENDIAN)
                .equals(ByteBuffer.wrap(prefix));
    }
}
