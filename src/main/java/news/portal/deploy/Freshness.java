package news.portal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import news.portal.bake.OutputGuard;
import news.portal.config.SiteConfig;

/**
 * Whether the baked output still shows the sources. It does not when any file or folder under
 * {@code content/}, {@code templates/}, {@code assets/}, or {@code jbake.properties}, was modified after the
 * newest file of the output. Folders count because deleting an article changes only its folder's time.
 * Modification times rather than a stamp file: the bake writes every output file anew, so the output's
 * newest file is the end of the last bake, and nothing extra lands in the site to be deployed.
 */
final class Freshness {

    private Freshness() {
    }

    /** Why {@code output} must be baked again, or empty when it is up to date. */
    static Optional<String> staleReason(SiteConfig site, Path output, Messages messages) {
        if (!Files.isDirectory(output)) {
            return Optional.of(messages.noBake(output));
        }
        // the marker is a stamp of the bake, not a page of it: its time may be set a second or more ahead
        Optional<FileTime> baked = newest(output, false, messages, output.resolve(OutputGuard.MARKER));
        if (baked.isEmpty()) {
            return Optional.of(messages.emptyBake(output));
        }
        SiteConfig.Paths paths = site.paths();
        for (Path source : List.of(paths.site().resolve("jbake.properties"), paths.site().resolve("custom.properties"),
                paths.content(), paths.templates(), paths.assets())) {
            Optional<FileTime> changed = newest(source, true, messages, null);
            if (changed.isPresent() && changed.get().compareTo(baked.get()) > 0) {
                return Optional.of(messages.changedSince(paths.site().relativize(source)));
            }
        }
        return Optional.empty();
    }

    private static Optional<FileTime> newest(Path root, boolean withFolders, Messages messages, Path skipped) {
        if (!Files.exists(root)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> withFolders || Files.isRegularFile(p)).filter(p -> !p.equals(skipped))
                    .map(p -> modified(p, messages))
                    .max(FileTime::compareTo);
        } catch (IOException e) {
            throw new UncheckedIOException(messages.cannotReadFile(root), e);
        }
    }

    private static FileTime modified(Path path, Messages messages) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException(messages.cannotReadFile(path), e);
        }
    }
}
