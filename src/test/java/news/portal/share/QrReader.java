package news.portal.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads QR codes back, as a phone would: from the baked SVG path data, or from a screenshot. */
final class QrReader {

    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int PIXELS_PER_MODULE = 4;

    private QrReader() {
    }

    /** Draws {@code path} (as {@link QrCode} writes it) on a {@code size}² grid and decodes the picture. */
    static String decode(int size, String path) {
        return decode(draw(size, path));
    }

    /**
     * As {@link #decode(int, String)}, without {@link DecodeHintType#TRY_HARDER}: the quick first pass a
     * scanner app makes on each camera frame.
     */
    static String decodeQuickly(int size, String path) {
        return decode(draw(size, path), Map.of());
    }

    private static BufferedImage draw(int size, String path) {
        BitMatrix modules = new BitMatrix(size * PIXELS_PER_MODULE);
        Matcher run = RUN.matcher(path);
        int end = 0;
        while (run.find()) {
            if (run.start() != end || !run.group(3).equals(run.group(4))) {
                throw new IllegalArgumentException("not a QR path at " + run.start() + ": " + path);
            }
            end = run.end();
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int width = Integer.parseInt(run.group(3));
            if (x + width > size || y + 1 > size) {
                throw new IllegalArgumentException("run outside the " + size + " grid: " + run.group());
            }
            modules.setRegion(x * PIXELS_PER_MODULE, y * PIXELS_PER_MODULE, width * PIXELS_PER_MODULE,
                    PIXELS_PER_MODULE);
        }
        if (end != path.length()) {
            throw new IllegalArgumentException("not a QR path at " + end + ": " + path);
        }
        return MatrixToImageWriter.toBufferedImage(modules);
    }

    /** Decodes a PNG screenshot. */
    static String decodePng(byte[] png) {
        try {
            return decode(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds and decodes the one QR code in {@code image}, quiet zone and all, without hints of where it is. */
    static String decode(BufferedImage image) {
        return decode(image, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }

    private static String decode(BufferedImage image, Map<DecodeHintType, ?> hints) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new QRCodeReader().decode(bitmap, hints).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found", e);
        } catch (ReaderException e) {
            throw new AssertionError("QR code unreadable", e);
        }
    }
}
