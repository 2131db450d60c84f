package news.portal.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;

import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * The photographs a site shows, made fit for phones: each at a few widths as JPEG (PNG where it has
 * transparency) and WebP, a 3:2 crop for list cards and a 1200×630 crop for link previews, all under
 * fingerprinted names, and the published copy of the original cleaned of GPS positions, serial numbers and
 * maker notes. Pixels are turned upright by their EXIF orientation and converted to sRGB. SVG, animated GIF
 * and WebP originals are left as they are.
 *
 * <p>Every derivative is kept in a cache folder under the hash of its source's bytes and of the settings, so
 * a bake with nothing changed copies files instead of decoding photos. Work runs on the given threads, each
 * photo read with subsampling as far as its largest derivative allows, and a budget of decoded pixels keeps
 * the heap bounded whatever the threads.
 */
public final class Derivatives {

    /** What an image is used for on a page; decides which derivatives it gets. */
    public enum Use {
        /** In an article's body or its cover on the article page: widths. */
        BODY,
        /** A cover in lists: widths, and 3:2 crops for cards. */
        COVER,
        /** Shared as a link preview: the 1200×630 crop. */
        SHARE
    }

    /**
     * An image the site shows.
     *
     * @param sitePath where it is published, e.g. {@code images/a.jpg}
     * @param file     the file it is copied from
     * @param uses     what the pages do with it
     */
    public record Source(String sitePath, Path file, Set<Use> uses) {

        public Source {
            Objects.requireNonNull(sitePath, "sitePath");
            Objects.requireNonNull(file, "file");
            uses = Set.copyOf(uses);
        }
    }

    /**
     * One derivative file.
     *
     * @param path   its site path, e.g. {@code images/a.3f2a9c1b.w800.webp}
     * @param width  its width in pixels, as {@code srcset} claims
     * @param height its height in pixels
     */
    public record Candidate(String path, int width, int height) { }

    /**
     * What a page may show instead of an original.
     *
     * @param source       the original's site path, which now holds the cleaned copy
     * @param width        the upright original's width
     * @param height       the upright original's height
     * @param fallback     JPEG (PNG with transparency) candidates, narrowest first
     * @param webp         WebP candidates at the same widths
     * @param cardFallback 3:2 crops for list cards, JPEG or PNG; empty unless used as a cover
     * @param cardWebp     the same crops as WebP
     * @param share        the link-preview crop, JPEG of at most 300 KB; empty unless shared
     */
    public record Image(String source, int width, int height, List<Candidate> fallback, List<Candidate> webp,
                        List<Candidate> cardFallback, List<Candidate> cardWebp, Optional<Candidate> share) { }

    /** The images a bake published with derivatives, by the original's site path. */
    public static final class Catalog {

        /** Knows no image: pages show the originals. */
        public static final Catalog EMPTY = new Catalog(Map.of(), List.of());

        private final Map<String, Image> images;
        private final List<String> written;

        private Catalog(Map<String, Image> images, List<String> written) {
            this.images = Map.copyOf(images);
            this.written = List.copyOf(written);
        }

        /** The derivatives of the image published at {@code sitePath}; empty for one that has none. */
        public Optional<Image> of(String sitePath) {
            return Optional.ofNullable(images.get(sitePath));
        }

        /** Every image with derivatives. */
        public Collection<Image> images() {
            return images.values();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Catalog catalog && catalog.images.equals(images);
        }

        @Override
        public int hashCode() {
            return images.hashCode();
        }

        /** The site paths of every derivative file written, for a preview to remove the old ones. */
        public List<String> written() {
            return written;
        }
    }

    private final Settings settings;
    private final Path cache;
    private final int threads;
    private final Semaphore pixels;
    private final int budget;

