package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class DatesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static ZonedDateTime parse(String text) {
        return Dates.parse(text, SHANGHAI, "yyyy-MM-dd");
    }

    private static ZonedDateTime shanghai(int year, int month, int day, int hour, int minute, int second) {
        return ZonedDateTime.of(year, month, day, hour, minute, second, 0, SHANGHAI);
    }

    @Test
    void accepts_date_and_minutes() {
        assertThat(parse("2025-11-28 12:24")).isEqualTo(shanghai(2025, 11, 28, 12, 24, 0));
    }

    @Test
    void accepts_date_and_seconds() {
        assertThat(parse("2025-11-28 12:24:30")).isEqualTo(shanghai(2025, 11, 28, 12, 24, 30));
        assertThat(parse("2025-11-28 12:24:00")).isEqualTo(shanghai(2025, 11, 28, 12, 24, 0));
    }

    @Test
    void accepts_date_with_t_and_no_offset() {
        assertThat(parse("2025-11-28T12:24")).isEqualTo(shanghai(2025, 11, 28, 12, 24, 0));
        assertThat(parse("2025-11-28T12:24:00")).isEqualTo(shanghai(2025, 11, 28, 12, 24, 0));
    }

    @Test
    void accepts_a_bare_date_as_midnight() {
        assertThat(parse("2025-11-28")).isEqualTo(shanghai(2025, 11, 28, 0, 0, 0));
    }

    @Test
    void accepts_a_leap_day() {
        assertThat(parse("2024-02-29")).isEqualTo(shanghai(2024, 2, 29, 0, 0, 0));
    }

    @Test
    void ignores_surrounding_whitespace() {
        assertThat(parse("  2025-11-28 12:24 ")).isEqualTo(shanghai(2025, 11, 28, 12, 24, 0));
    }

    @Test
    void date_without_offset_is_in_the_given_zone() {
        ZonedDateTime date = parse("2025-11-28 12:24");

        assertThat(date.getZone()).isEqualTo(SHANGHAI);
        assertThat(date.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(date.toInstant().toString()).isEqualTo("2025-11-28T04:24:00Z");
    }

    @Test
    void date_without_offset_follows_another_zone_when_given() {
        ZonedDateTime date = Dates.parse("2025-11-28 12:24", ZoneId.of("Asia/Urumqi"), "yyyy-MM-dd");

        assertThat(date.getOffset()).isEqualTo(ZoneOffset.ofHours(6));
    }

    @Test
    void accepts_iso_with_offset() {
        ZonedDateTime date = parse("2025-11-28T12:24:00+08:00");

        assertThat(date).isEqualTo(shanghai(2025, 11, 28, 12, 24, 0));
    }

    @Test
    void utc_is_the_same_instant_shown_in_the_site_zone() {
        ZonedDateTime date = parse("2025-11-28T04:24:00Z");

        assertThat(date.toInstant()).isEqualTo(shanghai(2025, 11, 28, 12, 24, 0).toInstant());
        assertThat(date.getZone()).isEqualTo(SHANGHAI);
        assertThat(date.getHour()).isEqualTo(12);
    }

    @Test
    void other_offsets_are_converted_to_the_site_zone() {
        ZonedDateTime date = parse("2025-11-28T13:24:00+09:00");

        assertThat(date).isEqualTo(shanghai(2025, 11, 28, 12, 24, 0));
    }

    @Test
    void rejects_a_month_that_does_not_exist() {
        assertThatThrownBy(() -> parse("2024-13-45"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-13-45")
                .hasMessageContaining("没有 13 月");
    }

    @Test
    void rejects_a_day_the_month_does_not_have() {
        assertThatThrownBy(() -> parse("2025-02-30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 月没有 30 日");
        assertThatThrownBy(() -> parse("2025-02-29"))
                .hasMessageContaining("2 月没有 29 日");
        assertThatThrownBy(() -> parse("2025-11-31 08:00"))
                .hasMessageContaining("11 月没有 31 日");
    }

    @Test
    void rejects_an_hour_that_does_not_exist() {
        assertThatThrownBy(() -> parse("2025-11-28 25:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("时间超出范围");
        assertThatThrownBy(() -> parse("2025-11-28 12:60"))
                .hasMessageContaining("时间超出范围");
    }

    @Test
    void rejects_text_that_is_no_date() {
        assertThatThrownBy(() -> parse("下周一"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("无法识别的日期“下周一”")
                .hasMessageContaining("2025-11-28 12:24");
        assertThatThrownBy(() -> parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("2025年11月28日")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_trailing_text_after_a_date() {
        assertThatThrownBy(() -> parse("2025-11-28 中午")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accepts_the_jbake_date_format_strictly() {
        ZonedDateTime date = Dates.parse("28/11/2025", SHANGHAI, "dd/MM/yyyy");

        assertThat(date).isEqualTo(shanghai(2025, 11, 28, 0, 0, 0));
        assertThatThrownBy(() -> Dates.parse("32/11/2025", SHANGHAI, "dd/MM/yyyy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32/11/2025");
        assertThatThrownBy(() -> Dates.parse("28/13/2025", SHANGHAI, "dd/MM/yyyy"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dates.parse("28/11/2025 上午", SHANGHAI, "dd/MM/yyyy"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jbake_format_with_time_is_read_in_the_site_zone() {
        ZonedDateTime date = Dates.parse("28/11/2025 12:24", SHANGHAI, "dd/MM/yyyy HH:mm");

        assertThat(date).isEqualTo(shanghai(2025, 11, 28, 12, 24, 0));
    }

    @Test
    void a_broken_jbake_date_format_does_not_crash() {
        assertThatThrownBy(() -> Dates.parse("28/11/2025", SHANGHAI, "qq/ww"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("无法识别的日期");
    }

    @Test
    void numbers_at_the_edges_of_their_range_are_not_blamed_when_something_else_is_wrong() {
        for (String text : new String[] {"2025-12-31 23:59:59 中午", "2025-01-01 00:00 上午", "2025-02-28 x"}) {
            assertThatThrownBy(() -> parse(text)).as(text)
                    .hasMessageStartingWith("无法识别的日期“" + text + "”。")
                    .hasMessageNotContaining("没有").hasMessageNotContaining("超出");
        }
        assertThatThrownBy(() -> parse("2025-01-00")).hasMessageContaining("1 月没有 0 日");
        assertThatThrownBy(() -> parse("2025-00-10")).hasMessageContaining("没有 0 月");
        assertThatThrownBy(() -> parse("2025-12-32")).hasMessageContaining("12 月没有 32 日");
        assertThatThrownBy(() -> parse("2025-11-28 23:59:60")).hasMessageContaining("时间超出范围");
        assertThatThrownBy(() -> parse("2025-11-28 24:00")).hasMessageContaining("时间超出范围");
    }
}
