package news.portal.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a site's sources.
 *
 * @param file    the file, relative to the site folder where possible ({@code content/news/a.md})
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param field   the front-matter field or configuration key, or empty
 * @param message what is wrong and how to fix it, in words an editor understands
 */
public record Problem(String file, int line, String field, String message) {

    /** Orders problems by file, then line, then field, so reports read top to bottom. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::field)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or positive: " + line);
        }
    }

    /** A problem of a whole file, not of one line. */
    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, "", message);
    }

    /** Formats as {@code file:line: field: message}, the form editors and IDEs recognise. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}
