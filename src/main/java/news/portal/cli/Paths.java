package news.portal.cli;

import java.nio.file.Path;

/** Paths as a person at the terminal wants them: relative to the working folder when inside it. */
final class Paths {

    private Paths() {
    }

    static String forPeople(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute).toString();
    }
}
