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
 */
final class Timings {

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
        long jvmMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        double bake = (System.nanoTime() - bakeStartNanos) / 1e9;
        out.accept(String.format(Locale.ROOT, "timings: jvm-before-bake %.3f | %s | bake %.3f",
                jvmMillis / 1e3 - bake, String.join(" | ", stages), bake));
    }
}
