package news.portal.content;

import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as editors write them, strictly: {@code 2024-13-45} is an error, not next year's February
 * (as JBake's lenient parser would have it).
 */
final class Dates {

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            strict("uuuu-MM-dd HH:mm"), strict("uuuu-MM-dd HH:mm:ss"),
            strict("uuuu-MM-dd'T'HH:mm"), strict("uuuu-MM-dd'T'HH:mm:ss"));
    private static final DateTimeFormatter LOCAL_DATE = strict("uuuu-MM-dd");
    private static final Pattern NUMBERS = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?)?.*");

    private Dates() {
    }

    /**
     * @param text        the value as written
     * @param zone        the site's zone, for values without an offset
     * @param jbakeFormat JBake's {@code date.format}, also accepted (strictly)
     * @throws IllegalArgumentException with a message for the editor
     */
    static ZonedDateTime parse(String text, ZoneId zone, String jbakeFormat) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).atZoneSameInstant(zone);
        } catch (DateTimeParseException ignored) {
            // not ISO with offset; try the local forms next
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            try {
                return LocalDateTime.parse(value, format).atZone(zone);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return LocalDate.parse(value, LOCAL_DATE).atStartOfDay(zone);
        } catch (DateTimeParseException ignored) {
            // try JBake's own format last
        }
        ZonedDateTime jbake = jbakeFormat(value, zone, jbakeFormat);
        if (jbake != null) {
            return jbake;
        }
        throw new IllegalArgumentException("无法识别的日期“" + value + "”" + reason(value)
                + "。请写成 2025-11-28 12:24、2025-11-28 12:24:00、2025-11-28 或 2025-11-28T12:24:00+08:00");
    }

    private static ZonedDateTime jbakeFormat(String value, ZoneId zone, String pattern) {
        try {
            SimpleDateFormat format = new SimpleDateFormat(pattern);
            format.setLenient(false);
            format.setTimeZone(TimeZone.getTimeZone(zone));
            ParsePosition position = new ParsePosition(0);
            Date date = format.parse(value, position);
            if (date == null || position.getIndex() != value.length()) {
                return null;
            }
            return date.toInstant().atZone(zone);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String reason(String value) {
        Matcher m = NUMBERS.matcher(value);
        if (!m.matches()) {
            return "";
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return "：没有 " + month + " 月";
        }
        if (day < 1 || day > LocalDate.of(Integer.parseInt(m.group(1)), month, 1).lengthOfMonth()) {
            return "：" + month + " 月没有 " + day + " 日";
        }
        if (m.group(4) != null && (Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59
                || (m.group(6) != null && Integer.parseInt(m.group(6)) > 59))) {
            return "：时间超出范围";
        }
        return "";
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
