package news.portal.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the sample site's photographs (content/news/2026/12/): five phone-sized scenes, each at most
 * 300 KB so the repository stays small, all with a phone's EXIF block (GPS position, serial number,
 * maker note), one stored landscape with orientation 6 so that it shows as a portrait. Run by
 * {@code scripts/sample-photos.sh}; the bake never runs this.
 *
 * <p>Usage: {@code SamplePhotos FOLDER}
 */
public final class SamplePhotos {

    private static final int MAX_BYTES = 300 * 1024;

    private SamplePhotos() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        write(folder.resolve("harbour-dawn.jpg"), 2400, 1800, 1, 11);
        write(folder.resolve("old-street.jpg"), 2400, 1800, 6, 12);
        write(folder.resolve("tea-terraces.jpg"), 2400, 1600, 1, 13);
        write(folder.resolve("lantern-market.jpg"), 2400, 1800, 1, 14);
        write(folder.resolve("river-boats.jpg"), 2400, 1350, 1, 15);
    }

    private static void write(Path file, int width, int height, int orientation, long seed) throws IOException {
        var scene = TestPhotos.scene(width, height, seed);
        byte[] exif = TestPhotos.phoneExif(orientation);
        for (int quality = 85; quality >= 30; quality -= 5) {
            byte[] bytes = TestPhotos.jpeg(scene, exif, quality);
            if (bytes.length <= MAX_BYTES) {
                Files.write(file, bytes);
                System.out.println(file + ": " + width + "x" + height + " q" + quality + " " + bytes.length / 1024 + " KB");
                return;
            }
        }
        throw new IllegalStateException("cannot make " + file + " small enough");
    }
}
