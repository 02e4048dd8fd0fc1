package dev.nestql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * {@link Interval#parse} reads the texts PostgreSQL 15 wrote for the same intervals under each
 * {@code IntervalStyle} (copied from {@code psql}), and {@link Interval#toString} writes the ISO
 * 8601 form PostgreSQL reads.
 */
class IntervalTest {
    private static final Interval MIXED = new Interval(14, 3, 14_706_789_000L);
    private static final Interval NEGATIVE = new Interval(-14, 3, -14_706_000_000L);
    private static final Interval DAY_AND_TWO_HOURS_AGO = new Interval(0, -1, -7_200_000_000L);
    private static final Interval MONTH_LESS_A_SECOND = new Interval(1, 0, -1_000_000L);

    @Test
    void postgresStyle() {
        assertEquals(MIXED, Interval.parse("1 year 2 mons 3 days 04:05:06.789"));
        assertEquals(NEGATIVE, Interval.parse("-1 years -2 mons +3 days -04:05:06"));
        assertEquals(Interval.ZERO, Interval.parse("00:00:00"));
        assertEquals(DAY_AND_TWO_HOURS_AGO, Interval.parse("-1 days -02:00:00"));
        assertEquals(new Interval(0, 0, 360_000_000_000L), Interval.parse("100:00:00"));
        assertEquals(new Interval(0, 0, -1), Interval.parse("-00:00:00.000001"));
        assertEquals(MONTH_LESS_A_SECOND, Interval.parse("1 mon -00:00:01"));
        assertEquals(new Interval(2_136_000_000, 0, 0), Interval.parse("178000000 years"));
        assertEquals(new Interval(0, Integer.MIN_VALUE, 0), Interval.parse("-2147483648 days"));
    }

    @Test
    void sqlStandardStyle() {
        assertEquals(MIXED, Interval.parse("+1-2 +3 +4:05:06.789"));
        assertEquals(NEGATIVE, Interval.parse("-1-2 +3 -4:05:06"));
        assertEquals(Interval.ZERO, Interval.parse("0"));
        // One leading minus for an interval whose fields are all negative.
        assertEquals(DAY_AND_TWO_HOURS_AGO, Interval.parse("-1 2:00:00"));
        assertEquals(new Interval(-14, 0, 0), Interval.parse("-1-2"));
        assertEquals(new Interval(0, 0, -1), Interval.parse("-0:00:00.000001"));
        assertEquals(MONTH_LESS_A_SECOND, Interval.parse("+0-1 +0 -0:00:01"));
        assertEquals(new Interval(0, 5, 0), Interval.parse("5 0:00:00"));
        // PostgreSQL 14 writes the leading minus before a field of -2^31 it cannot negate.
        assertEquals(new Interval(0, Integer.MIN_VALUE, 0), Interval.parse("--2147483648 0:00:00"));
    }

    @Test
    void iso8601Style() {
        assertEquals(MIXED, Interval.parse("P1Y2M3DT4H5M6.789S"));
        assertEquals(NEGATIVE, Interval.parse("P-1Y-2M3DT-4H-5M-6S"));
        assertEquals(Interval.ZERO, Interval.parse("PT0S"));
        assertEquals(DAY_AND_TWO_HOURS_AGO, Interval.parse("P-1DT-2H"));
        assertEquals(new Interval(0, 0, -1), Interval.parse("PT-0.000001S"));
        assertEquals(MONTH_LESS_A_SECOND, Interval.parse("P1MT-1S"));
    }

    @Test
    void postgresVerboseStyle() {
        assertEquals(MIXED, Interval.parse("@ 1 year 2 mons 3 days 4 hours 5 mins 6.789 secs"));
        assertEquals(NEGATIVE, Interval.parse("@ 1 year 2 mons -3 days 4 hours 5 mins 6 secs ago"));
        assertEquals(Interval.ZERO, Interval.parse("@ 0"));
        assertEquals(DAY_AND_TWO_HOURS_AGO, Interval.parse("@ 1 day 2 hours ago"));
        assertEquals(new Interval(0, 0, -1), Interval.parse("@ 0.000001 secs ago"));
        assertEquals(MONTH_LESS_A_SECOND, Interval.parse("@ 1 mon -1 sec"));
        // PostgreSQL 14 cannot negate the smallest field and writes it negative before "ago".
        assertEquals(new Interval(0, Integer.MIN_VALUE, 0), Interval.parse("@ -2147483648 days ago"));
    }

    @Test
    void isoTextWithASignOnEachField() {
        assertEquals("P1Y2M3DT4H5M6.789S", MIXED.toString());
        assertEquals("P-1Y-2M3DT-4H-5M-6S", NEGATIVE.toString());
        assertEquals("PT0S", Interval.ZERO.toString());
        assertEquals("P-1DT-2H", DAY_AND_TWO_HOURS_AGO.toString());
        assertEquals("PT-0.000001S", new Interval(0, 0, -1).toString());
        assertEquals("P1MT-1S", MONTH_LESS_A_SECOND.toString());
    }

    @Test
    void periodsAndDurations() {
        assertEquals(MIXED, Interval.of(Period.of(1, 2, 3), Duration.parse("PT4H5M6.789S")));
        assertEquals(Period.of(0, 14, 3), MIXED.period());
        // Truncated toward zero, as Duration.truncatedTo truncates.
        assertEquals(new Interval(0, 0, -1), Interval.of(Period.ZERO, Duration.ofNanos(-1_500)));
        assertEquals(Interval.ZERO, Interval.of(Period.ZERO, Duration.ofNanos(-1)));
        assertEquals(Duration.ofSeconds(-1, 999_999_000), new Interval(0, 0, -1).time());
    }

    @Test
    void anythingElseIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Interval.parse("soon"));
        assertThrows(IllegalArgumentException.class, () -> Interval.parse("P1X"));
    }
}
