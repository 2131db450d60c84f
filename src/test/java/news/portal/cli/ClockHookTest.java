package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;

class ClockHookTest {

    @TempDir
    Path dir;

    // a "system" clock in 2019, to show the hook does not depend on what the machine says
    private final Clock system = Clock.fixed(Instant.parse("2019-03-04T05:06:07Z"), ZoneOffset.UTC);

    @Test
    void without_the_property_or_the_variable_the_system_clock_is_used() {
        assertThat(ClockHook.read(null, null, system)).isSameAs(system);
        assertThat(ClockHook.read(" ", null, system)).isSameAs(system);
    }

    @Test
    void the_property_sets_the_present_and_wins_over_the_variable() {
        Clock clock = ClockHook.read("2035-01-01T00:00:00Z", "2020-01-01T00:00:00Z", system);

        assertThat(clock.instant()).isEqualTo(Instant.parse("2035-01-01T00:00:00Z"));
        assertThat(ClockHook.read(null, "2020-01-01T00:00:00Z", system).instant())
                .isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void the_hooked_clock_starts_at_the_instant_and_runs_on() throws InterruptedException {
        Clock hooked = ClockHook.read("2035-01-01T00:00:00Z", null, Clock.systemUTC());
        Instant first = hooked.instant();
        Thread.sleep(20);

        assertThat(first).isBetween(Instant.parse("2035-01-01T00:00:00Z"), Instant.parse("2035-01-01T00:00:01Z"));
        assertThat(hooked.instant()).isAfter(first);
    }

    @Test
    void refuses_a_value_that_is_not_an_instant() {
        assertThatThrownBy(() -> ClockHook.read("2035-01-01", null, system))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("“2035-01-01”");
    }

    @Test
    void commands_read_the_present_from_the_clock_they_are_given() {
        Clock clock = Clock.fixed(Instant.parse("2035-06-01T00:00:00Z"), ZoneOffset.UTC);
        CommandRun run = CommandRun.at(clock, "list", TestSites.create(dir, "/fixtures/check/site").toString(),
                "--scheduled");

        // in 2035 the article scheduled for 2030-05-01 is published, so nothing is waiting
        assertThat(run.out()).isEqualTo("没有定时发布的文章。\n");
    }
}
