package news.portal.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

import news.portal.problem.Problem;

/** The derivatives of one image: from the cache when they are there, else made and put there. */
final class Work {

    /** Decoded pixels per permit of the memory budget. */
    static final long PIXELS_PER_PERMIT = 1 << 16;
    /** Bumped whenever the code makes different files from the same settings, so old entries are made again. */
    private static final String VERSION = "2"; // 2: WebP only where it is smaller than the fallback
    /** An original that must be re-encoded (turned, CMYK, another colour space) is published at most this big. */
    private static final long MAX_ORIGINAL_PIXELS = 24_000_000L;
    static final int SHARE_WIDTH = 1200;
    static final int SHARE_HEIGHT = 630;
    private static final int SHARE_MAX_BYTES = 300 * 1024;
    private static final int ORIGINAL_QUALITY = 92;

    /**
     * @param key     the cache entry used, to keep it from pruning; empty for an image left as it is
     * @param image   what pages may show instead; empty for an image without derivatives
     * @param written the site paths written
     */
    record Outcome(Optional<String> key, Optional<Derivatives.Image> image, List<String> written,
                   Optional<Problem> problem) {

        static final Outcome NONE = new Outcome(Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    private final Derivatives.Source source;
    private final Derivatives.Settings settings;
    private final Path cache;
    private final Semaphore pixels;
    private final int budget;

    Work(Derivatives.Source source, Derivatives.Settings settings, Path cache, Semaphore pixels, int budget) {
        this.source = source;
        this.settings = settings;
        this.cache = cache;
        this.pixels = pixels;
        this.budget = budget;
    }

    Outcome run(Path out) {
        String name = source.sitePath().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png") || name.endsWith(".gif"))) {
            return Outcome.NONE; // SVG, WebP, AVIF …: published as they are
        }
        try {
            byte[] bytes = Files.readAllBytes(source.file());
            String key = key(bytes);
            Path entry = cache.resolve(key);
            DerivativeCache.Manifest manifest = DerivativeCache.read(entry);
            if (manifest == null) {
                Path staging = cache.resolve(".staging-" + UUID.randomUUID());
                Files.createDirectories(staging);
                try {
                    manifest = make(bytes, staging);
                    DerivativeCache.commit(staging, entry, manifest);
                } finally {
                    DerivativeCache.delete(staging);
                }
            }
            return publish(key, entry, manifest, out);
        } catch (Unreadable e) {
            return new Outcome(Optional.empty(), Optional.empty(), List.of(), Optional.of(Problem.ofFile(
                    source.sitePath(), "图片“" + source.sitePath() + "”读不出来（" + e.getMessage()
                            + "），无法生成适合手机的尺寸。请换一个能打开的 JPEG 或 PNG 文件")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the derivatives of " + source.file(), e);
        }
    }

    /** An image file that no reader can decode. */
    private static final class Unreadable extends IOException {
        Unreadable(String message) {
            super(message);
        }
    }

    private String key(byte[] bytes) {
        String settingsText = String.join("|", VERSION, settings.widths().toString(), settings.cardWidths().toString(),
                Integer.toString(settings.jpegQuality()), Integer.toString(settings.webpQuality()),
                new java.util.TreeSet<>(settings.keep()).toString(), new java.util.TreeSet<>(source.uses()).toString());
        return hex(sha256(bytes), 24) + "-" + hex(sha256(settingsText.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 8);
    }

    // ---- publishing from an entry

    private Outcome publish(String key, Path entry, DerivativeCache.Manifest manifest, Path out) throws IOException {
        String stem = source.sitePath().replaceFirst("\\.[^./]*$", "");
        String fingerprint = hex(sha256(key.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 8);
        List<Derivatives.Candidate> fallback = new ArrayList<>();
        List<Derivatives.Candidate> webp = new ArrayList<>();
        List<Derivatives.Candidate> card = new ArrayList<>();
        List<Derivatives.Candidate> cardWebp = new ArrayList<>();
        Optional<Derivatives.Candidate> share = Optional.empty();
        List<String> written = new ArrayList<>();
        for (DerivativeCache.Item item : manifest.items()) {
            if (item.kind().equals("original")) {
                DerivativeCache.publish(entry.resolve(item.file()), out.resolve(source.sitePath()));
                continue;
            }
            String label = switch (item.kind()) {
                case "w", "wp" -> "w" + item.width();
                case "c", "cp" -> "c" + item.width();
                default -> "og";
            };
            String path = stem + "." + fingerprint + "." + label + item.file().substring(item.file().lastIndexOf('.'));
            DerivativeCache.publish(entry.resolve(item.file()), out.resolve(path));
            written.add(path);
            Derivatives.Candidate candidate = new Derivatives.Candidate(path, item.width(), item.height());
            switch (item.kind()) {
                case "w" -> fallback.add(candidate);
                case "wp" -> webp.add(candidate);
                case "c" -> card.add(candidate);
                case "cp" -> cardWebp.add(candidate);
                default -> share = Optional.of(candidate);
            }
        }
        Optional<Derivatives.Image> image = fallback.isEmpty() ? Optional.empty() : Optional.of(new Derivatives.Image(
                source.sitePath(), manifest.width(), manifest.height(), List.copyOf(fallback), List.copyOf(webp),
                List.copyOf(card), List.copyOf(cardWebp), share));
        return new Outcome(Optional.of(key), image, List.copyOf(written), Optional.empty());
    }

    // ---- making an entry

    private DerivativeCache.Manifest make(byte[] bytes, Path staging) throws IOException {
        boolean png = PngChunks.isPng(bytes);
        boolean jpeg = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        JpegSegments segments = jpeg ? JpegSegments.parse(bytes) : null;
        Exif exif = jpeg ? Exif.read(segments.exif()) : Exif.NONE;
        List<DerivativeCache.Item> items = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            try {
                int storedWidth = reader.getWidth(0);
                int storedHeight = reader.getHeight(0);
                int width = exif.swaps() ? storedHeight : storedWidth;
                int height = exif.swaps() ? storedWidth : storedHeight;
                boolean animated = !jpeg && !png && reader.getNumImages(true) > 1 || png && PngChunks.isAnimated(bytes);
                boolean alpha = !jpeg && reader.getRawImageType(0) != null
                        && reader.getRawImageType(0).getColorModel().hasAlpha();
                boolean lossless = jpeg ? !exif.turns() && !segments.hasIcc() && !segments.isCmyk() : png;
                if (lossless || animated) {
                    byte[] clean = jpeg ? segments.stripped(exif.kept(settings.keep())) : png ? PngChunks.stripped(bytes) : bytes;
                    String file = "original" + extension(jpeg, png, alpha);
                    Files.write(staging.resolve(file), clean);
                    items.add(new DerivativeCache.Item("original", width, height, file));
                }
                if (animated) {
                    return new DerivativeCache.Manifest(width, height, items); // frames are not resized
                }
                double scale = neededScale(width, height);
                long storedPixels = (long) storedWidth * storedHeight;
                int step = lossless ? Math.max(1, (int) Math.floor(1 / (2 * scale)))
                        : (int) Math.max(1, Math.ceil(Math.sqrt(storedPixels / (double) MAX_ORIGINAL_PIXELS)));
                long decoded = storedPixels / ((long) step * step);
                int permits = (int) Math.min(budget, Math.max(1, decoded / PIXELS_PER_PERMIT));
                pixels.acquireUninterruptibly(permits);
                try {
                    BufferedImage picture = upright(srgb(decode(reader, step), alpha), exif.orientation());
                    if (!lossless) {
                        String file = "original" + extension(jpeg, png, alpha);
                        byte[] encoded = alpha || png ? Encoder.png(picture)
                                : Encoder.jpeg(picture, ORIGINAL_QUALITY, exif.kept(settings.keep()));
                        Files.write(staging.resolve(file), encoded);
                        items.add(new DerivativeCache.Item("original", picture.getWidth(), picture.getHeight(), file));
                    }
                    derive(picture, width, height, alpha, exif, staging, items);
                } finally {
                    pixels.release(permits);
                }
                return new DerivativeCache.Manifest(width, height, items);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable u) {
                throw u;
            }
            throw new Unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static String extension(boolean jpeg, boolean png, boolean alpha) {
        return jpeg ? ".jpg" : ".png";
    }

    /** How much of the original's resolution the largest derivative needs, at most 1. */
    private double neededScale(int width, int height) {
        double scale = settings.widths().get(settings.widths().size() - 1) / (double) width;
        if (source.uses().contains(Derivatives.Use.SHARE)) {
            scale = Math.max(scale, Math.max(SHARE_WIDTH / (double) width, SHARE_HEIGHT / (double) height));
        }
        if (source.uses().contains(Derivatives.Use.COVER)) {
            int widest = settings.cardWidths().get(settings.cardWidths().size() - 1);
            scale = Math.max(scale, Math.max(widest / (double) width, widest * 2 / 3.0 / height));
        }
        return Math.min(1, scale);
    }

    private static ImageReader reader(ImageInputStream in) throws Unreadable {
        if (in == null) {
            throw new Unreadable("no image");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new Unreadable("unknown format");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, false, true);
        return reader;
    }

    /** Reads every {@code step}-th pixel of every {@code step}-th row: a 50 MP photo never needs all of them. */
    private static BufferedImage decode(ImageReader reader, int step) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
    }

    /** The pixels in sRGB, as INT_RGB (INT_ARGB with transparency), which the resizer and writers take. */
    private static BufferedImage srgb(BufferedImage image, boolean alpha) {
        ColorSpace space = image.getColorModel().getColorSpace();
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY || image.getColorModel().getNumColorComponents() != 3
                && space.getType() != ColorSpace.TYPE_CMYK) {
            Graphics2D g = rgb.createGraphics();
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            }
            g.drawImage(image, 0, 0, null);
            g.dispose();
        } else {
            // an ICC profile (Adobe RGB, Display P3) or CMYK the reader kept: converted, not just relabelled
            new ColorConvertOp(null).filter(image, rgb);
        }
        return rgb;
    }

    /** Applies EXIF orientation 2 to 8 to the pixels (TIFF 6.0: where row 0 and column 0 are). */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
        Graphics2D g = turned.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }

    private void derive(BufferedImage picture, int width, int height, boolean alpha, Exif exif, Path staging,
                        List<DerivativeCache.Item> items) throws IOException {
        byte[] kept = exif.kept(settings.keep());
        String ext = alpha ? ".png" : ".jpg";
        List<Integer> widths = new ArrayList<>();
        for (int w : settings.widths()) {
            if (w < width) {
                widths.add(w);
            }
        }
        if (width <= settings.widths().get(settings.widths().size() - 1)) {
            widths.add(width); // the whole picture, for screens wider than it, never more than it has
        }
        List<int[]> sizes = new ArrayList<>();
        List<byte[][]> set = new ArrayList<>();
        for (int w : widths) {
            int h = Math.max(1, (int) Math.round(height * (double) w / width));
            sizes.add(new int[] {w, h});
            BufferedImage scaled = resize(picture, w, h, alpha);
            set.add(new byte[][] {alpha ? Encoder.png(scaled) : Encoder.jpeg(scaled, settings.jpegQuality(), kept),
                    Encoder.webp(scaled, settings.webpQuality())});
        }
        writeSet(items, staging, "w", sizes, ext, set);
        if (source.uses().contains(Derivatives.Use.COVER)) {
            List<int[]> crops = new ArrayList<>();
            for (int w : settings.cardWidths()) {
                int h = (int) Math.round(w * 2 / 3.0);
                if (w <= width && h <= height) {
                    crops.add(new int[] {w, h});
                }
            }
            if (crops.isEmpty()) {
                int w = (int) Math.min(width, Math.floor(height * 1.5));
                crops.add(new int[] {w, Math.max(1, (int) Math.round(w * 2 / 3.0))});
            }
            List<byte[][]> cards = new ArrayList<>();
            for (int[] crop : crops) {
                BufferedImage cropped = crop(picture, crop[0], crop[1], alpha);
                cards.add(new byte[][] {alpha ? Encoder.png(cropped) : Encoder.jpeg(cropped, settings.jpegQuality(), kept),
                        Encoder.webp(cropped, settings.webpQuality())});
            }
            writeSet(items, staging, "c", crops, ext, cards);
        }
        if (source.uses().contains(Derivatives.Use.SHARE)) {
            int w = SHARE_WIDTH;
            int h = SHARE_HEIGHT;
            if (width < w || height < h) {
                // smaller than a platform's large preview: the biggest 1.91:1 crop the photo has
                w = (int) Math.min(width, Math.floor(height * SHARE_WIDTH / (double) SHARE_HEIGHT));
                h = Math.max(1, (int) Math.round(w * SHARE_HEIGHT / (double) SHARE_WIDTH));
            }
            // apps show share images as JPEG most reliably, and on a white ground where PNG was transparent
            BufferedImage cropped = crop(picture, w, h, false);
            byte[] encoded = Encoder.jpeg(cropped, settings.jpegQuality(), kept);
            for (int quality = settings.jpegQuality() - 8; encoded.length > SHARE_MAX_BYTES && quality >= 30; quality -= 8) {
                encoded = Encoder.jpeg(cropped, quality, kept);
            }
            write(items, staging, "og", w, h, ".jpg", encoded);
        }
    }

    /**
     * One set of candidates (the widths, or the card crops): every fallback, and the WebP copies only when
     * each is smaller than the fallback of its size. A browser that takes the WebP source picks its width
     * from that source alone, so one WebP no smaller than its JPEG would make the source cost bytes; then
     * the page offers the fallbacks only ({@code image.webp.quality} against {@code image.quality} decides
     * how often: bench/results-2026-12-07-images-2.md).
     */
    private static void writeSet(List<DerivativeCache.Item> items, Path staging, String kind, List<int[]> sizes, String ext,
                                 List<byte[][]> encoded) throws IOException {
        boolean webpSmaller = true;
        for (byte[][] pair : encoded) {
            webpSmaller &= pair[1].length < pair[0].length;
        }
        for (int i = 0; i < sizes.size(); i++) {
            write(items, staging, kind, sizes.get(i)[0], sizes.get(i)[1], ext, encoded.get(i)[0]);
            if (webpSmaller) {
                write(items, staging, kind + "p", sizes.get(i)[0], sizes.get(i)[1], ".webp", encoded.get(i)[1]);
            }
        }
    }

    private static void write(List<DerivativeCache.Item> items, Path staging, String kind, int w, int h, String ext,
                              byte[] bytes) throws IOException {
        String file = kind + "-" + w + "x" + h + ext;
        Files.write(staging.resolve(file), bytes);
        items.add(new DerivativeCache.Item(kind, w, h, file));
    }

    private static BufferedImage resize(BufferedImage image, int w, int h, boolean alpha) throws IOException {
        if (image.getWidth() == w && image.getHeight() == h) {
            return image;
        }
        return Thumbnails.of(image).forceSize(w, h).imageType(type(alpha)).asBufferedImage();
    }

    private static BufferedImage crop(BufferedImage image, int w, int h, boolean alpha) throws IOException {
        BufferedImage source = image;
        if (!alpha && image.getColorModel().hasAlpha()) {
            source = srgb(image, false);
        }
        return Thumbnails.of(source).size(w, h).crop(Positions.CENTER).imageType(type(alpha)).asBufferedImage();
    }

    private static int type(boolean alpha) {
        return alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] digest, int digits) {
        return HexFormat.of().formatHex(digest).substring(0, digits);
    }
}
