package news.portal.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;

class DerivativesTest {

    private static final Derivatives.Settings DEFAULTS = new Derivatives.Settings(true, List.of(480, 800, 1280, 1920),
            List.of(240, 480, 800), 78, 75, Set.of());

    @TempDir
    Path dir;

    private Derivatives.Catalog publish(Derivatives.Settings settings, Derivatives.Source... sources) {
        return new Derivatives(settings, dir.resolve("cache"), 2).publish(List.of(sources), dir.resolve("out"));
    }

    private Derivatives.Source source(String sitePath, Path file, Derivatives.Use... uses) {
        return new Derivatives.Source(sitePath, file, Set.of(uses));
    }

    @Test
    void every_published_raster_is_without_gps_serial_maker_note_and_orientation() throws Exception {
        Path upright = TestPhotos.phonePhoto(dir.resolve("src/a.jpg"), 1600, 1200, 1, 1);
        Path turned = TestPhotos.phonePhoto(dir.resolve("src/b.jpg"), 1600, 1200, 6, 2);
        assertThat(tags(upright)).anyMatch(t -> t.contains("GPS Latitude")).anyMatch(t -> t.contains("Serial Number"))
                .anyMatch(t -> t.contains("Makernote")).anyMatch(t -> t.contains("Orientation"));
        publish(DEFAULTS, source("images/a.jpg", upright, Derivatives.Use.COVER, Derivatives.Use.SHARE),
                source("images/b.jpg", turned, Derivatives.Use.BODY, Derivatives.Use.SHARE));
        List<Path> published = rasters(dir.resolve("out"));
        assertThat(published).hasSizeGreaterThan(10);
        for (Path file : published) {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as(file.toString()).isNull();
            List<String> tags = tags(file);
            assertThat(tags).as(file.toString()).noneMatch(t -> t.contains("Serial") || t.contains("Makernote")
                    || t.contains("Make") || t.contains("TestPhone") || t.contains("Artist") || t.contains("Copyright"));
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            assertThat(ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)).as(file.toString()).isTrue();
        }
    }

    @Test
    void keeps_artist_and_copyright_when_told() throws Exception {
        Path photo = TestPhotos.phonePhoto(dir.resolve("src/a.jpg"), 1000, 750, 1, 3);
        Derivatives.Settings keep = new Derivatives.Settings(true, DEFAULTS.widths(), DEFAULTS.cardWidths(), 78, 75,
                Set.of("Artist", "Copyright"));
        Derivatives.Catalog catalog = publish(keep, source("images/a.jpg", photo, Derivatives.Use.BODY));
        Path derivative = dir.resolve("out").resolve(catalog.of("images/a.jpg").orElseThrow().fallback().get(0).path());
        for (Path file : List.of(derivative, dir.resolve("out/images/a.jpg"))) {
            ExifIFD0Directory ifd0 = ImageMetadataReader.readMetadata(file.toFile()).getFirstDirectoryOfType(ExifIFD0Directory.class);
            assertThat(ifd0.getString(ExifIFD0Directory.TAG_ARTIST)).isEqualTo(TestPhotos.ARTIST);
            assertThat(ifd0.getString(ExifIFD0Directory.TAG_COPYRIGHT)).isEqualTo(TestPhotos.COPYRIGHT);
            assertThat(tags(file)).noneMatch(t -> t.contains("GPS") || t.contains("Serial") || t.contains("Makernote"));
        }
    }

    @Test
    void turns_the_pixels_as_the_orientation_says() throws Exception {
        // stored landscape with a red block in its top-left corner; orientation 6 shows it turned a quarter clockwise
        BufferedImage stored = TestPhotos.scene(800, 600, 4);
        var g = stored.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 100, 100);
        g.dispose();
        Path file = dir.resolve("src/t.jpg");
        Files.createDirectories(file.getParent());
        Files.write(file, TestPhotos.jpeg(stored, TestPhotos.phoneExif(6), 92));
        Derivatives.Image image = publish(DEFAULTS, source("t.jpg", file, Derivatives.Use.BODY)).of("t.jpg").orElseThrow();
        assertThat(image.width()).isEqualTo(600);
        assertThat(image.height()).isEqualTo(800);
        for (Path published : List.of(dir.resolve("out/t.jpg"), dir.resolve("out").resolve(image.fallback().get(0).path()))) {
            BufferedImage shown = ImageIO.read(published.toFile());
            assertThat(shown.getHeight()).isGreaterThan(shown.getWidth());
            int w = shown.getWidth();
            int block = Math.max(2, w / 60);
            assertThat(isRed(shown.getRGB(w - block, block))).as("top right is red in " + published).isTrue();
            assertThat(isRed(shown.getRGB(block, block))).as("top left is not red").isFalse();
        }
    }

    @Test
    void offers_webp_only_where_each_webp_is_smaller_than_its_jpeg() throws Exception {
        Path photo = TestPhotos.phonePhoto(dir.resolve("src/a.jpg"), 1600, 1200, 1, 7);
        Derivatives.Source cover = source("images/a.jpg", photo, Derivatives.Use.COVER, Derivatives.Use.BODY);

        Derivatives.Image usual = publish(DEFAULTS, cover).of("images/a.jpg").orElseThrow();
        // WebP at its best against JPEG at its worst: every WebP is the bigger file
        Derivatives.Settings costly = new Derivatives.Settings(true, DEFAULTS.widths(), DEFAULTS.cardWidths(), 5, 100, Set.of());
        Derivatives.Image bigger = publish(costly, cover).of("images/a.jpg").orElseThrow();

        assertThat(usual.webp()).hasSameSizeAs(usual.fallback()).isNotEmpty();
        assertThat(usual.cardWebp()).hasSameSizeAs(usual.cardFallback()).isNotEmpty();
        for (int i = 0; i < usual.webp().size(); i++) {
            assertThat(Files.size(dir.resolve("out").resolve(usual.webp().get(i).path())))
                    .isLessThan(Files.size(dir.resolve("out").resolve(usual.fallback().get(i).path())));
        }
        assertThat(bigger.fallback()).extracting(Derivatives.Candidate::width).containsExactly(480, 800, 1280, 1600);
        assertThat(bigger.webp()).isEmpty();
        assertThat(bigger.cardFallback()).isNotEmpty();
        assertThat(bigger.cardWebp()).isEmpty();
    }

    @Test
    void every_candidate_has_the_width_it_claims_and_none_is_wider_than_the_original() throws Exception {
        Path big = TestPhotos.phonePhoto(dir.resolve("src/big.jpg"), 2400, 1600, 1, 5);
        Path small = TestPhotos.phonePhoto(dir.resolve("src/small.jpg"), 700, 500, 1, 6);
        Derivatives.Catalog catalog = publish(DEFAULTS,
                source("images/big.jpg", big, Derivatives.Use.COVER, Derivatives.Use.SHARE, Derivatives.Use.BODY),
                source("images/small.jpg", small, Derivatives.Use.BODY, Derivatives.Use.COVER, Derivatives.Use.SHARE));
        Derivatives.Image bigImage = catalog.of("images/big.jpg").orElseThrow();
        assertThat(bigImage.fallback()).extracting(Derivatives.Candidate::width).containsExactly(480, 800, 1280, 1920);
        assertThat(bigImage.webp()).extracting(Derivatives.Candidate::width).containsExactly(480, 800, 1280, 1920);
        Derivatives.Image smallImage = catalog.of("images/small.jpg").orElseThrow();
        assertThat(smallImage.fallback()).extracting(Derivatives.Candidate::width).containsExactly(480, 700);
        for (Derivatives.Image image : List.of(bigImage, smallImage)) {
            List<Derivatives.Candidate> all = new ArrayList<>(image.fallback());
            all.addAll(image.webp());
            all.addAll(image.cardFallback());
            all.addAll(image.cardWebp());
            all.add(image.share().orElseThrow());
            for (Derivatives.Candidate candidate : all) {
                BufferedImage decoded = ImageIO.read(dir.resolve("out").resolve(candidate.path()).toFile());
                assertThat(decoded).as(candidate.path()).isNotNull();
                assertThat(decoded.getWidth()).as(candidate.path()).isEqualTo(candidate.width()).isLessThanOrEqualTo(image.width());
                assertThat(decoded.getHeight()).as(candidate.path()).isEqualTo(candidate.height());
            }
            for (Derivatives.Candidate card : image.cardFallback()) {
                assertThat(card.width() * 2.0 / 3).isCloseTo(card.height(), org.assertj.core.data.Offset.offset(1.0));
            }
        }
        Derivatives.Candidate og = bigImage.share().orElseThrow();
        assertThat(og.width()).isEqualTo(1200);
        assertThat(og.height()).isEqualTo(630);
        assertThat(Files.size(dir.resolve("out").resolve(og.path()))).isLessThanOrEqualTo(300 * 1024);
        Derivatives.Candidate smallOg = smallImage.share().orElseThrow();
        assertThat(smallOg.width()).isLessThanOrEqualTo(700);
        assertThat(smallOg.width() / (double) smallOg.height()).isCloseTo(1200 / 630.0, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void cmyk_photos_are_published_in_srgb() throws Exception {
        Path file = dir.resolve("src/print.jpg");
        Files.createDirectories(file.getParent());
        Files.write(file, TestPhotos.cmykJpeg(900, 600, 20, 200, 220, 10));
        BufferedImage reference = ImageIO.read(file.toFile()); // TwelveMonkeys reads CMYK into RGB
        Derivatives.Image image = publish(DEFAULTS, source("print.jpg", file, Derivatives.Use.BODY)).of("print.jpg").orElseThrow();
        for (Path published : List.of(dir.resolve("out/print.jpg"), dir.resolve("out").resolve(image.fallback().get(0).path()))) {
            javax.imageio.ImageReader jdk = jdkReader();
            try (var in = ImageIO.createImageInputStream(published.toFile())) {
                jdk.setInput(in);
                // the JDK's own reader, as a browser: it knows no CMYK, so it reads only a 3-channel JPEG
                BufferedImage shown = jdk.read(0);
                assertThat(shown.getColorModel().getNumComponents()).isEqualTo(3);
                int expected = reference.getRGB(450, 300);
                int actual = shown.getRGB(shown.getWidth() / 2, shown.getHeight() / 2);
                // mostly magenta and yellow ink: a warm red, whoever reads it
                assertThat((actual >> 16) & 0xFF).isGreaterThan(170);
                assertThat((actual >> 8) & 0xFF).isLessThan(120);
                assertThat(actual & 0xFF).isLessThan(110);
                for (int shift : new int[] {16, 8, 0}) {
                    assertThat(((actual >> shift) & 0xFF)).isCloseTo((expected >> shift) & 0xFF, org.assertj.core.data.Offset.offset(12));
                }
            } finally {
                jdk.dispose();
            }
        }
    }

    @Test
    void svg_and_animated_gif_are_left_as_they_are() throws Exception {
        Path svg = dir.resolve("src/a.svg");
        Files.createDirectories(svg.getParent());
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        Path gif = dir.resolve("src/b.gif");
        Files.write(gif, animatedGif());
        Derivatives.Catalog catalog = publish(DEFAULTS, source("a.svg", svg, Derivatives.Use.BODY),
                source("b.gif", gif, Derivatives.Use.BODY, Derivatives.Use.COVER));
        assertThat(catalog.of("a.svg")).isEmpty();
        assertThat(catalog.of("b.gif")).isEmpty();
        assertThat(dir.resolve("out/a.svg")).doesNotExist(); // the asset copy publishes it, untouched
        if (Files.exists(dir.resolve("out/b.gif"))) {
            assertThat(Files.readAllBytes(dir.resolve("out/b.gif"))).isEqualTo(Files.readAllBytes(gif));
        }
        assertThat(catalog.written()).isEmpty();
    }

    @Test
    void a_second_publish_reuses_the_cache_and_a_removed_image_leaves_it() throws Exception {
        Path a = TestPhotos.phonePhoto(dir.resolve("src/a.jpg"), 1300, 900, 1, 7);
        Path b = TestPhotos.phonePhoto(dir.resolve("src/b.jpg"), 1300, 900, 1, 8);
        Derivatives.Catalog first = publish(DEFAULTS, source("a.jpg", a, Derivatives.Use.BODY), source("b.jpg", b, Derivatives.Use.BODY));
        List<Path> entries = entries();
        assertThat(entries).hasSize(2);
        var made = Files.getLastModifiedTime(entries.get(0).resolve("manifest.txt"));
        Derivatives.Catalog second = publish(DEFAULTS, source("a.jpg", a, Derivatives.Use.BODY), source("b.jpg", b, Derivatives.Use.BODY));
        assertThat(second).isEqualTo(first);
        assertThat(entries()).isEqualTo(entries);
        assertThat(Files.getLastModifiedTime(entries.get(0).resolve("manifest.txt"))).isEqualTo(made);
        publish(DEFAULTS, source("a.jpg", a, Derivatives.Use.BODY));
        assertThat(entries()).hasSize(1);
        // a changed photo gets new names: the old ones may stay in browsers' caches for a year
        TestPhotos.phonePhoto(a, 1300, 900, 1, 9);
        Derivatives.Catalog changed = publish(DEFAULTS, source("a.jpg", a, Derivatives.Use.BODY));
        assertThat(changed.of("a.jpg").orElseThrow().fallback().get(0).path())
                .isNotEqualTo(first.of("a.jpg").orElseThrow().fallback().get(0).path())
                .matches("a\\.[0-9a-f]{8}\\.w480\\.jpg");
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> list = Files.list(dir.resolve("cache"))) {
            return list.sorted().toList();
        }
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60;
    }

    static List<Path> rasters(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(jpg|png|webp)")).sorted().toList();
        }
    }

    static List<String> tags(Path file) throws Exception {
        List<String> tags = new ArrayList<>();
        for (Directory directory : ImageMetadataReader.readMetadata(file.toFile()).getDirectories()) {
            for (Tag tag : directory.getTags()) {
                tags.add(directory.getName() + ": " + tag.getTagName() + " = " + tag.getDescription());
            }
        }
        return tags;
    }

    private static javax.imageio.ImageReader jdkReader() {
        var readers = ImageIO.getImageReadersByFormatName("jpeg");
        while (readers.hasNext()) {
            var reader = readers.next();
            if (reader.getClass().getName().startsWith("com.sun.")) {
                return reader;
            }
        }
        throw new IllegalStateException("no JDK JPEG reader");
    }

    private static byte[] animatedGif() throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("gif").next();
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < 2; i++) {
                BufferedImage frame = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_INDEXED);
                frame.getGraphics().fillRect(i * 10, 0, 10, 10);
                writer.writeToSequence(new javax.imageio.IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        }
        writer.dispose();
        return bytes.toByteArray();
    }
}
