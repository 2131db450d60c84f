package news.portal.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimingsTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty("news.portal.timings");
        System.clearProperty(Timings.LAUNCHER_START);
    }

    @Test
    void says_nothing_when_off() {
        assumeFalse("1".equals(System.getenv("NEWS_PORTAL_TIMINGS")), "the build's environment asks for timings");
        List<String> lines = new ArrayList<>();
        Timings timings = Timings.fromEnvironment();
        timings.stage("read");
        timings.report(lines::add, System.nanoTime());
        assertEquals(List.of(), lines);
    }

    @Test
    void starts_with_the_launchers_share_when_the_launcher_passed_its_start() {
        System.setProperty("news.portal.timings", "true");
        long ownStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.setProperty(Timings.LAUNCHER_START, Long.toString(ownStart - 250));
        List<String> lines = new ArrayList<>();
        Timings timings = Timings.fromEnvironment();
        timings.stage("read");
        timings.report(lines::add, System.nanoTime());
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("timings: launcher 0.250 | jvm-before-bake "), lines.get(0));
        assertTrue(lines.get(0).contains(" | read "), lines.get(0));
    }

    @Test
    void leaves_out_the_launcher_in_the_first_jvm_or_when_its_start_is_no_number() {
        System.setProperty("news.portal.timings", "true");
        for (String start : new String[] {null, "yesterday"}) {
            if (start != null) {
                System.setProperty(Timings.LAUNCHER_START, start);
            }
            List<String> lines = new ArrayList<>();
            Timings.fromEnvironment().report(lines::add, System.nanoTime());
            assertTrue(lines.get(0).startsWith("timings: jvm-before-bake "), lines.get(0));
        }
    }
}
