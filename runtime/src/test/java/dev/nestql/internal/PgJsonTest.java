package dev.nestql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.Interval;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's JSON texts of values, each expected text copied from what PostgreSQL 15 printed
 * for {@code json_build_array(...)} of the same value; the integration tests compare the two on
 * live rows ({@code JsonAgreementTest}).
 */
class PgJsonTest {
    @Test
    void doublesHavePostgresqlsShortestDigitsAndLayout() {
        assertEquals("1e+15", PgJson.float8(1e15));
        assertEquals("123456789012345", PgJson.float8(123456789012345d));
        assertEquals("1.5e+16", PgJson.float8(1.5e16));
        assertEquals("1.2345678901234568e+17", PgJson.float8(123456789012345678d));
        assertEquals("0.0001", PgJson.float8(1e-4));
        assertEquals("1e-05", PgJson.float8(1e-5));
        assertEquals("1.25e-07", PgJson.float8(1.25e-7));
        assertEquals("1.5e+300", PgJson.float8(1.5e300));
        assertEquals("100", PgJson.float8(100));
        assertEquals("0.1", PgJson.float8(0.1));
        assertEquals("-0", PgJson.float8(-0.0));
        assertEquals("0", PgJson.float8(0.0));
        // Java prints 4.9E-324; the shortest decimal that names it is one digit.
        assertEquals("5e-324", PgJson.float8(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", PgJson.float8(Double.MAX_VALUE));
    }

    @Test
    void realsHavePostgresqlsShortestDigitsAndLayout() {
        assertEquals("1e+06", PgJson.float4(1e6f));
        assertEquals("123456", PgJson.float4(123456f));
        assertEquals("1.234567e+06", PgJson.float4(1234567f));
        assertEquals("0.00012345", PgJson.float4(0.00012345f));
        assertEquals("12345.678", PgJson.float4(12345.678f));
        assertEquals("3.4028235e+38", PgJson.float4(Float.MAX_VALUE));
        assertEquals("1e-45", PgJson.float4(Float.MIN_VALUE));
        // Java 17 prints 5.118319E7, halfway to the next float down; PostgreSQL needs a digit more.
        assertEquals("5.1183192e+07", PgJson.float4(51183192f));
        // Java 17 prints 7.6730656E25, which is not the nearest decimal of its length.
        assertEquals("-7.6730657e+25", PgJson.float4(-7.6730657E25f));
    }

    @Test
    void datesAndTimesAsPostgresqlWritesThemInJson() {
        assertEquals("0044-03-15 BC", PgJson.date(LocalDate.of(-43, 3, 15)));
        assertEquals("10000-01-01", PgJson.date(LocalDate.of(10000, 1, 1)));
        assertEquals("infinity", PgJson.date(LocalDate.MAX));
        assertEquals("24:00:00", PgJson.time(LocalTime.MAX));
        assertEquals("23:59:59.999999", PgJson.time(LocalTime.of(23, 59, 59, 999_999_000)));
        assertEquals("0044-03-15T10:11:12.5 BC", PgJson.timestamp(LocalDateTime.of(-43, 3, 15, 10, 11, 12, 500_000_000)));
        assertEquals("-infinity", PgJson.timestamp(LocalDateTime.MIN));
        OffsetDateTime utc = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 123_000_000, ZoneOffset.UTC);
        assertEquals("2024-01-01T09:00:00.123+09:00", PgJson.timestamptz(utc, ZoneId.of("Asia/Tokyo")));
        assertEquals("2024-01-01T00:00:00.123+00:00", PgJson.timestamptz(utc, ZoneId.of("UTC")));
        // Local mean time before time zones: an offset with seconds.
        assertEquals("1800-01-01T09:18:59+09:18:59",
                PgJson.timestamptz(OffsetDateTime.of(1800, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), ZoneId.of("Asia/Tokyo")));
        assertEquals("1799-12-31T19:03:58-04:56:02",
                PgJson.timestamptz(OffsetDateTime.of(1800, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), ZoneId.of("America/New_York")));
        assertEquals("infinity", PgJson.timestamptz(OffsetDateTime.MAX, ZoneId.of("UTC")));
        assertEquals("12:00:00+05", PgJson.timetz(OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHours(5))));
        assertEquals("12:00:00.5+05:30:15",
                PgJson.timetz(OffsetTime.of(12, 0, 0, 500_000_000, ZoneOffset.ofHoursMinutesSeconds(5, 30, 15))));
    }

    @Test
    void intervalsInThePostgresStyle() {
        assertEquals("1 year 2 mons 3 days 04:05:06.7", PgJson.postgresInterval(new Interval(14, 3, 14_706_700_000L)));
        assertEquals("-1 years -2 mons +3 days -04:05:06.7", PgJson.postgresInterval(new Interval(-14, 3, -14_706_700_000L)));
        assertEquals("00:00:00", PgJson.postgresInterval(Interval.ZERO));
        assertEquals("1 mon 1 day 00:00:00.000001", PgJson.postgresInterval(new Interval(1, 1, 1)));
        assertEquals("100 years", PgJson.postgresInterval(new Interval(1200, 0, 0)));
    }

    @Test
    void textsOfOtherTypesInTheirJson() {
        assertEquals("2024-01-01T09:00:00+09:00", StringJson.timestampJson("2024-01-01 09:00:00+09"));
        assertEquals("0044-03-15T10:00:00+00:00 BC", StringJson.timestampJson("0044-03-15 10:00:00+00 BC"));
        assertEquals("1800-01-01T09:18:59+09:18:59", StringJson.timestampJson("1800-01-01 09:18:59+09:18:59"));
        assertEquals("2024-01-01T09:00:00", StringJson.timestampJson("2024-01-01 09:00:00"));
        assertEquals("infinity", StringJson.timestampJson("infinity"));
        assertTrue(StringJson.isJsonNumber("-1.50e+10"));
        assertFalse(StringJson.isJsonNumber("NaN"));
        assertFalse(StringJson.isJsonNumber("-Infinity"));
        assertFalse(StringJson.isJsonNumber("1."));
    }
}
