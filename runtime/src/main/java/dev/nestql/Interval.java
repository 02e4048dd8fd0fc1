package dev.nestql;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A PostgreSQL {@code interval}, exactly as PostgreSQL stores it: months, days and microseconds,
 * each with its own sign. {@code java.time} has no type for it ({@link Period} has no time,
 * {@link Duration} no months or days, and a month or a day is not a fixed number of seconds), so
 * nestql reads an {@code interval} column into this record.
 *
 * <p>Equality is the record's: {@code 1 day} and {@code 24 hours} are different values here, as
 * they are in PostgreSQL's storage, although PostgreSQL's {@code =} calls them equal.
 *
 * @param months the months (a year is 12)
 * @param days the days
 * @param microseconds the time part
 */
public record Interval(int months, int days, long microseconds) {
    /** The empty interval. */
    public static final Interval ZERO = new Interval(0, 0, 0);

    /** The interval of a period (its years and months as months) and a duration (truncated to microseconds). */
    public static Interval of(Period period, Duration duration) {
        Duration truncated = duration.truncatedTo(ChronoUnit.MICROS);
        long micros = Math.addExact(Math.multiplyExact(truncated.getSeconds(), 1_000_000L), truncated.getNano() / 1_000);
        return new Interval(Math.toIntExact(period.toTotalMonths()), period.getDays(), micros);
    }

    /** The months and days, as a period. */
    public Period period() {
        return Period.of(0, months, days);
    }

    /** The time part, as a duration. */
    public Duration time() {
        return Duration.ofSeconds(Math.floorDiv(microseconds, 1_000_000L), Math.floorMod(microseconds, 1_000_000L) * 1_000L);
    }

    /**
     * The ISO 8601 form that PostgreSQL reads and writes ({@code IntervalStyle = iso_8601}), with a
     * sign on each field: {@code P1Y2M3DT4H5M6.789S}, {@code P-1DT-2H}, {@code PT0S}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("P");
        int years = months / 12;
        int monthsLeft = months % 12;
        if (years != 0) {
            text.append(years).append('Y');
        }
        if (monthsLeft != 0) {
            text.append(monthsLeft).append('M');
        }
        if (days != 0) {
            text.append(days).append('D');
        }
        if (microseconds != 0 || text.length() == 1) {
            text.append('T');
            long hours = microseconds / 3_600_000_000L;
            long minutes = microseconds % 3_600_000_000L / 60_000_000L;
            long micros = microseconds % 60_000_000L;
            if (hours != 0) {
                text.append(hours).append('H');
            }
            if (minutes != 0) {
                text.append(minutes).append('M');
            }
            if (micros != 0 || (hours == 0 && minutes == 0)) {
                text.append(BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString()).append('S');
            }
        }
        return text.toString();
    }

    /**
     * Reads an interval as PostgreSQL writes it in any {@code IntervalStyle}: {@code postgres}
     * ({@code 1 year 2 mons -3 days +04:05:06.789}), {@code postgres_verbose}
     * ({@code @ 1 year 2 mons 3 days 4 hours ago}), {@code sql_standard} ({@code -1-2 +3 -4:05:06})
     * or {@code iso_8601} ({@code P1Y2M3DT4H5M6.789S}).
     *
     * @throws IllegalArgumentException when {@code text} is none of these
     */
    public static Interval parse(String text) {
        try {
            String trimmed = text.trim();
            return trimmed.startsWith("P") ? parseIso(trimmed) : parseWords(trimmed);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an interval as PostgreSQL writes one: '" + text + "'", e);
        }
    }

