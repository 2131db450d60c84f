package news.portal.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RasterHeaderTest {

    @TempDir
    Path dir;

    @Test
    void reads_the_size_from_the_header_without_the_pixels() throws IOException {
        Path png = ImageSizesTest.image(dir.resolve("full.png"), "png", 640, 360);
        // signature (8 bytes) and IHDR (25 bytes) only: decoding the pixels would fail
        Path header = Files.write(dir.resolve("header.png"), Arrays.copyOf(Files.readAllBytes(png), 33));

        assertThat(RasterHeader.read(header)).contains(new ImageSizes.Size(640, 360));
    }

    @Test
    void reads_a_jpeg_cut_before_its_image_data() throws IOException {
        byte[] jpeg = Files.readAllBytes(ImageSizesTest.image(dir.resolve("full.jpg"), "jpg", 400, 300));
        // everything up to and including the start-of-scan header; the compressed pixels follow it
        int scan = indexOf(jpeg, (byte) 0xFF, (byte) 0xDA);
        int length = ((jpeg[scan + 2] & 0xFF) << 8) | (jpeg[scan + 3] & 0xFF);
        Path cut = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, scan + 2 + length));

        assertThat(RasterHeader.read(cut)).contains(new ImageSizes.Size(400, 300));
    }

    @Test
    void turns_a_portrait_photo_as_its_exif_orientation_says() throws IOException {
        Path landscape = ImageSizesTest.image(dir.resolve("photo.jpg"), "jpg", 400, 300);

        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            assertThat(RasterHeader.read(withOrientation(landscape, 6, order))).as("orientation 6, " + order)
                    .contains(new ImageSizes.Size(300, 400));
            assertThat(RasterHeader.read(withOrientation(landscape, 8, order))).as("orientation 8, " + order)
                    .contains(new ImageSizes.Size(300, 400));
            assertThat(RasterHeader.read(withOrientation(landscape, 1, order))).as("orientation 1, " + order)
                    .contains(new ImageSizes.Size(400, 300));
            assertThat(RasterHeader.read(withOrientation(landscape, 3, order))).as("orientation 3, " + order)
                    .contains(new ImageSizes.Size(400, 300));
        }
    }

    @Test
    void ignores_a_broken_exif_block() throws IOException {
        Path landscape = ImageSizesTest.image(dir.resolve("photo.jpg"), "jpg", 400, 300);
        byte[] jpeg = Files.readAllBytes(landscape);
        // an APP1 "Exif" segment whose first directory points far outside it
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0x7F, 0, 0, 0, 0, 0};
        Path broken = Files.write(dir.resolve("broken.jpg"), insertAfterStart(jpeg, segment(0xE1, exif)));

        assertThat(RasterHeader.read(broken)).contains(new ImageSizes.Size(400, 300));
    }

    /** The JPEG with an APP1 EXIF segment whose first directory holds one entry: the orientation. */
    private Path withOrientation(Path jpeg, int orientation, ByteOrder order) throws IOException {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(order);
        tiff.put(order == ByteOrder.BIG_ENDIAN ? new byte[] {'M', 'M'} : new byte[] {'I', 'I'});
        tiff.putShort((short) 42).putInt(8);                 // TIFF header, first directory at 8
        tiff.putShort((short) 1);                            // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);                                      // no next directory
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.write(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        exif.write(tiff.array());
        byte[] turned = insertAfterStart(Files.readAllBytes(jpeg), segment(0xE1, exif.toByteArray()));
        return Files.write(dir.resolve("turned-" + orientation + "-" + order + ".jpg"), turned);
    }

    private static byte[] segment(int marker, byte[] payload) {
        return ByteBuffer.allocate(4 + payload.length).putShort((short) (0xFF00 | marker))
                .putShort((short) (payload.length + 2)).put(payload).array();
    }

    private static byte[] insertAfterStart(byte[] jpeg, byte[] segment) {
        return ByteBuffer.allocate(jpeg.length + segment.length).put(jpeg, 0, 2).put(segment)
                .put(jpeg, 2, jpeg.length - 2).array();
    }

    private static int indexOf(byte[] bytes, byte first, byte second) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == first && bytes[i + 1] == second) {
                return i;
            }
        }
        throw new IllegalArgumentException("marker not found");
    }
}
