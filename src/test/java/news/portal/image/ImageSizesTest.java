package news.portal.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageSizesTest {

    @TempDir
    Path dir;

    private final ImageSizes sizes = new ImageSizes();

    /** An image written by javax.imageio: {@code png}, {@code jpg} or {@code gif}. */
    static Path image(Path file, String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x * height / width, 0xC0392B);
        }
        try {
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("no writer for " + format);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImageSizesTest.class.getResource("/fixtures/image/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"png, 640, 360", "jpg, 400, 300", "gif, 32, 48"})
    void reads_the_size_of_png_jpeg_and_gif(String format, int width, int height) {
        Path file = image(dir.resolve("photo." + format), format, width, height);

        assertThat(sizes.of(file)).contains(new ImageSizes.Size(width, height));
    }

    @ParameterizedTest
    @CsvSource({"lossy.webp, 48, 36", "lossless.webp, 30, 20", "alpha.webp, 24, 18"})
    void reads_the_size_of_webp_written_by_cwebp(String name, int width, int height) {
        assertThat(sizes.of(fixture(name))).contains(new ImageSizes.Size(width, height));
    }

    @Test
    void reads_the_size_of_svg() throws IOException {
        Path file = Files.writeString(dir.resolve("map.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 320\"><rect width=\"480\" height=\"320\"/></svg>");

        assertThat(sizes.of(file)).contains(new ImageSizes.Size(480, 320));
    }

    @Test
    void tells_webp_by_its_content_not_its_name() throws IOException {
        Path renamed = Files.copy(fixture("lossy.webp"), dir.resolve("photo.jpg"));

        assertThat(sizes.of(renamed)).contains(new ImageSizes.Size(48, 36));
    }

    @Test
    void a_missing_file_has_no_size() {
        assertThat(sizes.of(dir.resolve("missing.png"))).isEmpty();
    }

    @Test
    void a_file_that_is_no_image_has_no_size() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.png"), "这不是图片，是一段文字。");
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        Path avif = Files.write(dir.resolve("photo.avif"), new byte[] {0, 0, 0, 0x1C, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f'});

        assertThat(sizes.of(text)).isEmpty();
        assertThat(sizes.of(empty)).isEmpty();
        assertThat(sizes.of(avif)).isEmpty();
    }

    @Test
    void reads_a_file_once_while_its_time_and_length_stay() throws IOException {
        Path file = image(dir.resolve("cover.png"), "png", 640, 360);
        FileTime time = Files.getLastModifiedTime(file);
        assertThat(sizes.of(file)).contains(new ImageSizes.Size(640, 360));

        // same length, same time, other bytes: only a read of the file would notice
        Files.write(file, new byte[(int) Files.size(file)]);
        Files.setLastModifiedTime(file, time);

        assertThat(sizes.of(file)).contains(new ImageSizes.Size(640, 360));
    }

    @Test
    void reads_a_file_again_after_it_changed() throws IOException {
        Path file = image(dir.resolve("cover.png"), "png", 640, 360);
        FileTime time = Files.getLastModifiedTime(file);
        assertThat(sizes.of(file)).contains(new ImageSizes.Size(640, 360));

        image(file, "png", 300, 500);
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 2000));

        assertThat(sizes.of(file)).contains(new ImageSizes.Size(300, 500));
    }

    @Test
    void forgets_a_file_that_was_deleted() throws IOException {
        Path file = image(dir.resolve("cover.png"), "png", 640, 360);
        assertThat(sizes.of(file)).isPresent();

        Files.delete(file);

        assertThat(sizes.of(file)).isEqualTo(Optional.empty());
    }

    @Test
    void a_size_is_at_least_one_by_one() {
        assertThatThrownBy(() -> new ImageSizes.Size(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ImageSizes.sizeOf(0, 10)).isEmpty();
        assertThat(ImageSizes.sizeOf(1L << 40, 10)).isEmpty();
    }
}
