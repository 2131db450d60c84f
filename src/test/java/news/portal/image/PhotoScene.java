package news.portal.image;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A landscape that codecs treat as they treat a camera's photo, for benchmarks and memory tests: a sky
 * gradient with clouds, hills with a fractal ridge, buildings with hard edges and windows, a textured
 * foreground. The texture is fractal (each octave half as strong as the one below it, as in natural
 * images, whose spectrum falls as 1/f), the picture is softened as a lens and demosaicing soften it, and
 * the sensor's noise is mild. {@link TestPhotos#scene} instead draws flat shapes under strong white
 * noise, which after downscaling is far from a photo and penalises WebP.
 */
public final class PhotoScene {

    private PhotoScene() {
    }

    /** A landscape of {@code width}×{@code height} pixels; {@code seed} varies it. */
    public static BufferedImage of(int width, int height, long seed) {
        Random random = new Random(seed);
        double scale = width / 4000.0;
        double horizon = height * (0.42 + 0.1 * random.nextDouble());
        double near = height * (0.68 + 0.08 * random.nextDouble());
        int[][] houses = new int[6 + random.nextInt(6)][];
        for (int i = 0; i < houses.length; i++) {
            int w = (int) ((120 + random.nextInt(260)) * scale) + 2;
            int h = (int) ((100 + random.nextInt(240)) * scale) + 2;
            int x = random.nextInt(width);
            int base = (int) (horizon + (near - horizon) * (0.3 + 0.6 * random.nextDouble()));
            houses[i] = new int[] {x, base - h, w, h, 150 + random.nextInt(90), 110 + random.nextInt(80), 90 + random.nextInt(70)};
        }
        int[] rgb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double ridge = horizon + height * 0.08 * fbm(x / (900 * scale), 0.5, seed + 1, 6, 0.5);
                double hill2 = near + height * 0.05 * fbm(x / (600 * scale), 1.5, seed + 2, 6, 0.5);
                double r;
                double g;
                double b;
                if (y < ridge) {
                    double t = y / ridge;
                    double cloud = smooth(0.1, 0.6, fbm(x / (1100 * scale), y / (500 * scale), seed + 3, 7, 0.55));
                    r = 80 + 120 * t;
                    g = 130 + 90 * t;
                    b = 210 + 30 * t;
                    double light = 215 + 25 * fbm(x / (300 * scale), y / (300 * scale), seed + 4, 6, 0.65);
                    r += (light - r) * cloud;
                    g += (light - g) * cloud;
                    b += (light - b) * cloud;
                } else if (y < hill2) {
                    double tex = fbm(x / (400 * scale), y / (400 * scale), seed + 5, 9, 0.75);
                    double haze = 1 - (y - ridge) / Math.max(1, hill2 - ridge);
                    r = 70 + 40 * tex + 70 * haze;
                    g = 100 + 45 * tex + 60 * haze;
                    b = 70 + 30 * tex + 90 * haze;
                } else {
                    double tex = fbm(x / (250 * scale), y / (250 * scale), seed + 6, 10, 0.8);
                    double hue = fbm(x / (1500 * scale), y / (1500 * scale), seed + 7, 3, 0.5);
                    r = 90 + 60 * tex + 40 * hue;
                    g = 95 + 55 * tex - 10 * hue;
                    b = 50 + 35 * tex - 15 * hue;
                }
                rgb[y * width + x] = pack(r, g, b);
            }
        }
        for (int[] house : houses) {
            drawHouse(rgb, width, height, house, scale, seed);
        }
        soften(rgb, width, height);
        Random noise = new Random(seed * 31 + 7);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = rgb[y * width + x];
                double n = noise.nextGaussian() * 2.0;
                row[x] = pack(((p >> 16) & 0xFF) + n + noise.nextGaussian(), ((p >> 8) & 0xFF) + n,
                        (p & 0xFF) + n + noise.nextGaussian());
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static void drawHouse(int[] rgb, int width, int height, int[] house, double scale, long seed) {
        int x0 = house[0];
        int y0 = house[1];
        int w = house[2];
        int h = house[3];
        int roof = h / 3;
        int window = Math.max(2, (int) (24 * scale));
        for (int y = Math.max(0, y0 - roof); y < Math.min(height, y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
                int dx = x - x0;
                int dy = y - y0;
                double r;
                double g;
                double b;
                if (dy < 0) {
                    // a pitched roof: inside the triangle above the wall
                    if (-dy > roof * (1 - Math.abs(2.0 * dx / w - 1))) {
                        continue;
                    }
                    double tex = fbm(x / (40 * scale), y / (15 * scale), seed + 8, 4, 0.5);
                    r = 60 + 20 * tex;
                    g = 55 + 18 * tex;
                    b = 58 + 18 * tex;
                } else {
                    double tex = fbm(x / (120 * scale), y / (120 * scale), seed + 9, 7, 0.7);
                    double shade = dx < w / 5 ? 0.75 : 1;
                    boolean pane = (dx / window) % 3 == 1 && (dy / window) % 3 == 1;
                    r = pane ? 40 + 30 * tex : (house[4] + 25 * tex) * shade;
                    g = pane ? 45 + 30 * tex : (house[5] + 25 * tex) * shade;
                    b = pane ? 60 + 30 * tex : (house[6] + 25 * tex) * shade;
                }
                rgb[y * width + x] = pack(r, g, b);
            }
        }
    }

    /** A [1 2 1]/4 blur in both directions: a lens and a demosaic leave no edge one pixel sharp. */
    private static void soften(int[] rgb, int width, int height) {
        int[] tmp = new int[rgb.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                tmp[y * width + x] = mix(rgb[y * width + Math.max(0, x - 1)], rgb[y * width + x], rgb[y * width + Math.min(width - 1, x + 1)]);
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                rgb[y * width + x] = mix(tmp[Math.max(0, y - 1) * width + x], tmp[y * width + x], tmp[Math.min(height - 1, y + 1) * width + x]);
            }
        }
    }

    private static int mix(int a, int b, int c) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int v = (((a >> shift) & 0xFF) + 2 * ((b >> shift) & 0xFF) + ((c >> shift) & 0xFF) + 2) / 4;
            out |= v << shift;
        }
        return out;
    }

    /** Fractal value noise in about [-1, 1]: {@code octaves} octaves, each {@code gain} times the one below. */
    private static double fbm(double x, double y, long seed, int octaves, double gain) {
        double sum = 0;
        double amplitude = 1;
        double norm = 0;
        for (int o = 0; o < octaves; o++) {
            sum += amplitude * value(x, y, seed * 131 + o);
            norm += amplitude;
            amplitude *= gain;
            x *= 2;
            y *= 2;
        }
        return sum / norm * 1.6;
    }

    private static double value(double x, double y, long seed) {
        long ix = (long) Math.floor(x);
        long iy = (long) Math.floor(y);
        double fx = x - ix;
        double fy = y - iy;
        fx = fx * fx * (3 - 2 * fx);
        fy = fy * fy * (3 - 2 * fy);
        double a = lattice(ix, iy, seed);
        double b = lattice(ix + 1, iy, seed);
        double c = lattice(ix, iy + 1, seed);
        double d = lattice(ix + 1, iy + 1, seed);
        return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
    }

    private static double lattice(long x, long y, long seed) {
        long h = x * 0x9E3779B97F4A7C15L + y * 0xC2B2AE3D27D4EB4FL + seed * 0x165667B19E3779F9L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return ((h >>> 11) * 0x1.0p-53) * 2 - 1;
    }

    private static double smooth(double edge0, double edge1, double v) {
        double t = Math.max(0, Math.min(1, (v - edge0) / (edge1 - edge0)));
        return t * t * (3 - 2 * t);
    }

    private static int pack(double r, double g, double b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
