package dev.nestql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The texts of array elements are what PgJDBC 42.7 sends for the same value bound alone, so that
 * {@code in} selects what {@code eq} selects: times rounded half up to microseconds ({@code timetz}
 * truncated), infinities past the driver's thresholds, BC years, and every character of a text
 * kept inside its quotes.
 */
class PgTextTest {

    @Test
    void timesRoundHalfUpToMicrosecondsAndTheEndOfTheDayIs24() {
        assertEquals("10:00:00.000001", PgText.time(LocalTime.of(10, 0, 0, 500)));
        assertEquals("10:00", PgText.time(LocalTime.of(10, 0, 0, 499)));
        assertEquals("10:00:00.000003", PgText.time(LocalTime.of(10, 0, 0, 2_500)));
        assertEquals("24:00:00", PgText.time(LocalTime.of(23, 59, 59, 999_999_500)));
        assertEquals("24:00:00", PgText.time(LocalTime.MAX));
        assertEquals("23:59:59.999999", PgText.time(LocalTime.of(23, 59, 59, 999_999_499)));
    }

    @Test
    void timetzIsTruncatedToMicroseconds() {
        assertEquals("10:00Z", PgText.timetz(OffsetTime.of(10, 0, 0, 600, ZoneOffset.UTC)));
        assertEquals("10:00:00.999999+05:30",
                PgText.timetz(OffsetTime.of(10, 0, 0, 999_999_999, ZoneOffset.ofHoursMinutes(5, 30))));
    }

    @Test
    void timestampsRoundHalfUpAndBecomeInfinityNearTheirExtremes() {
        assertEquals("2024-02-29 10:00:00.000001", PgText.timestamp(LocalDateTime.of(2024, 2, 29, 10, 0, 0, 500)));
        assertEquals("infinity", PgText.timestamp(LocalDateTime.MAX));
        assertEquals("infinity", PgText.timestamp(LocalDateTime.MAX.minusNanos(1)));
        assertEquals("-infinity", PgText.timestamp(LocalDateTime.MIN.plusNanos(1)));
        assertEquals("0044-03-15 12:00 BC", PgText.timestamp(LocalDateTime.of(-43, 3, 15, 12, 0)));
        assertEquals("infinity", PgText.timestamptz(OffsetDateTime.MAX.minusNanos(1)));
        assertEquals("-infinity", PgText.timestamptz(OffsetDateTime.MIN.plus(Duration.ofMillis(499))));
        assertEquals("2024-02-29 08:00:00.000001+00",
                PgText.timestamptz(OffsetDateTime.of(2024, 2, 29, 10, 0, 0, 500, ZoneOffset.ofHours(2))));
    }

    @Test
    void datesHaveBcYearsAndInfinities() {
        assertEquals("infinity", PgText.date(LocalDate.MAX));
        assertEquals("-infinity", PgText.date(LocalDate.MIN));
        assertEquals("0001-01-01 BC", PgText.date(LocalDate.of(0, 1, 1)));
        assertEquals("10000-01-01", PgText.date(LocalDate.of(10000, 1, 1)));
    }

    @Test
    void arrayElementsKeepEveryCharacterInsideTheirQuotes() {
        assertEquals("{\"a,b\",\"{x}\",\"\\\"q\\\"\",\"back\\\\slash\",\"NULL\",\"\",\" \"}",
                PgText.array(List.of("a,b", "{x}", "\"q\"", "back\\slash", "NULL", "", " "), ColumnType.STRING));
        assertEquals("{\"\\\\x01ff\"}", PgText.array(List.of(new byte[] {1, (byte) 0xff}), ColumnType.BYTES));
    }
}