    private static Interval parseIso(String text) {
        long months = 0;
        long days = 0;
        long micros = 0;
        boolean time = false;
        int i = 1;
        while (i < text.length()) {
            if (text.charAt(i) == 'T') {
                time = true;
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && "+-0123456789.".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            BigDecimal number = new BigDecimal(text.substring(start, i));
            char unit = text.charAt(i++);
            if (!time && unit == 'Y') {
                months += number.longValueExact() * 12;
            } else if (!time && unit == 'M') {
                months += number.longValueExact();
            } else if (!time && unit == 'W') {
                days += number.longValueExact() * 7;
            } else if (!time && unit == 'D') {
                days += number.longValueExact();
            } else if (time && unit == 'H') {
                micros += number.longValueExact() * 3_600_000_000L;
            } else if (time && unit == 'M') {
                micros += number.longValueExact() * 60_000_000L;
            } else if (time && unit == 'S') {
                micros += number.movePointRight(6).longValueExact();
            } else {
                throw new IllegalArgumentException("unit " + unit);
            }
        }
        return new Interval(Math.toIntExact(months), Math.toIntExact(days), micros);
    }

    /** The {@code postgres}, {@code postgres_verbose} and {@code sql_standard} styles. */
    private static Interval parseWords(String text) {
        // PostgreSQL 14 writes sql_standard's leading minus before a field of -2^31 that it cannot
        // negate: "--2147483648 0:00:00".
        String[] tokens = (text.startsWith("--") ? text.substring(1) : text).split("\\s+");
        boolean verbose = tokens[0].equals("@");
        boolean ago = tokens[tokens.length - 1].equals("ago");
        boolean explicitPlus = text.contains("+");
        long months = 0;
        long days = 0;
        long micros = 0;
        boolean words = false;
        for (int i = verbose ? 1 : 0; i < tokens.length - (ago ? 1 : 0); i++) {
            String token = tokens[i];
            String unit = i + 1 < tokens.length ? tokens[i + 1].toLowerCase(Locale.ROOT) : "";
            if (token.indexOf(':') >= 0) {
                micros += time(token);
            } else if (token.matches("[+-]?\\d+-\\d+")) {
                // sql_standard's year-month field: the sign is the whole field's.
                boolean negative = token.startsWith("-");
                String[] parts = token.replaceFirst("^[+-]", "").split("-");
                long value = Long.parseLong(parts[0]) * 12 + Long.parseLong(parts[1]);
                months += negative ? -value : value;
            } else if (unit.matches("years?|mons?|months?|days?|hours?|mins?|minutes?|secs?|seconds?")) {
                words = true;
                BigDecimal number = new BigDecimal(token);
                i++;
                switch (unit.replaceAll("s$", "")) {
                    case "year" -> months += number.longValueExact() * 12;
                    case "mon", "month" -> months += number.longValueExact();
                    case "day" -> days += number.longValueExact();
                    case "hour" -> micros += number.movePointRight(6).longValueExact() * 3_600;
                    case "min", "minute" -> micros += number.movePointRight(6).longValueExact() * 60;
                    default -> micros += number.movePointRight(6).longValueExact();
                }
            } else {
                // sql_standard's day field, or its zero interval.
                days += Long.parseLong(token);
            }
        }
        if (!words && !verbose && text.startsWith("-") && !explicitPlus) {
            // sql_standard writes one leading minus for an interval whose fields are all negative.
            months = -Math.abs(months);
            days = -Math.abs(days);
            micros = -Math.abs(micros);
        }
        if (ago) {
            // A field of -2^31 cannot be negated; PostgreSQL 14 writes it negative before "ago".
            months = months == Integer.MIN_VALUE ? months : -months;
            days = days == Integer.MIN_VALUE ? days : -days;
            micros = micros == Long.MIN_VALUE ? micros : -micros;
        }
        return new Interval(Math.toIntExact(months), Math.toIntExact(days), micros);
    }

    /** {@code [+-]H+:MM[:SS[.ffffff]]} in microseconds, the sign applying to the whole. */
    private static long time(String token) {
        boolean negative = token.startsWith("-");
        String[] parts = token.replaceFirst("^[+-]", "").split(":");
        long micros = Long.parseLong(parts[0]) * 3_600_000_000L + Long.parseLong(parts[1]) * 60_000_000L;
        if (parts.length > 2) {
            micros += new BigDecimal(parts[2]).movePointRight(6).longValueExact();
        }
        return negative ? -micros : micros;
    }
}
