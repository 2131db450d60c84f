package news.portal.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;

/**
 * Bounded memory: a 50-megapixel phone photo (8660×5773, turned by its EXIF orientation, so the bake must
 * decode and rotate it) baked by the packaged jar in a JVM of 500 MB of heap. The JVM exits on the first
 * OutOfMemoryError, so a bake that needs more fails here instead of limping on. Not timed.
 */
class LargePhotoIT {

    private static final Pattern DERIVATIVE = Pattern.compile("big\\.[0-9a-f]+\\.w(\\d+)\\.(jpg|webp)");

    @TempDir
    Path dir;

    @Test
    void derives_a_50_megapixel_photo_in_500_mb_of_heap() throws Exception {
        Path site = TestSites.create(dir, "/fixtures/bake/site");
        Path photo = site.resolve("content/news/2025/11/big.jpg");
        // landscape pixels with orientation 6: a portrait of 5773×8660 on screen
        Files.write(photo, TestPhotos.jpeg(TestPhotos.scene(8660, 5773, 50), TestPhotos.phoneExif(6), 85));
        TestSites.write(site.resolve("content/news/2025/11/big.md"), """
                ---
                title: 五千万像素的古城全景
                date: 2025-11-20 09:00
                category: 文旅资讯
                cover: big.jpg
                ---
                全景照片。

                ![古城全景](big.jpg)
                """);
        Path out = dir.resolve("out");

        Path log = dir.resolve("bake.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx500m", "-XX:+ExitOnOutOfMemoryError", "-Dnews.portal.now=" + TestSites.NOW,
                "-jar", TestSites.repository().resolve("target/news-portal.jar").toString(),
                "bake", site.toString(), "-o", out.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no exit after 300 s\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError");

        TreeSet<Integer> jpeg = new TreeSet<>();
        TreeSet<Integer> webp = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        try (var files = Files.list(out.resolve("news/2025/11"))) {
            for (Path file : files.toList()) {
                Matcher m = DERIVATIVE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                int claimed = Integer.parseInt(m.group(1));
                int[] size = size(file);
                if (size[0] != claimed || size[1] <= size[0]) {
                    wrong.add(file.getFileName() + " is " + size[0] + "×" + size[1]);
                }
                (m.group(2).equals("jpg") ? jpeg : webp).add(claimed);
            }
        }
        assertThat(wrong).as("each derivative as wide as its name says, and upright").isEmpty();
        assertThat(jpeg).containsExactly(480, 800, 1280, 1920);
        assertThat(webp).containsExactly(480, 800, 1280, 1920);
        // the cleaned original, turned upright: re-encoded, at most 24 megapixels
        int[] original = size(out.resolve("news/2025/11/big.jpg"));
        assertThat(original[1]).isGreaterThan(original[0]);
        assertThat((long) original[0] * original[1]).isLessThanOrEqualTo(24_000_000L);
    }

    /** Width and height from the file's header, without decoding its pixels. */
    private static int[] size(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            assertThat(readers.hasNext()).as("a reader for " + file).isTrue();
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
