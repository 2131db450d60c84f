package news.portal.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/** Builds site folders for tests: a fixture's content and configuration with the repository's own templates. */
public final class TestSites {

    private TestSites() {
    }

    /**
     * The present of every test that bakes or checks: after all fixture and sample articles but the ones
     * scheduled for 2030-05-01, a day after the sample site's newest (so its news sitemap has an article),
     * and at noon in Asia/Shanghai, far from a change of date. Tests never read the machine's clock, so
     * they give the same result on any day; move this forward when the repository's own site gains
     * articles dated after it.
     */
    public static final Instant NOW = Instant.parse("2026-11-21T04:00:00Z");

    /** A clock stopped at {@link #NOW}. */
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Publishes what is due at {@link #NOW}, on the configured threads. */
    public static Baker.Options publishing() {
        return new Baker.Options(NOW, false);
    }

    /** The repository's root, where Maven runs the tests. */
    public static Path repository() {
        return Path.of("").toAbsolutePath();
    }

    /** Bakes the repository's own site into {@code out} as {@code mvn package} does: what is due at {@link #NOW}. */
    public static Baker.Result bakeRepository(Path out) {
        return new Baker(line -> { }).bake(repository(), out, publishing());
    }

    /** A classpath fixture folder, e.g. {@code /fixtures/bake/site}. */
    public static Path fixture(String name) {
        try {
            return Path.of(TestSites.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + name, e);
        }
    }

    /** Copies the fixture {@code name} into {@code dir} with the repository's templates and assets. */
    public static Path create(Path dir, String name) {
        Path site = dir.resolve("site");
        copyTree(fixture(name), site);
        copyTree(repository().resolve("templates"), site.resolve("templates"));
        copyTree(repository().resolve("assets"), site.resolve("assets"));
        return site;
    }

    /** Copies every file below {@code from} to the same place below {@code to}. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a UTF-8 text file, creating folders. */
    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a UTF-8 text file. */
    public static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
