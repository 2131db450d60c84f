package news.portal.share;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * A QR code as SVG path data: one rectangle per run of dark modules in a row, on a grid of one unit per
 * module with the four-module quiet zone the standard asks for (phones fail to find a code that touches
 * other marks). One short path keeps each article page small.
 */
final class QrCode {

    /** The standard's minimum margin, in modules. */
    static final int QUIET_ZONE = 4;

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
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        // A canonical URL is ASCII; only other text needs UTF-8 declared (an ECI header some scanners ignore).
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
        StringBuilder path = new StringBuilder(matrix.getWidth() * matrix.getHeight());
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (matrix.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y) == 1) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return new Drawing(matrix.getWidth() + 2 * QUIET_ZONE, path.toString());
    }
}
