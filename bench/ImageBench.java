import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import net.coobird.thumbnailator.Thumbnails;

/**
 * The image benchmark (bench/images.sh): (1) the sample photos at the phone's 800 px width, JPEG at a few
 * qualities against WebP at the quality that reaches the same SSIM, bytes side by side; (2) a photo-heavy
 * site baked twice, the second time with nothing changed, and the ratio of the two bakes.
 *
 * <p>Usage: {@code ImageBench PHOTO_FOLDER SITE_COPY ARTICLES}; the jar's and the test classes' class path.
 */
public final class ImageBench {

    public static void main(String[] args) throws Exception {
        Path photos = Path.of(args[0]);
        Path site = Path.of(args[1]);
        int articles = Integer.parseInt(args[2]);
        System.out.println("## JPEG vs WebP at equal SSIM, 800 px wide (the 390 px phone at DPR 2)\n");
        System.out.println("SSIM on luma, 8×8 windows, against the resized picture before encoding.\n");
        System.out.println("| photo | JPEG q | JPEG SSIM | JPEG KB | WebP q at ≥ that SSIM | WebP SSIM | WebP KB | WebP / JPEG |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        List<Path> files;
        try (var list = Files.list(photos)) {
            files = list.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        double[] sumJ = new double[4];
        double[] sumW = new double[4];
        int[] qualities = {70, 78, 85, 90};
        for (Path file : files) {
            BufferedImage original = ImageIO.read(file.toFile());
            BufferedImage reference = Thumbnails.of(original).width(800).imageType(BufferedImage.TYPE_INT_RGB).asBufferedImage();
            for (int i = 0; i < qualities.length; i++) {
                byte[] jpeg = encode(reference, "jpeg", qualities[i]);
                double ssimJ = ssim(reference, decode(jpeg));
                int found = -1;
                byte[] webp = null;
                double ssimW = 0;
                for (int q = 40; q <= 100; q += 5) {
                    webp = encode(reference, "webp", q);
                    ssimW = ssim(reference, decode(webp));
                    if (ssimW >= ssimJ) {
                        found = q;
                        break;
                    }
                }
                sumJ[i] += jpeg.length;
                sumW[i] += webp.length;
                System.out.printf(Locale.ROOT, "| %s | %d | %.4f | %.1f | %s | %.4f | %.1f | %.2f |%n", file.getFileName(),
                        qualities[i], ssimJ, jpeg.length / 1024.0, found < 0 ? "none ≤ 100" : Integer.toString(found), ssimW,
                        webp.length / 1024.0, webp.length / (double) jpeg.length);
            }
        }
        System.out.println();
        for (int i = 0; i < qualities.length; i++) {
            System.out.printf(Locale.ROOT, "- JPEG q%d: all photos %.0f KB; WebP at equal SSIM %.0f KB (%.2f×)%n", qualities[i],
                    sumJ[i] / 1024, sumW[i] / 1024, sumW[i] / sumJ[i]);
        }
        bakes(site, articles, files);
    }

    /** A copy of the site with ARTICLES photo articles (two photos each) baked cold, then warm. */
    private static void bakes(Path site, int articles, List<Path> photos) throws Exception {
        Path folder = site.resolve("content/news/2026/10");
        Files.createDirectories(folder);
        for (int i = 0; i < articles; i++) {
            Path a = folder.resolve("bench-" + i + "-a.jpg");
            Path b = folder.resolve("bench-" + i + "-b.jpg");
            // phone-sized photos, each different bytes
            Files.write(a, news.portal.image.TestPhotos.jpeg(news.portal.image.TestPhotos.scene(4000, 3000, 100 + i),
                    news.portal.image.TestPhotos.phoneExif(i % 3 == 0 ? 6 : 1), 85));
            Files.write(b, news.portal.image.TestPhotos.jpeg(news.portal.image.TestPhotos.scene(4000, 3000, 500 + i),
                    news.portal.image.TestPhotos.phoneExif(1), 85));
            Files.writeString(folder.resolve("bench-" + i + ".md"), """
                    ---
                    title: 组图测试第%d篇
                    date: 2026-10-%02dT08:00:00+08:00
                    category: 旅游攻略
                    cover: bench-%d-a.jpg
                    ---
                    图片。

                    ![照片](bench-%d-b.jpg)
                    """.formatted(i, 1 + i % 28, i, i));
        }
        long photoBytes = 0;
        try (var list = Files.list(folder)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".jpg")).toList()) {
                photoBytes += Files.size(p);
            }
        }
        Instant now = Instant.parse("2026-11-21T04:00:00Z");
        Path out = site.resolve("target/bench-out");
        var baker = new news.portal.bake.Baker(line -> { });
        long t0 = System.nanoTime();
        baker.bake(site, out, new news.portal.bake.Baker.Options(now, false));
        long first = System.nanoTime() - t0;
        t0 = System.nanoTime();
        baker.bake(site, out, new news.portal.bake.Baker.Options(now, false));
        long second = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "%n## A photo-heavy site baked twice%n%n%d articles with %d phone photos of 4000×3000 (%.0f MB),"
                        + " on %d cores, max heap %d MB.%n%n| bake | seconds |%n|---|---|%n| first (empty image cache) | %.2f |%n"
                        + "| second (nothing changed) | %.2f |%n%nsecond / first = %.3f%n",
                articles, 2 * articles, photoBytes / 1e6, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, first / 1e9, second / 1e9, second / (double) first);
    }

    private static byte[] encode(BufferedImage image, String format, int quality) throws IOException {
        // the bake's own encoders, through its package-private class, by reflection: the bench measures what ships
        try {
            var encoder = Class.forName("news.portal.image.Encoder");
            java.lang.reflect.Method m = format.equals("jpeg")
                    ? encoder.getDeclaredMethod("jpeg", BufferedImage.class, int.class, byte[].class)
                    : encoder.getDeclaredMethod("webp", BufferedImage.class, int.class);
            m.setAccessible(true);
            return (byte[]) (format.equals("jpeg") ? m.invoke(null, image, quality, null) : m.invoke(null, image, quality));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Mean SSIM of the luma over 8×8 windows (Wang et al. 2004 constants). */
    static double ssim(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        double[] la = luma(a, w, h);
        double[] lb = luma(b, w, h);
        double c1 = Math.pow(0.01 * 255, 2);
        double c2 = Math.pow(0.03 * 255, 2);
        double total = 0;
        int windows = 0;
        for (int y = 0; y + 8 <= h; y += 4) {
            for (int x = 0; x + 8 <= w; x += 4) {
                double ma = 0, mb = 0;
                for (int j = 0; j < 8; j++) {
                    for (int i = 0; i < 8; i++) {
                        ma += la[(y + j) * w + x + i];
                        mb += lb[(y + j) * w + x + i];
                    }
                }
                ma /= 64;
                mb /= 64;
                double va = 0, vb = 0, cov = 0;
                for (int j = 0; j < 8; j++) {
                    for (int i = 0; i < 8; i++) {
                        double da = la[(y + j) * w + x + i] - ma;
                        double db = lb[(y + j) * w + x + i] - mb;
                        va += da * da;
                        vb += db * db;
                        cov += da * db;
                    }
                }
                va /= 63;
                vb /= 63;
                cov /= 63;
                total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
                windows++;
            }
        }
        return total / windows;
    }

    private static double[] luma(BufferedImage image, int w, int h) {
        double[] l = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                l[y * w + x] = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
            }
        }
        return l;
    }
}