    /**
     * @param settings the site's {@code image.*} keys ({@link #settings})
     * @param cache    the folder that keeps derivatives between bakes; created when missing. The build
     *                 cache's folder once there is one; {@link #defaultCache} until then
     * @param threads  how many photos are worked on at once, at least 1
     */
    public Derivatives(Settings settings, Path cache, int threads) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cache = Objects.requireNonNull(cache, "cache");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        // decoded pixels in flight at once: four bytes each, twice over (the decoded photo and a turned or
        // converted copy), in at most half the heap; one photo bigger than that waits until it is alone
        long bytes = Runtime.getRuntime().maxMemory() / 2;
        this.budget = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 8 / Work.PIXELS_PER_PERMIT));
        this.pixels = new Semaphore(budget, true);
    }

    /**
     * The {@code image.*} keys of {@code jbake.properties} (docs/configuration.md).
     *
     * @param enabled     {@code image.derivatives}: default on under {@code site.conventions=portal}, off on a
     *                    plain JBake site, whose images are then published as they are
     * @param widths      {@code image.widths}, default 480, 800, 1280, 1920: 800 serves a 390 px phone at
     *                    DPR 2, 1280 and 1920 a desktop column at DPR 1 and 2; an image narrower than the
     *                    widest gets one more candidate at its own width, and none wider
     * @param cardWidths  {@code image.card.widths}, default 240, 480, 800: the 3:2 crops of covers in lists,
     *                    from the 7rem thumbnail at DPR 2 to the lead story's full column
     * @param jpegQuality {@code image.quality}, 1 to 100, default 80 (bench/results-2026-12-07-images-2.md)
     * @param webpQuality {@code image.webp.quality}, 1 to 100, default 80. At equal SSIM WebP was no smaller
     *                    than JPEG (it needed about 90 to match JPEG at 80, and then weighed as much), so WebP
     *                    is the phone's lighter tier instead: about half the bytes of JPEG at 80, luma SSIM
     *                    about 0.95 against 0.975 (the same bench). Where a WebP is not smaller than its JPEG
     *                    anyway, none is written and pages offer the JPEG alone
     * @param keep        {@code image.keep}: EXIF fields kept on purpose, of {@code Artist} and
     *                    {@code Copyright}; default none. GPS, serial numbers and maker notes are never kept
     */
    public record Settings(boolean enabled, List<Integer> widths, List<Integer> cardWidths, int jpegQuality,
                           int webpQuality, Set<String> keep) {

        /** The fields {@code image.keep} may name. */
        public static final List<String> KEEPABLE = List.of("Artist", "Copyright");

        public Settings {
            widths = List.copyOf(new java.util.TreeSet<>(widths));
            cardWidths = List.copyOf(new java.util.TreeSet<>(cardWidths));
            keep = Set.copyOf(keep);
        }

        /**
         * Reads them from {@code config}.
         *
         * @throws ProblemException naming the key and its line when a value is not one these keys take
         */
        public static Settings of(news.portal.config.SiteConfig config) {
            return SettingsReader.read(config);
        }

        /** The widths' smallest: a cover narrower than this looks blurred on an article page. */
        public int smallestWidth() {
            return widths.get(0);
        }
    }

    /** The settings of {@code config}: {@link Settings#of}. */
    public static Settings settings(news.portal.config.SiteConfig config) {
        return Settings.of(config);
    }

    /** Where derivatives are kept between bakes when no build cache says otherwise. */
    public static Path defaultCache(news.portal.config.SiteConfig config) {
        return config.paths().site().resolve("target").resolve("news-portal-cache").resolve("images");
    }

    /**
     * Writes the derivatives of {@code sources} and the cleaned copies of their originals below {@code out},
     * from the cache where it has them, and removes from the cache what no source needs any more.
     *
     * @throws ProblemException naming each image that cannot be read as a picture
     */
    public Catalog publish(Collection<Source> sources, Path out) {
        Map<String, Source> bySite = new LinkedHashMap<>();
        for (Source source : sources) {
            bySite.merge(source.sitePath(), source, (a, b) -> {
                Set<Use> uses = new java.util.HashSet<>(a.uses());
                uses.addAll(b.uses());
                return new Source(a.sitePath(), a.file(), uses);
            });
        }
        Map<String, Image> images = new HashMap<>();
        List<String> written = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> keys = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Work.Outcome> outcomes = pool.submit(() -> bySite.values().parallelStream()
                    .map(source -> new Work(source, settings, cache, pixels, budget).run(out))
                    .toList()).join();
            for (Work.Outcome outcome : outcomes) {
                outcome.key().ifPresent(keys::add);
                outcome.image().ifPresent(image -> images.put(image.source(), image));
                written.addAll(outcome.written());
                outcome.problem().ifPresent(problems::add);
            }
        } finally {
            pool.shutdown();
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        prune(keys);
        return new Catalog(images, written);
    }

    /** Removes the cache's entries that none of this bake's images used. */
    private void prune(Set<String> used) {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (var entries = Files.list(cache)) {
            for (Path entry : entries.toList()) {
                if (!used.contains(entry.getFileName().toString())) {
                    DerivativeCache.delete(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy the image cache " + cache, e);
        }
    }
}
