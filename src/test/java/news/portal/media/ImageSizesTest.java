package news.portal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageSizesTest {

    @TempDir
    Path assets;
    @TempDir
    Path content;

    private ImageSizes sizes() {
        return new ImageSizes(List.of(assets, content));
    }

    private Path raster(Path root, String name, String format, int width, int height) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, file.toFile());
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "gif", "bmp"})
    void reads_raster_sizes_from_the_header(String format) throws IOException {
        raster(assets, "images/a." + format, format, 321, 123);

        assertThat(sizes().of("images/a." + format)).contains(new ImageSize(321, 123));
    }

    @Test
    void looks_in_assets_then_content() throws IOException {
        raster(content, "images/only-in-content.png", "png", 10, 20);
        raster(assets, "images/both.png", "png", 30, 40);
        raster(content, "images/both.png", "png", 50, 60);

        assertThat(sizes().of("images/only-in-content.png")).contains(new ImageSize(10, 20));
        assertThat(sizes().of("images/both.png")).contains(new ImageSize(30, 40));
    }

    @Test
    void reads_svg_width_and_height_or_else_its_view_box() throws IOException {
        Files.writeString(assets.resolve("a.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640px\" height=\"360\" viewBox=\"0 0 64 36\"/>");
        Files.writeString(assets.resolve("b.svg"), "<?xml version=\"1.0\"?>\n<!-- 封面 -->\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0,0,480.4,320\"/>");
        Files.writeString(assets.resolve("c.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10em\" height=\"5em\"/>");

        assertThat(sizes().of("a.svg")).contains(new ImageSize(640, 360));
        assertThat(sizes().of("b.svg")).contains(new ImageSize(480, 320));
        assertThat(sizes().of("c.svg")).isEmpty();
    }

    @Test
    void an_svg_with_a_doctype_is_not_resolved_against_other_files() throws IOException {
        Path secret = content.resolve("secret.txt");
        Files.writeString(secret, "1000");
        Files.writeString(assets.resolve("x.svg"), "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY w SYSTEM \""
                + secret.toUri() + "\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"&w;\" height=\"10\"/>");

        assertThat(sizes().of("x.svg")).isEmpty();
    }

    @Test
    void reads_the_three_kinds_of_webp_header() throws IOException {
        // VP8X: canvas 400 x 300, each stored minus one in 24 bits
        byte[] extended = webp("VP8X", new byte[] {0, 0, 0, 0, (byte) 0x8f, 1, 0, 0x2b, 1, 0});
        // VP8L: signature 0x2f, then 14 bits of width-1 (199) and 14 bits of height-1 (99)
        int bits = 199 | 99 << 14;
        byte[] lossless = webp("VP8L", new byte[] {0x2f, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16),
            (byte) (bits >> 24), 0, 0, 0, 0, 0});
        // VP8: frame tag, start code 9d 01 2a, then 16-bit width 640 and height 360
        byte[] lossy = webp("VP8 ", new byte[] {0, 0, 0, (byte) 0x9d, 1, 0x2a, (byte) 0x80, 2, 0x68, 1});
        Files.write(assets.resolve("x.webp"), extended);
        Files.write(assets.resolve("l.webp"), lossless);
        Files.write(assets.resolve("v.webp"), lossy);

        assertThat(sizes().of("x.webp")).contains(new ImageSize(400, 300));
        assertThat(sizes().of("l.webp")).contains(new ImageSize(200, 100));
        assertThat(sizes().of("v.webp")).contains(new ImageSize(640, 360));
    }

    private static byte[] webp(String chunk, byte[] payload) {
        byte[] bytes = new byte[20 + payload.length];
        System.arraycopy("RIFF".getBytes(), 0, bytes, 0, 4);
        System.arraycopy("WEBP".getBytes(), 0, bytes, 8, 4);
        System.arraycopy(chunk.getBytes(), 0, bytes, 12, 4);
        System.arraycopy(payload, 0, bytes, 20, payload.length);
        return bytes;
    }

    @Test
    void broken_missing_or_outside_files_have_no_size() throws IOException {
        Files.writeString(assets.resolve("broken.png"), "不是图片");
        Files.writeString(assets.resolve("broken.svg"), "<svg");
        raster(assets.getParent(), "outside.png", "png", 5, 5);

        ImageSizes sizes = sizes();
        assertThat(sizes.of("broken.png")).isEmpty();
        assertThat(sizes.of("broken.svg")).isEmpty();
        assertThat(sizes.of("missing.png")).isEmpty();
        assertThat(sizes.of("../outside.png")).isEmpty();
        assertThat(sizes.of("")).isEmpty();
    }

    @Test
    void reads_a_file_again_once_it_changed() throws IOException {
        ImageSizes sizes = sizes();
        Path file = raster(assets, "a.png", "png", 10, 10);
        assertThat(sizes.of("a.png")).contains(new ImageSize(10, 10));

        raster(assets, "a.png", "png", 20, 30);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));

        assertThat(sizes.of("a.png")).isEqualTo(Optional.of(new ImageSize(20, 30)));
    }
}
