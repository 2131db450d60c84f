package news.portal.share;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrSegment;

/**
 * A QR code as SVG path data: one rectangle per run of dark modules in a row, on a grid of one unit per
 * module with the four-module quiet zone the standard asks for (phones fail to find a code that touches
 * other marks). One short path keeps each article page small.
 *
 * <p>Drawn with nayuki's qrcodegen, which scores all eight masks as the standard says, as ZXing does, at
 * about half ZXing's cost: a code per article was a fifth of a bake's time. A fixed mask would be cheaper
 * still, but some codes drawn with one fail to scan (see {@code QrCodeTest}).
 */
final class QrCode {

    /** The standard's minimum margin, in modules. */
    static final int QUIET_ZONE = 4;
    /** The ECI assignment number of UTF-8. */
    private static final int UTF_8_ECI = 26;

    private QrCode() {
    }

    /**
     * @param size side of the square, quiet zone included, in modules: the SVG viewBox is
     *             {@code 0 0 size size}
     * @param path the dark modules
     */
    record Drawing(int size, String path) { }

    /** Encodes {@code text} with error correction level M, which survives a smudged phone screen. */
    static Drawing of(String text) {
        // A canonical URL is ASCII; only other text needs UTF-8 declared (an ECI header some scanners ignore).
        List<QrSegment> segments = StandardCharsets.US_ASCII.newEncoder().canEncode(text)
                ? QrSegment.makeSegments(text)
                : List.of(QrSegment.makeEci(UTF_8_ECI), QrSegment.makeBytes(text.getBytes(StandardCharsets.UTF_8)));
        io.nayuki.qrcodegen.QrCode code;
        try {
            // the smallest version that holds the text at level M, the mask chosen by the standard's penalty
            code = io.nayuki.qrcodegen.QrCode.encodeSegments(segments, io.nayuki.qrcodegen.QrCode.Ecc.MEDIUM,
                    io.nayuki.qrcodegen.QrCode.MIN_VERSION, io.nayuki.qrcodegen.QrCode.MAX_VERSION, -1, false);
        } catch (DataTooLongException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
        int width = code.size;
        StringBuilder path = new StringBuilder(width * width);
        for (int y = 0; y < width; y++) {
            int x = 0;
            while (x < width) {
                if (!code.getModule(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && code.getModule(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return new Drawing(width + 2 * QUIET_ZONE, path.toString());
    }
}
