package news.portal.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import news.portal.config.SiteConfig;
import news.portal.content.ContentLoader;
import news.portal.content.SiteModel;
import news.portal.problem.Language;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;
import news.portal.render.SiteRenderer;

/**
 * A bake that stays up to date while its sources change, for preview: after an edit it reads and renders
 * only the changed articles and writes only the pages whose content changed. A change of template or
 * configuration bakes everything again. When the sources have a problem, the folder keeps the last good
 * site. Not thread-safe: one caller at a time.
 */
public final class LiveBake {

    private final Path site;
    private final Path out;
    private final boolean includeUnpublished;
    private final UnaryOperator<SiteConfig> adjust;
    private final Clock clock;
    private SiteConfig config;
    private ContentLoader loader;
    private SiteRenderer renderer;
    private boolean built;

    /**
     * @param site               the site folder
     * @param out                the folder to keep up to date; it belongs to this bake
     * @param includeUnpublished whether drafts and scheduled articles are shown
     * @param adjust             changes the configuration after each read (a preview serves from its own host)
     * @param clock              what each build takes as the present, for which articles are due
     */
    public LiveBake(Path site, Path out, boolean includeUnpublished, UnaryOperator<SiteConfig> adjust, Clock clock) {
        this.site = site.toAbsolutePath().normalize();
        this.out = out;
        this.includeUnpublished = includeUnpublished;
        this.adjust = adjust;
        this.clock = clock;
    }

    /**
     * What one build did.
     *
     * @param full     whether everything was baked again
     * @param written  pages written
     * @param removed  pages deleted
     * @param problems what is wrong with the sources; empty when the build succeeded
     * @param warnings what the build let through but an editor should fix (an image that is not there)
     * @param took     wall time
     */
    public record Outcome(boolean full, List<String> written, List<String> removed, List<Problem> problems,
                          List<Problem> warnings, Duration took) {

        /** Whether the folder now shows the sources as they are. */
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /** Bakes everything again: configuration, templates, assets and content. */
    public Outcome rebuild() {
        long start = System.nanoTime();
        Messages messages = messages();
        ContentLoader freshLoader = null;
        try {
            SiteConfig fresh = adjust.apply(SiteConfig.load(site));
            SiteRenderer freshRenderer = new SiteRenderer(fresh);
            freshLoader = new ContentLoader(fresh);
            SiteModel model = freshLoader.load(clock.instant(), includeUnpublished);
            OutputGuard.check(fresh, out);
            Path staging = Files.createTempDirectory(out.getParent(), ".live-");
            try {
                OutputGuard.mark(staging);
                Map<String, String> assets = Assets.names(fresh);
                Assets.copy(fresh, assets, model.staticFiles(), staging);
                List<String> written = freshRenderer.render(model, assets, staging, count -> { });
                Folders.deleteQuietly(out);
                Files.move(staging, out);
                config = fresh;
                if (loader != null) {
                    // its bodies file goes with it: nothing shows its articles any more
                    loader.close();
                }
                loader = freshLoader;
                freshLoader = null;
                renderer = freshRenderer;
                built = true;
                return new Outcome(true, written, List.of(), List.of(), model.warnings(), since(start));
            } finally {
                Folders.deleteQuietly(staging);
            }
        } catch (ProblemException e) {
            return new Outcome(true, List.of(), List.of(), e.problems(), List.of(), since(start));
        } catch (IOException e) {
            throw new UncheckedIOException(messages.cannotWritePreview(out), e);
        } finally {
            if (freshLoader != null) {
                freshLoader.close();
            }
        }
    }

    /**
     * Brings the folder up to date after {@code changed} files changed (created, edited or deleted).
     * Template and configuration changes, and any change before a first successful build, bake everything.
     */
    public Outcome update(Collection<Path> changed) {
        if (!built || changed.stream().anyMatch(this::needsRebuild)) {
            return rebuild();
        }
        long start = System.nanoTime();
        try {
            List<Path> assets = changed.stream().filter(p -> p.startsWith(config.paths().assets())).toList();
            SiteModel model = loader.reload(clock.instant(), includeUnpublished, changed);
            Map<String, String> names = Assets.names(config);
            Assets.copy(config, names, model.staticFiles(), out);
            removeDeleted(assets);
            SiteRenderer.Update update = renderer.update(model, names, out);
            return new Outcome(false, update.written(), update.removed(), List.of(), model.warnings(), since(start));
        } catch (ProblemException e) {
            return new Outcome(false, List.of(), List.of(), e.problems(), List.of(), since(start));
        } catch (IOException e) {
            throw new UncheckedIOException(messages().cannotWritePreview(out), e);
        }
    }

    /** In the language of the last good configuration; before one, of this JVM. */
    private Messages messages() {
        return new Messages(config == null ? Language.ofJvm() : Language.of(config.identity().language()));
    }

    private boolean needsRebuild(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(config.paths().templates())
                || absolute.getParent() != null && absolute.getParent().equals(site)
                && absolute.getFileName().toString().endsWith(".properties");
    }

    /** An asset deleted from the sources goes from the site too; renamed folders are caught by a rebuild. */
    private void removeDeleted(List<Path> assets) throws IOException {
        List<Path> gone = new ArrayList<>();
        for (Path asset : assets) {
            if (!Files.exists(asset)) {
                gone.add(out.resolve(config.paths().assets().relativize(asset).toString()));
            }
        }
        for (Path file : gone) {
            if (Files.isRegularFile(file)) {
                Files.delete(file);
            }
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
