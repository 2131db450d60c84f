package news.portal.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The clock the commands read the present from. A test hook, not a setting for editors: the system property
 * {@value #PROPERTY} or the environment variable {@value #VARIABLE}, holding an instant such as
 * {@code 2026-01-01T00:00:00Z}, starts the clock at that instant (it then runs on), so tests of scheduled
 * articles and of "dated now" give the same result whatever the machine's date. Without either, the system
 * clock.
 */
final class ClockHook {

    static final String PROPERTY = "news.portal.now";
    static final String VARIABLE = "NEWS_PORTAL_NOW";

    private ClockHook() {
    }

    /** The system clock, or the one the hook asks for. */
    static Clock fromEnvironment() {
        return read(System.getProperty(PROPERTY), System.getenv(VARIABLE), Clock.systemUTC());
    }

    /** The property first, then the variable; a value that is not an instant is refused, not ignored. */
    static Clock read(String property, String variable, Clock system) {
        Optional<String> value = Optional.ofNullable(property).or(() -> Optional.ofNullable(variable))
                .map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return system;
        }
        try {
            Instant start = Instant.parse(value.get());
            return Clock.offset(system, Duration.between(system.instant(), start));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " / " + VARIABLE + " must be an instant such as "
                    + "2026-01-01T00:00:00Z, not “" + value.get() + "”", e);
        }
    }
}
