package news.portal.bake;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Where a bake spends its time, stage by stage, for the benchmarks: one line at the end of a bake when the
 * environment has {@code NEWS_PORTAL_TIMINGS=1} (inherited by the bake's second JVM) or the JVM
 * {@code -Dnews.portal.timings=true}. Off, it measures nothing and prints nothing.
 *
 * <p>When the bake runs in the launcher's second JVM, the launcher passes the time its own JVM started
 * ({@value #LAUNCHER_START}, milliseconds since the epoch), and the line begins with the share of the first
 * JVM: from its start to this JVM's. Without it a benchmark sees only the total and this JVM's part.
 */
final class Timings {

    /** The system property with the start time of the JVM that launched this one, in epoch milliseconds. */
    static final String LAUNCHER_START = "news.portal.launcher.start";

    private final boolean on;
    private final List<String> stages = new ArrayList<>();
    private long last = System.nanoTime();

    private Timings(boolean on) {
        this.on = on;
    }

    /** Timings as the environment asks: on or off. */
    static Timings fromEnvironment() {
        return new Timings("1".equals(System.getenv("NEWS_PORTAL_TIMINGS"))
                || Boolean.getBoolean("news.portal.timings"));
    }

    /** Closes the stage that ran since the last call (or since this was made) under {@code name}. */
    void stage(String name) {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        stages.add(String.format(Locale.ROOT, "%s %.3f", name, (now - last) / 1e9));
        last = now;
    }

    /**
     * Tells {@code out} the stages in one line, after how long this JVM ran before the bake began (its
     * start, and the launcher's when the bake runs in a second JVM, are not in it).
     */
    void report(Consumer<String> out, long bakeStartNanos) {
        if (!on) {
            return;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long jvmMillis = System.currentTimeMillis() - jvmStart;
        double bake = (System.nanoTime() - bakeStartNanos) / 1e9;
        out.accept(String.format(Locale.ROOT, "timings: %sjvm-before-bake %.3f | %s | bake %.3f",
                launcher(jvmStart), jvmMillis / 1e3 - bake, String.join(" | ", stages), bake));
    }

    /** {@code "launcher S | "}: how long the first JVM ran before this one started; empty in the first JVM. */
    private static String launcher(long jvmStart) {
        String start = System.getProperty(LAUNCHER_START);
        if (start == null) {
            return "";
        }
        try {
            return String.format(Locale.ROOT, "launcher %.3f | ", (jvmStart - Long.parseLong(start)) / 1e3);
        } catch (NumberFormatException e) {
            // set by hand to something else: the line keeps the stages this JVM measured
            return "";
        }
    }
}
