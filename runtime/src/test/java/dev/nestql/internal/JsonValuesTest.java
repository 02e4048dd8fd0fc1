package dev.nestql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Values as PostgreSQL 15 writes them into JSON ({@code json_build_array}), read as PgJDBC 42.7
 * reads the same column of a plain result set. Every expected value was taken from
 * {@code ResultSet.getObject(i, Type.class)} (and {@code getBigDecimal}) on the same value, in text
 * and binary transfer; the JSON texts from PostgreSQL under the session time zone each test names.
 */
class JsonValuesTest {

    @Test
    void datesAreProlepticAndInfinitiesAreTheExtremes() throws IOException {
        assertEquals(LocalDate.MAX, date("infinity"));
        assertEquals(LocalDate.MIN, date("-infinity"));
        assertEquals(LocalDate.of(2024, 2, 29), date("2024-02-29"));
        assertEquals(LocalDate.of(1, 1, 1), date("0001-01-01"));
        // PostgreSQL's calendar is proleptic Gregorian, as java.time's: no Julian gap in 1582.
        assertEquals(LocalDate.of(1582, 10, 10), date("1582-10-10"));
        // 1 BC is the year 0, 44 BC the year -43.
        assertEquals(LocalDate.of(0, 1, 1), date("0001-01-01 BC"));
        assertEquals(LocalDate.of(0, 12, 31), date("0001-12-31 BC"));
        assertEquals(LocalDate.of(-43, 3, 15), date("0044-03-15 BC"));
        assertEquals(LocalDate.of(-4712, 1, 1), date("4713-01-01 BC"));
        // Years past 9999 have more digits and no sign; 5874897-12-31 is the last date PostgreSQL has.
        assertEquals(LocalDate.of(10000, 1, 1), date("10000-01-01"));
        assertEquals(LocalDate.of(5874897, 12, 31), date("5874897-12-31"));
        assertNull(date(null));
    }

    @Test
    void theEndOfTheDayIsTheLastLocalTime() throws IOException {
        assertEquals(LocalTime.MAX, time("24:00:00"));
        assertEquals(LocalTime.of(23, 59, 59, 999_999_000), time("23:59:59.999999"));
        assertEquals(LocalTime.of(12, 0, 0, 500_000_000), time("12:00:00.5"));
        assertEquals(LocalTime.of(0, 0, 0, 1_000), time("00:00:00.000001"));
        assertEquals(LocalTime.MIDNIGHT, time("00:00:00"));
        assertNull(time(null));
    }

    @Test
    void timetzKeepsItsOffsetAndTheEndOfTheDayIsTheLastOffsetTime() throws IOException {
        // PgJDBC reads 24:00:00 at any offset as OffsetTime.MAX (23:59:59.999999999-18:00).
        assertEquals(OffsetTime.MAX, timetz("24:00:00+00:00"));
        assertEquals(OffsetTime.MAX, timetz("24:00:00+02:00"));
        assertEquals(OffsetTime.of(9, 0, 0, 0, ZoneOffset.ofHours(9)), timetz("09:00:00+09:00"));
        assertEquals(OffsetTime.of(23, 59, 59, 999_999_000, ZoneOffset.ofHoursMinutes(-15, -59)),
                timetz("23:59:59.999999-15:59"));
        assertEquals(OffsetTime.of(10, 0, 1, 500_000_000, ZoneOffset.ofHoursMinutesSeconds(5, 30, 10)),
                timetz("10:00:01.5+05:30:10"));
        assertNull(timetz(null));
        assertError("timetz '10:00:00' cannot be an OffsetTime", () -> timetz("10:00:00"));
    }

