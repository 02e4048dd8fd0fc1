package dev.nestql.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Values in the text forms that PostgreSQL's input functions read, as PostgreSQL's JDBC driver
 * writes them for a bound parameter: infinities of dates and times, BC years, {@code 24:00:00},
 * {@code bytea} in hex. Used for the elements of array parameters.
 */
final class PgText {
    private static final Instant INSTANT_MAX = OffsetDateTime.MAX.toInstant();
    private static final Instant INSTANT_MIN = OffsetDateTime.MIN.toInstant();
    /** Past these the driver sends {@code infinity} and {@code -infinity}, as rounding would overflow. */
    private static final LocalDateTime LOCAL_DATE_TIME_MAX = LocalDateTime.MAX.minus(Duration.ofMillis(500));
    private static final LocalDateTime LOCAL_DATE_TIME_MIN = LocalDateTime.MIN.plus(Duration.ofMillis(500));
    private static final OffsetDateTime OFFSET_DATE_TIME_MAX = OffsetDateTime.MAX.minus(Duration.ofMillis(500));
    private static final OffsetDateTime OFFSET_DATE_TIME_MIN = OffsetDateTime.MIN.plus(Duration.ofMillis(500));
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private PgText() {}

    /** A {@code date}: {@code LocalDate.MAX}/{@code MIN} are {@code infinity}/{@code -infinity}; year 0 is 1 BC. */
    static String date(LocalDate value) {
        if (value.equals(LocalDate.MAX)) {
            return "infinity";
        }
        if (value.equals(LocalDate.MIN)) {
            return "-infinity";
        }
        return datePart(value) + era(value);
    }

    /**
     * A {@code time}, rounded half up to microseconds as the driver rounds it: a time that rounds to
     * the end of the day, {@code LocalTime.MAX} among them, is {@code 24:00:00}.
     */
    static String time(LocalTime value) {
        long micros = (value.toNanoOfDay() + 500) / 1000;
        return micros * 1000 >= NANOS_PER_DAY ? "24:00:00" : LocalTime.ofNanoOfDay(micros * 1000).toString();
    }

    /** A {@code timetz}: the time and its offset, {@code OffsetTime.MAX} as {@code 24:00:00}. */
    static String timetz(OffsetTime value) {
        // As the driver writes it: microseconds truncated; OffsetTime.MAX (what 24:00:00 reads as)
        // has an offset PostgreSQL refuses, for eq and in alike.
        return value.equals(OffsetTime.MAX) ? "24:00:00-18" : value.truncatedTo(ChronoUnit.MICROS).toString();
    }

    /** A {@code timestamp}: {@code MAX}/{@code MIN} are the infinities. */
    static String timestamp(LocalDateTime value) {
        if (value.isAfter(LOCAL_DATE_TIME_MAX)) {
            return "infinity";
        }
        if (value.isBefore(LOCAL_DATE_TIME_MIN)) {
            return "-infinity";
        }
        LocalDateTime rounded = roundToMicros(value);
        return datePart(rounded.toLocalDate()) + ' ' + rounded.toLocalTime() + era(rounded.toLocalDate());
    }

    /** A {@code timestamptz}, written in UTC: {@code MAX}/{@code MIN} are the infinities. */
    static String timestamptz(OffsetDateTime value) {
        if (value.isAfter(OFFSET_DATE_TIME_MAX)) {
            return "infinity";
        }
        if (value.isBefore(OFFSET_DATE_TIME_MIN)) {
            return "-infinity";
        }
        LocalDateTime utc = roundToMicros(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        return datePart(utc.toLocalDate()) + ' ' + utc.toLocalTime() + "+00" + era(utc.toLocalDate());
    }

    /**
     * An instant as the {@code OffsetDateTime} that is bound for it: in UTC, except the instants
     * that {@code infinity} and {@code -infinity} are read as, which stay {@code OffsetDateTime.MAX}
     * and {@code MIN}.
     *
     * @throws java.time.DateTimeException when the instant is outside the years an
     *     {@code OffsetDateTime} holds
     */
    static OffsetDateTime offsetDateTime(Instant value) {
        if (value.equals(INSTANT_MAX)) {
            return OffsetDateTime.MAX;
        }
        if (value.equals(INSTANT_MIN)) {
            return OffsetDateTime.MIN;
        }
        return OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
    }

    /** A {@code bytea} in hex: {@code \x0a1b}. */
    static String bytea(byte[] value) {
        return "\\x" + HexFormat.of().formatHex(value);
    }

    /**
     * An array of {@code values}, each written by {@code type} and double-quoted, so that any text
     * (commas, braces, quotes, backslashes, blanks, the word NULL) stays one element as it is; a
     * {@code null} element is {@code NULL}.
     */
    static <T> String array(Collection<? extends T> values, ColumnType<T> type) {
        StringBuilder text = new StringBuilder(values.size() * 8 + 2).append('{');
        for (T value : values) {
            if (text.length() > 1) {
                text.append(',');
            }
            if (value == null) {
                text.append("NULL");
            } else {
                quote(text, type.text(value));
            }
        }
        return text.append('}').toString();
    }

    /** Appends {@code element} double-quoted, with its quotes and backslashes escaped. */
    private static void quote(StringBuilder text, String element) {
        text.append('"');
        for (int i = 0; i < element.length(); i++) {
            char c = element.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\');
            }
            text.append(c);
        }
        text.append('"');
    }

    /** Rounded half up to microseconds, as the driver sends timestamps. */
    private static LocalDateTime roundToMicros(LocalDateTime value) {
        return value.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    static String datePart(LocalDate value) {
        int year = value.getYear() > 0 ? value.getYear() : 1 - value.getYear();
        StringBuilder text = new StringBuilder(10);
        String digits = Integer.toString(year);
        for (int i = digits.length(); i < 4; i++) {
            text.append('0');
        }
        text.append(digits).append('-');
        if (value.getMonthValue() < 10) {
            text.append('0');
        }
        text.append(value.getMonthValue()).append('-');
        if (value.getDayOfMonth() < 10) {
            text.append('0');
        }
        return text.append(value.getDayOfMonth()).toString();
    }

    static String era(LocalDate value) {
        return value.getYear() > 0 ? "" : " BC";
    }
}
