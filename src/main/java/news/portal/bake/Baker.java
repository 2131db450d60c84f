package news.portal.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;

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
     */
    public record Options(Instant now, boolean includeUnpublished, OptionalInt threads) {

        public Options {
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(threads, "threads");
            if (threads.isPresent() && threads.getAsInt() < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads.getAsInt());
            }
        }

        /** On the configured threads. */
        public Options(Instant now, boolean includeUnpublished) {
            this(now, includeUnpublished, OptionalInt.empty());
        }

        /** On {@code threads} threads, at least 1. */
        public Options(Instant now, boolean includeUnpublished, int threads) {
            this(now, includeUnpublished, OptionalInt.of(threads));
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
     */
    public record Result(Path output, int articles, int pages, int written, int copied, Duration elapsed) { }

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
        SiteConfig config = SiteConfig.load(site);
        if (options.threads().isPresent()) {
            config = config.withThreads(options.threads().getAsInt());
        }
        OutputGuard.check(config, output);
        Messages messages = new Messages(Language.of(config.identity().language()));
        SiteRenderer renderer = new SiteRenderer(config);
        SiteModel model = new ContentLoader(config).load(options.now(), options.includeUnpublished());
        progress.accept(messages.read(model.articles().size(), model.pages().size(), start));
        if (!model.warnings().isEmpty()) {
            model.warnings().forEach(warning -> progress.accept(warning.toString()));
            progress.accept(messages.warnings(model.warnings().size()));
        }

        Path target = OutputGuard.real(output);
        OutputGuard.sweep(target);
        Path temporary = sibling(target, "baking");
        Shutdown shutdown = Shutdown.watch(temporary);
        try {
            Files.createDirectories(temporary);
            OutputGuard.mark(temporary);
            Map<String, String> assets = Assets.names(config);
            int copied = Assets.copy(config, assets, model.staticFiles(), temporary);
            List<String> written = renderer.render(model, assets, temporary,
                    count -> progress.accept(messages.writing(count, start)));
            renderer.searchStats().ifPresent(stats -> progress.accept(messages.indexed(stats.articles(),
                    stats.took().toNanos() / 1e9, stats.shards(), stats.files(), stats.bytes() / 1e6)));
            Path old = shutdown.unlessStopping(() -> replace(temporary, target));
            if (old != null) {
                try {
                    Folders.deleteQuietly(old);
                } catch (UncheckedIOException e) {
                    // the new site is in place; the next bake's sweep removes the old one
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            progress.accept(messages.wrote(written.size(), copied, target, start));
            return new Result(target, model.articles().size(), model.pages().size(), written.size(), copied, elapsed);
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
