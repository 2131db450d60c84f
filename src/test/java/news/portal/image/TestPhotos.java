package news.portal.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.IFD;
import com.twelvemonkeys.imageio.metadata.tiff.Rational;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;

/**
 * Photographs made for tests, as a phone writes them: a scene with gradients, shapes and sensor noise (so
 * that codecs work as on a real photo), in a JPEG with an EXIF block holding a GPS position, the camera's
 * make, model and serial number, a maker note, the orientation and the copyright fields.
 */
public final class TestPhotos {

    public static final String ARTIST = "记者 王小明";
    public static final String COPYRIGHT = "(c) 山海文旅网";
    public static final String SERIAL = "SN-20261207-0042";

    private TestPhotos() {
    }

    /** A scene of {@code width}×{@code height} pixels; {@code seed} varies it. */
    public static BufferedImage scene(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random random = new Random(seed);
        // sky and ground
        g.setPaint(new GradientPaint(0, 0, new Color(90, 150, 220), 0, height * 0.6f, new Color(230, 200, 170)));
        g.fillRect(0, 0, width, height);
        g.setPaint(new GradientPaint(0, height * 0.6f, new Color(70, 110, 50), 0, height, new Color(40, 60, 30)));
        g.fillRect(0, (int) (height * 0.6), width, height);
        // hills, houses, lanterns
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(120), 80 + random.nextInt(100), random.nextInt(120), 200));
            int x = random.nextInt(width);
            int r = width / 8 + random.nextInt(width / 5);
            g.fillOval(x - r, (int) (height * 0.55) - r / 3, 2 * r, r);
        }
        for (int i = 0; i < 30; i++) {
            g.setColor(new Color(150 + random.nextInt(100), random.nextInt(80), random.nextInt(60)));
            int s = Math.max(4, width / 60 + random.nextInt(Math.max(1, width / 40)));
            g.fillRoundRect(random.nextInt(width), (int) (height * (0.3 + 0.5 * random.nextDouble())), s, s * 3 / 2, s / 3, s / 3);
        }
        g.dispose();
        // sensor noise and fine texture: what makes a photo cost bytes
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = (int) (random.nextGaussian() * 6);
                int texture = ((x * 7 + y * 13) % 17) - 8;
                int rgb = row[x];
                int r = clamp(((rgb >> 16) & 0xFF) + n + texture / 2);
                int gr = clamp(((rgb >> 8) & 0xFF) + n);
                int b = clamp((rgb & 0xFF) + n - texture / 2);
                row[x] = (r << 16) | (gr << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /**
     * A phone's EXIF block: GPS 39.9042 N 116.4074 E, make, model, serial, maker note, orientation,
     * Artist and Copyright. As an APP1 payload, "Exif\0\0" first.
     */
    public static byte[] phoneExif(int orientation) throws IOException {
        List<Entry> gps = List.of(
                new TIFFEntry(0x0000, TIFF.TYPE_BYTE, new byte[] {2, 3, 0, 0}),
                new TIFFEntry(0x0001, TIFF.TYPE_ASCII, "N"),
                new TIFFEntry(0x0002, TIFF.TYPE_RATIONAL, new Rational[] {new Rational(39), new Rational(54), new Rational(1512, 100)}),
                new TIFFEntry(0x0003, TIFF.TYPE_ASCII, "E"),
                new TIFFEntry(0x0004, TIFF.TYPE_RATIONAL, new Rational[] {new Rational(116), new Rational(24), new Rational(2664, 100)}));
        List<Entry> exif = List.of(
                new TIFFEntry(0x927C, TIFF.TYPE_UNDEFINED, "Apple iOS maker note, face regions".getBytes(StandardCharsets.US_ASCII)),
                new TIFFEntry(0xA431, TIFF.TYPE_ASCII, SERIAL),
                new TIFFEntry(0xA432, TIFF.TYPE_RATIONAL, new Rational[] {new Rational(24), new Rational(24), new Rational(18, 10), new Rational(18, 10)}));
        List<Entry> ifd0 = new ArrayList<>(List.of(
                new TIFFEntry(0x010F, TIFF.TYPE_ASCII, "TestPhone"),
                new TIFFEntry(0x0110, TIFF.TYPE_ASCII, "TestPhone 15 Pro"),
                new TIFFEntry(0x0112, TIFF.TYPE_SHORT, (short) orientation),
                new TIFFEntry(0x013B, TIFF.TYPE_ASCII, ARTIST),
                new TIFFEntry(0x8298, TIFF.TYPE_ASCII, COPYRIGHT),
                new TIFFEntry(0x8769, TIFF.TYPE_LONG, new IFD(exif)),
                new TIFFEntry(0x8825, TIFF.TYPE_LONG, new IFD(gps))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            new TIFFWriter().write(ifd0, out);
        }
        return bytes.toByteArray();
    }

    /** {@code image} as a JPEG with {@code app1} (or none) right after the JFIF header. */
    public static byte[] jpeg(BufferedImage image, byte[] app1, int quality) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageWriter writer = jdkJpegWriter();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(plain)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return insertAfterJfif(plain.toByteArray(), 0xE1, app1);
    }

    /**
     * A four-channel CMYK JPEG of a flat colour (0 to 255 of each ink), as print desks send them: Adobe's
     * APP14 marker says CMYK, and the inks are stored inverted, as Photoshop writes them.
     */
    public static byte[] cmykJpeg(int width, int height, int c, int m, int y, int k) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        int[] pixel = {255 - c, 255 - m, 255 - y, 255 - k};
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                raster.setPixel(i, j, pixel);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = jdkJpegWriter();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        byte[] adobe = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        return insertAfterJfif(bytes.toByteArray(), 0xEE, adobe);
    }

    /** Writes a phone photo with GPS, of {@code width}×{@code height} stored pixels, to {@code file}. */
    public static Path phonePhoto(Path file, int width, int height, int orientation, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, jpeg(scene(width, height, seed), phoneExif(orientation), 90));
        return file;
    }

    static byte[] insertAfterJfif(byte[] jpeg, int marker, byte[] payload) {
        if (payload == null) {
            return jpeg;
        }
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + payload.length + 4);
        out.write(jpeg, 0, at);
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static ImageWriter jdkJpegWriter() {
        var writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.")) {
                return writer;
            }
        }
        throw new IllegalStateException("no JDK JPEG writer");
    }
}
