package news.portal.bake;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import news.portal.cache.Key;
import news.portal.config.SiteConfig;
import news.portal.content.ContentLoader;
import news.portal.content.SiteModel;
import news.portal.problem.Language;
import news.portal.problem.ProblemException;
import news.portal.render.SiteRenderer;

/** Bakes a site folder into a static site. */
public final class Baker {

    private final Consumer<String> progress;

    /**
     * @param progress receives a line now and then: counts and elapsed time, for people watching a long bake,
     *                 and a line per missing image ({@code file:line: field: message}), which does not stop it
     */
    public Baker(Consumer<String> progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * What to bake and how.
     *
     * @param now                what counts as the present for scheduled articles
     * @param includeUnpublished whether drafts and scheduled articles are baked too (preview)
     * @param threads            render threads; empty for the configured number ({@code render.threads})
     * @param cache              the build cache's folder, which lets the bake read and render only what
     *                           changed since the bake that wrote it and take the rest from the output in
     *                           place; empty for a bake of everything that keeps no cache. The command line's
     *                           default is {@link #defaultCache}
     */
    public record Options(Instant now, boolean includeUnpublished, OptionalInt threads, Optional<Path> cache) {

        public Options {
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(threads, "threads");
            Objects.requireNonNull(cache, "cache");
            if (threads.isPresent() && threads.getAsInt() < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads.getAsInt());
            }
        }

        /** Without a cache. */
        public Options(Instant now, boolean includeUnpublished, OptionalInt threads) {
            this(now, includeUnpublished, threads, Optional.empty());
        }

        /** On the configured threads, without a cache. */
        public Options(Instant now, boolean includeUnpublished) {
            this(now, includeUnpublished, OptionalInt.empty());
        }

        /** On {@code threads} threads, at least 1, without a cache. */
        public Options(Instant now, boolean includeUnpublished, int threads) {
            this(now, includeUnpublished, OptionalInt.of(threads));
        }

        /** These options with the build cache in {@code folder}. */
        public Options withCache(Path folder) {
            return new Options(now, includeUnpublished, threads, Optional.of(folder));
        }

        /** Where the build cache of {@code site} lives unless told otherwise: {@code target/news-portal-cache}. */
        public static Path defaultCache(Path site) {
            return site.resolve("target").resolve("news-portal-cache");
        }
    }

    /**
     * What a bake produced.
     *
     * @param output   the output folder
     * @param articles articles published
     * @param pages    standing pages published
     * @param written  files rendered from templates
     * @param copied   files copied from the asset and content folders
     * @param elapsed  wall time of the whole bake
     * @param kept     pages taken unchanged from the previous output, through the build cache
     */
    public record Result(Path output, int articles, int pages, int written, int copied, Duration elapsed, int kept) {

        /** A bake without a cache, which keeps nothing. */
        public Result(Path output, int articles, int pages, int written, int copied, Duration elapsed) {
            this(output, articles, pages, written, copied, elapsed, 0);
        }
    }

    /**
     * Bakes the site in {@code site} into {@code output}.
     *
     * <p>A shutdown of the JVM (TERM, INT, the end of the parent process) while it runs removes its
     * temporary folder and never swaps it in; what a killed JVM cannot remove, the next bake does.
     *
     * @throws ProblemException with every problem found; {@code output} is then left as it was
     * @throws OutputGuard.Refused when {@code output} is no place for a bake (see {@link OutputGuard})
     */
    public Result bake(Path site, Path output, Options options) {
        long start = System.nanoTime();
        if (options.cache().isPresent()) {
            BuildCache.prepare();
        }
        Timings timings = Timings.fromEnvironment();
        SiteConfig config = SiteConfig.load(site);
        if (options.threads().isPresent()) {
            config = config.withThreads(options.threads().getAsInt());
        }
        OutputGuard.check(config, output);
        if (options.cache().isPresent()) {
            OutputGuard.checkCache(config, output, options.cache().get());
        }
        Messages messages = new Messages(Language.of(config.identity().language()));
        Path target = OutputGuard.real(output);
        // before the cache is matched with the output: a commit a killed bake left half done is undone first
        OutputGuard.sweep(target);
        String contentKey = contentKey(config);
        ContentLoader loader = loader(config, options);
        SiteRenderer renderer = new SiteRenderer(config, imageCache(config, options));
        timings.stage("config");
        Path previous = null;
        Listing listing = new Listing();
        if (options.cache().isPresent()) {
            Set<String> restored = BuildCache.load(options.cache().get(),
                    parts(contentKey, outputStamp(target).orElse("none"), loader, renderer, listing), messages,
                    progress);
            if (!restored.contains(CONTENT)) {
                loader.close();
                loader = loader(config, options);
            }
            if (!restored.contains(FILES)) {
                listing.files = null;
            }
            if (restored.contains(PAGES)) {
                previous = target;
            } else {
                renderer = new SiteRenderer(config, imageCache(config, options));
            }
            timings.stage("cache-load");
        }
        // the loader's bodies file is closed (and a temporary one removed) however the bake ends
        ContentLoader used = loader;
        try (used) {
            return bake(config, options, messages, target, contentKey, used, renderer, previous, listing, start,
                    timings);
        }
    }

    /** The output's file list, as the cache had it and then as this bake leaves it; null when unknown. */
    private static final class Listing {
        OutputFiles files;
    }

    private Result bake(SiteConfig config, Options options, Messages messages, Path target, String contentKey,
                        ContentLoader loader, SiteRenderer renderer, Path previous, Listing listing, long start,
                        Timings timings) {
        SiteModel model = loader.load(options.now(), options.includeUnpublished());
        timings.stage("read");
        progress.accept(messages.read(model.articles().size(), model.pages().size(), start));
        if (!model.warnings().isEmpty()) {
            model.warnings().forEach(warning -> progress.accept(warning.toString()));
            progress.accept(messages.warnings(model.warnings().size()));
        }

        OutputGuard.sweep(target);
        Path temporary = sibling(target, "baking");
        Path staged = previous;
        Shutdown shutdown = Shutdown.watch(temporary);
        try {
            Files.createDirectories(temporary);
            OutputGuard.mark(temporary);
            stampMarker(temporary, target);
            Map<String, String> assets = Assets.names(config);
            int copied = Assets.copy(config, assets, model.staticFiles(), temporary);
            timings.stage("assets");
            SiteRenderer.Update update = renderer.render(model, assets, temporary, previous,
                    count -> progress.accept(messages.writing(count, start)));
            timings.stage("render");
            List<String> written = update.written();
            if (previous != null) {
                progress.accept(messages.reused(written.size(), update.kept().size()));
            }
            renderer.searchStats().ifPresent(stats -> progress.accept(messages.indexed(stats.articles(),
                    stats.took().toNanos() / 1e9, stats.shards(), stats.files(), stats.bytes() / 1e6)));
            // with the previous output in place, only what changed was written: it moves in file by file
            OutputFiles known = listing.files != null && listing.files.holdsFor(target) ? listing.files : null;
            Swap swap = shutdown.unlessStopping(() -> staged != null
                    ? commit(temporary, target, update.taken(), known) : new Swap(replace(temporary, target), null));
            Path old = swap.old();
            timings.stage("swap");
            // the old output goes on the other core while the cache is written: at 20,000 articles each
            // takes about as long as the other (bench/incremental-results-2026-12-07-3.md)
            Thread removal = old == null ? null : new Thread(() -> {
                try {
                    Folders.deleteInParallel(old);
                } catch (UncheckedIOException e) {
                    // the new site is in place; the next bake's sweep removes the old one
                }
            }, "remove-old-output");
            if (removal != null) {
                removal.start();
            }
            if (options.cache().isPresent()) {
                listing.files = listing(target, swap.files());
                save(options.cache().get(), contentKey, loader, renderer, listing, target, messages);
                timings.stage("cache-save");
            }
            awaitQuietly(removal);
            timings.stage("delete-old");
            timings.report(progress, start);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            progress.accept(messages.wrote(written.size(), copied, target, start));
            return new Result(target, model.articles().size(), model.pages().size(), written.size(), copied, elapsed,
                    update.kept().size());
        } catch (IOException e) {
            throw new UncheckedIOException(messages.cannotWrite(target), e);
        } finally {
            shutdown.close();
            try {
                Folders.deleteQuietly(temporary);
            } catch (UncheckedIOException e) {
                // only after a failure or a shutdown; the next bake's sweep removes what is left
            }
        }
    }

    /** Rendered bodies go in the build cache's {@code bodies} folder; without a cache, in a temporary file. */
    private static ContentLoader loader(SiteConfig config, Options options) {
        return options.cache().map(folder -> new ContentLoader(config, folder)).orElseGet(() -> new ContentLoader(config));
    }

    /**
     * Waits for {@code thread}, if any, to end. An interrupt does not cut the wait short (what the thread
     * removes would be left half-deleted for the next sweep) but is kept for the caller.
     */
    private static void awaitQuietly(Thread thread) {
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Photo derivatives go in the build cache's {@code images} folder; without a cache, in the site's default one. */
    private static Path imageCache(SiteConfig config, Options options) {
        return options.cache().map(folder -> folder.resolve("images"))
                .orElseGet(() -> news.portal.image.Derivatives.defaultCache(config));
    }

    /**
     * Writes the cache for the output now in place. A cache that cannot be written costs the next bake its
     * speed, not this one its site: it is reported and the bake succeeds.
     */
    private void save(Path folder, String contentKey, ContentLoader loader, SiteRenderer renderer, Listing listing,
                      Path target, Messages messages) {
        try {
            Optional<String> stamp = outputStamp(target);
            List<BuildCache.Part> parts = parts(contentKey, stamp.orElse("none"), loader, renderer, listing);
            BuildCache.save(folder, stamp.isPresent() ? parts : parts.subList(0, 1));
        } catch (IOException | RuntimeException e) {
            progress.accept(messages.cacheNotSaved(folder, String.valueOf(e.getMessage())));
        }
    }

    private static final String CONTENT = "content";
    private static final String PAGES = "pages";
    private static final String FILES = "files";

    /**
     * The output's file list now: {@code files} as the commit left them, or walked after a swap of a whole
     * tree; null (none kept) when it cannot be read.
     */
    private static OutputFiles listing(Path target, Set<String> files) {
        try {
            return files != null ? OutputFiles.of(target, files) : OutputFiles.walk(target);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /**
     * What the cache keeps: the loader's reads and placings, valid for the same configuration files; the
     * renderer's pages and the output's file list, valid for the output with the marker {@code outputStamp}.
     */
    private static List<BuildCache.Part> parts(String contentKey, String outputStamp, ContentLoader loader,
                                               SiteRenderer renderer, Listing listing) {
        return List.of(part(CONTENT, contentKey, loader::save, loader::restore, loader::changedSinceRestore),
                part(PAGES, outputStamp, renderer::save, renderer::restore, () -> true),
                part(FILES, outputStamp, out -> {
                    // none known: the next in-place commit walks the output
                    out.writeBoolean(listing.files != null);
                    if (listing.files != null) {
                        listing.files.write(out);
                    }
                }, in -> listing.files = in.readBoolean() ? OutputFiles.read(in) : null, () -> true));
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader {
        void read(DataInputStream in) throws IOException;
    }

    private static BuildCache.Part part(String name, String key, Writer writer, Reader reader,
                                        java.util.function.BooleanSupplier changed) {
        return new BuildCache.Part() {
            @Override
            public boolean changed() {
                return changed.getAsBoolean();
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String key() {
                return key;
            }

            @Override
            public void write(DataOutputStream out) throws IOException {
                writer.write(out);
            }

            @Override
            public void read(DataInputStream in) throws IOException {
                reader.read(in);
            }
        };
    }

    /**
     * What reading the sources depends on besides the files themselves and this program: the configuration
     * files, and where the site is (pages name their source files).
     */
    private static String contentKey(SiteConfig config) {
        Path site = config.paths().site();
        return Key.of(site.toString(), Key.ofFile(site.resolve("jbake.properties")), Key.ofFile(site.resolve("custom.properties")));
    }

    /**
     * Dates the new output's marker a whole second later than the marker of the output in place (at least):
     * so the marker's time, to the second, tells every bake of this output from the one before, even after
     * a CI cache restored the folder with new inodes and times kept to the second. The time starts from the
     * one the file system gave the new marker, not from this JVM's clock, which may differ from it.
     */
    private static void stampMarker(Path temporary, Path target) throws IOException {
        long seconds = Files.getLastModifiedTime(temporary.resolve(OutputGuard.MARKER)).toInstant().getEpochSecond();
        Optional<Long> before = markerSeconds(target);
        if (before.isPresent() && before.get() >= seconds) {
            seconds = before.get() + 1;
        }
        Files.setLastModifiedTime(temporary.resolve(OutputGuard.MARKER), FileTime.from(seconds, TimeUnit.SECONDS));
    }

    private static Optional<Long> markerSeconds(Path target) {
        try {
            BasicFileAttributes marker = Files.readAttributes(target.resolve(OutputGuard.MARKER),
                    BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return marker.isRegularFile() ? Optional.of(marker.lastModifiedTime().to(TimeUnit.SECONDS))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Which output is in place: the time of its marker, which every bake writes afresh a second later than
     * the last (see {@link #stampMarker}). The cache's pages are valid only for the output whose stamp they
     * were saved with.
     */
    private static Optional<String> outputStamp(Path target) {
        return markerSeconds(target).map(seconds -> target + "|" + seconds);
    }

    /**
     * Moves a bake that wrote only what changed into {@code target} (see {@link InPlace}); where a file must
     * become a folder or the other way round, the files {@code taken} from the output are linked into the
     * staged folder and that is swapped in whole.
     *
     * @param known the output's file list, when it still holds; null to look at the output
     * @return what to delete (the old output, or the replaced files), and the output's files when known
     */
    private static Swap commit(Path staged, Path target, List<String> taken, OutputFiles known) throws IOException {
        if (InPlace.fits(staged, target, known)) {
            InPlace.Committed committed = InPlace.commit(staged, target, taken, known);
            return new Swap(committed.trash(), committed.files());
        }
        for (String file : taken) {
            Path to = staged.resolve(file);
            Files.createDirectories(to.getParent());
            InPlace.keepCopy(target.resolve(file), to);
        }
        return new Swap(replace(staged, target), null);
    }

    /**
     * @param old   what the swap replaced, for the caller to delete; null for nothing
     * @param files the output's files now, the marker apart; null when not known without a walk
     */
    private record Swap(Path old, Set<String> files) { }

    /**
     * Swaps the finished bake in: the old output moves aside first, so there is always one whole site.
     *
     * @return the old output, moved aside, for the caller to delete; null when there was none
     */
    private static Path replace(Path finished, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (!Files.exists(target)) {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
            return null;
        }
        Path old = sibling(target, "old");
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        return old;
    }

    private static Path sibling(Path target, String purpose) {
        return OutputGuard.scratch(target, purpose, UUID.randomUUID().toString().substring(0, 8));
    }
}