    @Test
    void timestampsAreProlepticAndInfinitiesAreTheExtremes() throws IOException {
        assertEquals(LocalDateTime.MAX, timestamp("infinity"));
        assertEquals(LocalDateTime.MIN, timestamp("-infinity"));
        assertEquals(LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000), timestamp("2024-02-29T13:45:30.123456"));
        assertEquals(LocalDateTime.of(-43, 3, 15, 10, 11, 12, 123_000_000), timestamp("0044-03-15T10:11:12.123 BC"));
        assertEquals(LocalDateTime.of(0, 1, 1, 0, 0), timestamp("0001-01-01T00:00:00 BC"));
        assertEquals(LocalDateTime.of(-4712, 1, 1, 0, 0), timestamp("4713-01-01T00:00:00 BC"));
        assertEquals(LocalDateTime.of(10000, 1, 1, 0, 0), timestamp("10000-01-01T00:00:00"));
        assertEquals(LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000), timestamp("294276-12-31T23:59:59.999999"));
        assertNull(timestamp(null));
    }

    @Test
    void timestamptzInfinitiesAreTheExtremesWithTheirOwnOffsets() throws IOException {
        assertEquals(OffsetDateTime.MAX, timestamptz("infinity"));
        assertEquals(OffsetDateTime.MIN, timestamptz("-infinity"));
        // OffsetDateTime.MAX is at -18:00, MIN at +18:00: their instants are not at the ends of Instant's range.
        assertEquals(Instant.parse("+1000000000-01-01T17:59:59.999999999Z"), instant("infinity"));
        assertEquals(Instant.parse("-1000000000-12-31T06:00:00Z"), instant("-infinity"));
    }

    @Test
    void timestamptzWestOfUtcIsReadInUtc() throws IOException {
        // America/New_York: local mean time -04:56:02 before 1883, and a BC date that becomes AD in UTC.
        assertEquals(utc(1, 1, 1, 0, 0, 0, 0), timestamptz("0001-12-31T19:03:58-04:56:02 BC"));
        assertEquals(utc(-43, 3, 15, 10, 11, 12, 500_000_000), timestamptz("0044-03-15T05:15:10.5-04:56:02 BC"));
        assertEquals(utc(-4712, 1, 1, 0, 0, 0, 0), timestamptz("4714-12-31T19:03:58-04:56:02 BC"));
        assertEquals(utc(1582, 10, 10, 12, 0, 0, 0), timestamptz("1582-10-10T07:03:58-04:56:02"));
        assertEquals(utc(9999, 12, 31, 23, 59, 59, 999_999_000), timestamptz("9999-12-31T18:59:59.999999-05:00"));
        assertEquals(utc(2024, 6, 1, 12, 0, 0, 123_456_000), timestamptz("2024-06-01T08:00:00.123456-04:00"));
        // Europe/Dublin before 1916: an offset of less than an hour, negative.
        assertEquals(utc(1900, 1, 1, 0, 0, 0, 0), timestamptz("1899-12-31T23:34:39-00:25:21"));
        assertEquals(Instant.parse("0001-01-01T00:00:00Z"), instant("0001-12-31T19:03:58-04:56:02 BC"));
    }

    @Test
    void timestamptzEastOfUtcIsReadInUtcPastTheYear9999() throws IOException {
        // Asia/Kolkata: +05:30, local mean time +05:53:28.
        assertEquals(utc(9999, 12, 31, 23, 59, 59, 999_999_000), timestamptz("10000-01-01T05:29:59.999999+05:30"));
        assertEquals(utc(294276, 12, 31, 23, 59, 59, 999_999_000), timestamptz("294277-01-01T05:29:59.999999+05:30"));
        assertEquals(utc(1, 1, 1, 0, 0, 0, 0), timestamptz("0001-01-01T05:53:28+05:53:28"));
        assertEquals(utc(-4712, 1, 1, 0, 0, 0, 0), timestamptz("4713-01-01T05:53:28+05:53:28 BC"));
        // Pacific/Chatham: +12:45 in winter, +13:45 in summer, local mean time +12:13:48.
        assertEquals(utc(2024, 6, 1, 12, 0, 0, 123_456_000), timestamptz("2024-06-02T00:45:00.123456+12:45"));
        assertEquals(utc(9999, 12, 31, 23, 59, 59, 999_999_000), timestamptz("10000-01-01T13:44:59.999999+13:45"));
        assertEquals(utc(-43, 3, 15, 10, 11, 12, 500_000_000), timestamptz("0044-03-15T22:25:00.5+12:13:48 BC"));
        // UTC itself.
        assertEquals(utc(2024, 6, 1, 12, 0, 0, 123_456_000), timestamptz("2024-06-01T12:00:00.123456+00:00"));
        assertEquals(utc(-4712, 1, 1, 0, 0, 0, 0), timestamptz("4713-01-01T00:00:00+00:00 BC"));
        assertEquals(Instant.parse("+294276-12-31T23:59:59.999999Z"), instant("294277-01-01T05:29:59.999999+05:30"));
        assertNull(timestamptz(null));
    }

    /** PgJDBC reads a {@code timestamp} column asked for as an {@code OffsetDateTime} as UTC. */
    @Test
    void aTimestampReadAsAnOffsetDateTimeIsInUtc() throws IOException {
        assertEquals(utc(2024, 2, 29, 13, 45, 30, 500_000_000), timestamptz("2024-02-29T13:45:30.5"));
        assertEquals(utc(-43, 3, 15, 10, 11, 12, 123_000_000), timestamptz("0044-03-15T10:11:12.123 BC"));
        assertEquals(OffsetDateTime.MAX, timestamptz("infinity"));
        assertEquals(Instant.parse("+10000-01-01T00:00:00Z"), instant("10000-01-01T00:00:00"));
    }

    /** PgJDBC reads a {@code timestamp} column asked for as a {@code LocalDate} as its date. */
    @Test
    void aTimestampReadAsALocalDateIsItsDate() throws IOException {
        assertEquals(LocalDate.of(2024, 2, 29), date("2024-02-29T23:30:00"));
        assertEquals(LocalDate.of(-43, 3, 15), date("0044-03-15T10:11:12.123 BC"));
        assertEquals(LocalDate.of(294276, 12, 31), date("294276-12-31T23:59:59.999999"));
        assertEquals(LocalDate.MAX, date("infinity"));
        // PgJDBC refuses a timestamptz column asked for as a LocalDate.
        assertError("date '2024-02-29T18:30:00-05:00' cannot be a LocalDate", () -> date("2024-02-29T18:30:00-05:00"));
    }

    @Test
    void textsThatAreNotTheValuesPostgresqlWritesAreErrorsNamingThem() {
        assertError("date '2024-02-30' cannot be a LocalDate", () -> date("2024-02-30"));
        assertError("date '24-02-29' cannot be a LocalDate", () -> date("24-02-29"));
        assertError("date '+2024-02-29' cannot be a LocalDate", () -> date("+2024-02-29"));
        assertError("date '2024-02-29 AD' cannot be a LocalDate", () -> date("2024-02-29 AD"));
        assertError("date 'Infinity' cannot be a LocalDate", () -> date("Infinity"));
        assertError("time '24:00:00.5' cannot be a LocalTime", () -> time("24:00:00.5"));
        assertError("time '12:00' cannot be a LocalTime", () -> time("12:00"));
        assertError("time '12:00:00 BC' cannot be a LocalTime", () -> time("12:00:00 BC"));
        assertError("time '12:00:00+05:30' cannot be a LocalTime", () -> time("12:00:00+05:30"));
        // PgJDBC refuses a timestamptz column asked for as a LocalDateTime, too.
        assertError("timestamp '2024-02-29T13:45:30+00:00' cannot be a LocalDateTime", () -> timestamp("2024-02-29T13:45:30+00:00"));
        assertError("timestamp '2024-02-29 13:45:30' cannot be a LocalDateTime", () -> timestamp("2024-02-29 13:45:30"));
        assertError("timestamp '2024-02-29T13:45:30.1234567891' cannot be a LocalDateTime",
                () -> timestamp("2024-02-29T13:45:30.1234567891"));
        assertError("timestamptz '2024-02-29T13:45:30+5:30' cannot be an OffsetDateTime", () -> timestamptz("2024-02-29T13:45:30+5:30"));
        assertError("timestamptz '2024-02-29T13:45:30Z' cannot be an OffsetDateTime", () -> timestamptz("2024-02-29T13:45:30Z"));
        assertError("timestamptz '2024-02-29T13:45:30+19:00' cannot be an OffsetDateTime", () -> timestamptz("2024-02-29T13:45:30+19:00"));
    }

    @Test
    void numericsKeepEveryDigitAndTheirScale() throws IOException {
        String googolCubedAndMore = "1" + "0".repeat(1200);
        assertEquals(BigDecimal.TEN.pow(1200), decimal(googolCubedAndMore));
        assertEquals(new BigDecimal("7E-1501"), decimal("0." + "0".repeat(1500) + "7"));
        assertEquals(new BigDecimal("-" + "9".repeat(1001) + ".000000000000000000001"),
                decimal("-" + "9".repeat(1001) + ".000000000000000000001"));
        assertEquals(new BigDecimal("1.500"), decimal("1.500"));
        assertEquals(new BigDecimal("0.000"), decimal("0.000"));
        assertEquals(new BigDecimal("1E-20"), decimal("0.00000000000000000001"));
    }

    /** {@code getBigDecimal} throws on these: "Bad value for type BigDecimal : NaN". */
    @Test
    void numericNaNAndInfinitiesAreErrorsNamingTheValue() {
        for (String special : new String[] {"NaN", "Infinity", "-Infinity"}) {
            assertError("numeric '" + special + "' cannot be a BigDecimal", () -> {
                try (JsonParser parser = array("\"" + special + "\"")) {
                    return ColumnType.BIG_DECIMAL.nextJson(parser);
                }
            });
        }
    }

    /** A {@code text} value, or a base64 {@code bytea}, past Jackson's default limit of 20 million characters. */
    @Test
    void stringsPastTwentyMillionCharactersAreRead() throws IOException {
        String text = "x".repeat(20_000_001);
        try (JsonParser parser = array("\"" + text + "\"")) {
            assertEquals(text, ColumnType.STRING.nextJson(parser));
        }
    }

    private static OffsetDateTime utc(int year, int month, int day, int hour, int minute, int second, int nano) {
        return OffsetDateTime.of(year, month, day, hour, minute, second, nano, ZoneOffset.UTC);
    }

    private interface Read<T> {
        T read() throws IOException;
    }

    private static void assertError(String message, Read<?> read) {
        JsonValueException e = assertThrows(JsonValueException.class, read::read);
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    /** A parser on the {@code [} of a JSON array holding {@code values}, made as nestql makes it. */
    private static JsonParser array(String values) throws IOException {
        JsonParser parser = Rows.JSON.createParser("[" + values + "]");
        parser.nextToken();
        return parser;
    }

    private static JsonParser string(String text) throws IOException {
        return array(text == null ? "null" : "\"" + text + "\"");
    }

    private static LocalDate date(String text) throws IOException {
        try (JsonParser parser = string(text)) {
            return ColumnType.LOCAL_DATE.nextJson(parser);
        }
    }

    private static LocalTime time(String text) throws IOException {
        try (JsonParser parser = string(text)) {
            return ColumnType.LOCAL_TIME.nextJson(parser);
        }
    }

    private static OffsetTime timetz(String text) throws IOException {
        try (JsonParser parser = string(text)) {
            return ColumnType.OFFSET_TIME.nextJson(parser);
        }
    }

    private static LocalDateTime timestamp(String text) throws IOException {
        try (JsonParser parser = string(text)) {
            return ColumnType.LOCAL_DATE_TIME.nextJson(parser);
        }
    }

    private static OffsetDateTime timestamptz(String text) throws IOException {
        try (JsonParser parser = string(text)) {
            return ColumnType.OFFSET_DATE_TIME.nextJson(parser);
        }
    }

    private static Instant instant(String text) throws IOException {
        try (JsonParser parser = string(text)) {
            return ColumnType.INSTANT.nextJson(parser);
        }
    }

    private static BigDecimal decimal(String number) throws IOException {
        try (JsonParser parser = array(number)) {
            return ColumnType.BIG_DECIMAL.nextJson(parser);
        }
    }
}
