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
 * The image benchmark (bench/images.sh): (1) photo-like scenes, real photos if given and the sample photos
 * at the phone's 800 px width, JPEG at a few qualities against WebP at the quality that reaches the same
 * SSIM, bytes side by side; (2) a photo-heavy
 * site baked twice, the second time with nothing changed, and the ratio of the two bakes.
 *
 * <p>Usage: {@code ImageBench SAMPLE_PHOTOS SITE_COPY ARTICLES [REAL_PHOTOS]}; the jar's and the test classes' class path.
 */
public final class ImageBench {

    private static final int[] JPEG_QUALITIES = {75, 78, 80, 82, 85, 90};

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        Path site = Path.of(args[1]);
        int articles = Integer.parseInt(args[2]);
        Path real = args.length > 3 && !args[3].isEmpty() ? Path.of(args[3]) : null;
        System.out.println("## JPEG vs WebP at equal SSIM, at most 800 px wide (the 390 px phone at DPR 2)\n");
        System.out.println("SSIM on luma (11×11 Gaussian window, σ 1.5, as Wang et al. 2004), against the resized picture before encoding; WebP"
                + " quality searched in steps of 2 for the lowest that reaches the JPEG's SSIM.\n");
        System.out.println("Photo sets: *photo-like*, six landscapes of 4000×3000 from `PhotoScene` (fractal texture"
                + " with 1/f falloff, hard-edged buildings, lens softening, mild sensor noise), each first stored as"
                + " a phone does (JPEG q90) and read back; *real*, camera photos found on this machine (read, not"
                + " committed); *drawn*, the sample site's five photos (`TestPhotos.scene`: flat shapes under"
                + " strong white noise).\n");
        java.util.Map<String, List<BufferedImage>> sets = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        for (int seed = 1; seed <= 6; seed++) {
            BufferedImage scene = news.portal.image.PhotoScene.of(4000, 3000, seed);
            add(sets, names, "photo-like", "scene-" + seed, decode(encode(scene, "jpeg", 90)));
        }
        if (real != null) {
            for (Path file : jpegs(real)) {
                add(sets, names, "real", file.getFileName().toString(), ImageIO.read(file.toFile()));
            }
        }
        for (Path file : jpegs(samples)) {
            add(sets, names, "drawn", file.getFileName().toString(), ImageIO.read(file.toFile()));
        }
        System.out.println("| set | photo | px | JPEG q80 KB | JPEG q80 SSIM | WebP q at ≥ that SSIM | WebP KB | WebP / JPEG |"
                + " WebP q75 KB | WebP q75 SSIM |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        StringBuilder summary = new StringBuilder();
        for (var set : sets.entrySet()) {
            double[] sumJ = new double[JPEG_QUALITIES.length];
            double[] sumW = new double[JPEG_QUALITIES.length];
            List<List<Integer>> matched = new ArrayList<>();
            for (int i = 0; i < JPEG_QUALITIES.length; i++) {
                matched.add(new ArrayList<>());
            }
            double sumW75 = 0;
            double sumW80 = 0;
            for (int p = 0; p < set.getValue().size(); p++) {
                BufferedImage original = set.getValue().get(p);
                BufferedImage reference = original.getWidth() > 800
                        ? Thumbnails.of(original).width(800).imageType(BufferedImage.TYPE_INT_RGB).asBufferedImage()
                        : rgb(original);
                // WebP's curve once per photo: quality 40..100 in steps of 2
                int steps = 31;
                byte[][] webp = new byte[steps][];
                double[] webpSsim = new double[steps];
                for (int s = 0; s < steps; s++) {
                    webp[s] = encode(reference, "webp", 40 + 2 * s);
                    webpSsim[s] = ssim(reference, decode(webp[s]));
                }
                sumW75 += webp[(75 - 40 + 1) / 2].length; // q76: the grid's nearest to 75 from above
                sumW80 += webp[(80 - 40) / 2].length;
                for (int i = 0; i < JPEG_QUALITIES.length; i++) {
                    byte[] jpeg = encode(reference, "jpeg", JPEG_QUALITIES[i]);
                    double ssimJ = ssim(reference, decode(jpeg));
                    int s = 0;
                    while (s < steps - 1 && webpSsim[s] < ssimJ) {
                        s++;
                    }
                    sumJ[i] += jpeg.length;
                    sumW[i] += webp[s].length;
                    matched.get(i).add(webpSsim[s] >= ssimJ ? 40 + 2 * s : 101);
                    if (JPEG_QUALITIES[i] == 80) {
                        byte[] w75 = encode(reference, "webp", 75);
                        System.out.printf(Locale.ROOT, "| %s | %s | %d×%d | %.1f | %.4f | %s | %.1f | %.2f | %.1f | %.4f |%n",
                                set.getKey(), names.get(set.getKey()).get(p), reference.getWidth(), reference.getHeight(),
                                jpeg.length / 1024.0, ssimJ, webpSsim[s] >= ssimJ ? Integer.toString(40 + 2 * s) : "none ≤ 100",
                                webp[s].length / 1024.0, webp[s].length / (double) jpeg.length, w75.length / 1024.0,
                                ssim(reference, decode(w75)));
                    }
                }
            }
            int n = set.getValue().size();
            summary.append(String.format(Locale.ROOT, "%n**%s** (%d photos): WebP q76 %.0f KB, q80 %.0f KB in all%n%n"
                    + "| JPEG q | JPEG KB (all) | WebP KB at equal SSIM (all) | WebP / JPEG | median WebP q needed |%n|---|---|---|---|---|%n",
                    set.getKey(), n, sumW75 / 1024, sumW80 / 1024));
            for (int i = 0; i < JPEG_QUALITIES.length; i++) {
                List<Integer> qs = new ArrayList<>(matched.get(i));
                qs.sort(null);
                int median = qs.get(qs.size() / 2);
                summary.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f | %s |%n", JPEG_QUALITIES[i], sumJ[i] / 1024,
                        sumW[i] / 1024, sumW[i] / sumJ[i], median > 100 ? "none ≤ 100" : Integer.toString(median)));
            }
        }
        System.out.println(summary);
        bakes(site, articles);
    }

    private static void add(java.util.Map<String, List<BufferedImage>> sets, java.util.Map<String, List<String>> names,
            String set, String name, BufferedImage image) {
        sets.computeIfAbsent(set, k -> new ArrayList<>()).add(image);
        names.computeIfAbsent(set, k -> new ArrayList<>()).add(name);
    }

    private static List<Path> jpegs(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.filter(p -> p.toString().matches("(?i).*\\.jpe?g")).sorted().toList();
        }
    }

    private static BufferedImage rgb(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(image, 0, 0, null);
        return copy;
    }

    /** A copy of the site with ARTICLES photo articles (two photos each) baked cold, then warm. */
    private static void bakes(Path site, int articles) throws Exception {
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

    /**
     * JPEG through ImageIO; WebP through webp-imageio's libwebp, the decoder browsers use. ImageIO's first
     * WebP reader can be TwelveMonkeys', whose lossy decoder got some of these files visibly wrong (a green
     * picture for the 800×450 sample at quality 75), which made WebP look worse than it is.
     */
    private static BufferedImage decode(byte[] bytes) throws IOException {
        boolean webp = bytes.length > 12 && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P';
        if (!webp) {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        }
        var readers = ImageIO.getImageReadersByMIMEType("image/webp");
        while (readers.hasNext()) {
            javax.imageio.ImageReader reader = readers.next();
            if (reader.getClass().getName().startsWith("com.luciad.")) {
                try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                    reader.setInput(in);
                    return reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
            reader.dispose();
        }
        throw new IllegalStateException("webp-imageio's WebP reader is not on the class path");
    }

    /**
     * Mean SSIM of the luma as Wang et al. 2004 define it: an 11×11 Gaussian window (σ 1.5) at every pixel,
     * K1 0.01, K2 0.03. Windows on a fixed 8-pixel grid would line up with JPEG's blocks and hide their edges.
     */
    static double ssim(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        double[] x = luma(a, w, h);
        double[] y = luma(b, w, h);
        double[] xx = new double[x.length];
        double[] yy = new double[x.length];
        double[] xy = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            xx[i] = x[i] * x[i];
            yy[i] = y[i] * y[i];
            xy[i] = x[i] * y[i];
        }
        double[] mx = blur(x, w, h);
        double[] my = blur(y, w, h);
        double[] sxx = blur(xx, w, h);
        double[] syy = blur(yy, w, h);
        double[] sxy = blur(xy, w, h);
        double c1 = Math.pow(0.01 * 255, 2);
        double c2 = Math.pow(0.03 * 255, 2);
        double total = 0;
        int count = 0;
        for (int j = 5; j < h - 5; j++) {
            for (int i = 5; i < w - 5; i++) {
                int k = j * w + i;
                double vx = sxx[k] - mx[k] * mx[k];
                double vy = syy[k] - my[k] * my[k];
                double cov = sxy[k] - mx[k] * my[k];
                total += ((2 * mx[k] * my[k] + c1) * (2 * cov + c2)) / ((mx[k] * mx[k] + my[k] * my[k] + c1) * (vx + vy + c2));
                count++;
            }
        }
        return total / count;
    }

    private static final double[] GAUSS = gauss();

    private static double[] gauss() {
        double[] g = new double[11];
        double sum = 0;
        for (int i = 0; i < 11; i++) {
            g[i] = Math.exp(-((i - 5) * (i - 5)) / (2 * 1.5 * 1.5));
            sum += g[i];
        }
        for (int i = 0; i < 11; i++) {
            g[i] /= sum;
        }
        return g;
    }

    /** The Gaussian window, separably; edges clamped (the mean skips the 5-pixel border anyway). */
    private static double[] blur(double[] v, int w, int h) {
        double[] tmp = new double[v.length];
        double[] out = new double[v.length];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double s = 0;
                for (int k = -5; k <= 5; k++) {
                    s += GAUSS[k + 5] * v[j * w + Math.max(0, Math.min(w - 1, i + k))];
                }
                tmp[j * w + i] = s;
            }
        }
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double s = 0;
                for (int k = -5; k <= 5; k++) {
                    s += GAUSS[k + 5] * tmp[Math.max(0, Math.min(h - 1, j + k)) * w + i];
                }
                out[j * w + i] = s;
            }
        }
        return out;
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
