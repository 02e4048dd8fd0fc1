package dev.nestql.internal;

import dev.nestql.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Dates, times and intervals as PostgreSQL writes them in JSON ({@code json_build_object},
 * {@code to_json}): ISO 8601 with a {@code T} between date and time, {@code infinity} and
 * {@code -infinity}, {@code BC} after a year before 1, {@code 24:00:00}, a {@code timestamptz} in
 * the session's time zone, an {@code interval} in the session's {@code IntervalStyle}. The
 * values come from the driver, in microseconds; the texts are PostgreSQL's to the character.
 */
final class PgJson {
    private PgJson() {}

    /** A {@code date}: {@code 2024-02-29}, {@code 0044-03-15 BC}, {@code infinity}. */
    static String date(LocalDate value) {
        return PgText.date(value);
    }

    /** A {@code time}: {@code 12:34:56.123456}, trailing zeros of the fraction dropped; {@code LocalTime.MAX} is {@code 24:00:00}. */
    static String time(LocalTime value) {
        if (value.equals(LocalTime.MAX)) {
            return "24:00:00";
        }
        StringBuilder text = new StringBuilder(15);
        appendTime(text, value);
        return text.toString();
    }

    /** A {@code timestamp}: {@code 2024-02-29T13:45:30.123456}, {@code 0044-03-15T10:11:12 BC}, the infinities. */
    static String timestamp(LocalDateTime value) {
        if (value.equals(LocalDateTime.MAX)) {
            return "infinity";
        }
        if (value.equals(LocalDateTime.MIN)) {
            return "-infinity";
        }
        StringBuilder text = new StringBuilder(26).append(PgText.datePart(value.toLocalDate())).append('T');
        appendTime(text, value.toLocalTime());
        return text.append(PgText.era(value.toLocalDate())).toString();
    }

    /**
     * A {@code timestamptz} in {@code zone}: {@code 2024-01-01T09:00:00+09:00}, with the seconds of
     * an offset that has them ({@code +09:18:59}); {@code OffsetDateTime.MAX} and {@code MIN} are
     * the infinities.
     */
    static String timestamptz(OffsetDateTime value, ZoneId zone) {
        if (value.equals(OffsetDateTime.MAX)) {
            return "infinity";
        }
        if (value.equals(OffsetDateTime.MIN)) {
            return "-infinity";
        }
        ZonedDateTime local = value.atZoneSameInstant(zone);
        StringBuilder text = new StringBuilder(32).append(PgText.datePart(local.toLocalDate())).append('T');
        appendTime(text, local.toLocalTime());
        appendOffset(text, local.getOffset(), true);
        return text.append(PgText.era(local.toLocalDate())).toString();
    }

    /** A {@code timetz}: {@code 12:00:00+05}, {@code 12:00:00+05:30}, {@code 12:00:00.5+05:30:15}. */
    static String timetz(OffsetTime value) {
        StringBuilder text = new StringBuilder(24);
        if (value.equals(OffsetTime.MAX)) {
            // What 24:00:00 reads as, whatever its offset: the offset is not known any more.
            text.append("24:00:00");
        } else {
            appendTime(text, value.toLocalTime());
        }
        appendOffset(text, value.getOffset(), false);
        return text.toString();
    }

    /**
     * An {@code interval} as PostgreSQL writes it with {@code IntervalStyle = postgres}, the
     * default: {@code 1 year 2 mons 3 days 04:05:06.7}, {@code -1 years -2 mons +3 days -04:05:06.7},
     * {@code 00:00:00}.
     */
    static String postgresInterval(Interval value) {
        StringBuilder text = new StringBuilder(32);
        boolean[] zero = {true};
        boolean[] before = {false};
        part(text, value.months() / 12, "year", zero, before);
        part(text, value.months() % 12, "mon", zero, before);
        part(text, value.days(), "day", zero, before);
        long micros = value.microseconds();
        if (zero[0] || micros != 0) {
            long hours = micros / 3_600_000_000L;
            long minutes = micros / 60_000_000L % 60;
            long seconds = micros / 1_000_000L % 60;
            long fraction = micros % 1_000_000L;
            boolean minus = micros < 0;
            text.append(zero[0] ? "" : " ").append(minus ? "-" : before[0] ? "+" : "");
            two(text, Math.abs(hours)).append(':');
            two(text, Math.abs(minutes)).append(':');
            two(text, Math.abs(seconds));
            fraction(text, Math.abs(fraction));
        }
        return text.toString();
    }

    /**
     * A {@code double precision} as PostgreSQL writes it: the shortest decimal strictly inside the
     * interval of reals that round to the same {@code double} (a decimal halfway to a neighbour,
     * which reads back as the value by rounding half to even, does not count), the one nearest the
     * value among those; fixed from 1e-4 up to 1e15, else in scientific notation with a two-digit
     * exponent ({@code 1e+15}, {@code 1.5e-05}); {@code -0} for negative zero. Finite values only.
     */
    static String float8(double value) {
        return shortest(Double.toString(value), 15, 17, candidate -> Double.parseDouble(candidate) == value,
                () -> new BigDecimal(value));
    }

    /**
     * A {@code real} as PostgreSQL writes it, by the rule of {@link #float8}: fixed from 1e-4 up to
     * 1e6 ({@code 123456}, {@code 1.234567e+06}). Finite values only.
     */
    static String float4(float value) {
        return shortest(Float.toString(value), 6, 9, candidate -> Float.parseFloat(candidate) == value,
                () -> new BigDecimal(value));
    }

    /**
     * The shortest digits of a float, written as PostgreSQL writes a float: scientific below 1e-4
     * and from {@code 10^scientificFrom}. Java's text of the value ({@code java}) reads back as the
     * value but is not always the shortest (Java 17), and may lie halfway to a neighbour; so its
     * digits are shortened while they still name the value alone, and where they do not name it
     * alone, the digits are found from the value's exact decimal ({@code exact}).
     */
    private static String shortest(String java, int scientificFrom, int maxDigits, Predicate<String> same,
            Supplier<BigDecimal> exact) {
        boolean negative = java.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int e = java.indexOf('E');
        int end = e < 0 ? java.length() : e;
        int exponent = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
        int point = java.indexOf('.');
        StringBuilder all = new StringBuilder(java.length());
        all.append(java, start, point).append(java, point + 1, end);
        // The value is 0.digits x 10^position.
        Digits javas = Digits.of(all, point - start + exponent);
        if (javas == null) {
            return negative ? "-0" : "0";
        }
        // The digits that shorter ones are rounded from. From Java 19 on, Java's are the nearest
        // of their length; before, they may be cut rather than rounded, and the value's digits
        // come from its exact decimal.
        Digits reference = NEAREST_DIGITS ? javas : exact(exact.get(), maxDigits);
        Digits digits = javas.text().length() < reference.text().length()
                ? rounded(reference, javas.text().length(), exact)
                : reference;
        if (!alone(digits, negative, same)) {
            digits = fromExact(exact.get().abs(), maxDigits, negative, same);
        }
        for (int length = digits.text().length() - 1; length >= 1; length--) {
            Digits shorter = rounded(reference, length, exact);
            if (!alone(shorter, negative, same)) {
                break;
            }
            digits = shorter;
        }
        return format(digits, negative, scientificFrom);
    }

    /** Whether {@code Double.toString} and {@code Float.toString} give the nearest shortest digits (Java 19 on). */
    private static final boolean NEAREST_DIGITS = Runtime.version().feature() >= 19;

    /** {@code reference} rounded to {@code length} digits; where it is halfway, the exact value rounded. */
    private static Digits rounded(Digits reference, int length, Supplier<BigDecimal> exact) {
        if (length >= reference.text().length()) {
            return reference;
        }
        Digits shorter = reference.rounded(length);
        return shorter != null ? shorter : exact(exact.get(), length);
    }

    /** The digits of {@code value} rounded half to even to {@code length}. */
    private static Digits exact(BigDecimal value, int length) {
        BigDecimal rounded = value.round(new MathContext(length, RoundingMode.HALF_EVEN));
        return Digits.of(rounded.unscaledValue().abs().toString(), rounded.precision() - rounded.scale());
    }

    /**
     * Significant digits, without leading or trailing zeros, of the decimal
     * {@code 0.text x 10^position}.
     */
    private record Digits(String text, int position) {
        /** The digits of {@code 0.all x 10^position}, or {@code null} when they are all zeros. */
        static Digits of(CharSequence all, int position) {
            int leading = 0;
            while (leading < all.length() && all.charAt(leading) == '0') {
                leading++;
            }
            if (leading == all.length()) {
                return null;
            }
            int last = all.length();
            while (all.charAt(last - 1) == '0') {
                last--;
            }
            return new Digits(all.subSequence(leading, last).toString(), position - leading);
        }

        /**
         * These digits rounded to {@code length} digits, or {@code null} when what is cut off is
         * exactly a 5: digits that are themselves rounded cannot tell which way the value lies.
         */
        Digits rounded(int length) {
            StringBuilder shorter = new StringBuilder(text.substring(0, length));
            int shorterPosition = position;
            char next = text.charAt(length);
            if (next == '5' && text.length() == length + 1) {
                return null;
            }
            if (next >= '5') {
                int i = length - 1;
                while (i >= 0 && shorter.charAt(i) == '9') {
                    shorter.setCharAt(i, '0');
                    i--;
                }
                if (i < 0) {
                    shorter.insert(0, '1');
                    shorterPosition++;
                } else {
                    shorter.setCharAt(i, (char) (shorter.charAt(i) + 1));
                }
            }
            return of(shorter, shorterPosition);
        }

        String decimal(boolean negative, String tail) {
            return (negative ? "-0." : "0.") + text + tail + "E" + position;
        }
    }

    /**
     * Whether {@code digits} name the value alone: they read back as the value, and so does every
     * decimal a little above and a little below them, which is not so for a decimal halfway to a
     * neighbour.
     */
    private static boolean alone(Digits digits, boolean negative, Predicate<String> same) {
        if (!same.test(digits.decimal(negative, ""))) {
            return false;
        }
        String text = digits.text();
        // The last digit is not 0: one less is a plain digit.
        Digits below = new Digits(text.substring(0, text.length() - 1) + (char) (text.charAt(text.length() - 1) - 1),
                digits.position());
        return same.test(digits.decimal(negative, "000000000000000000000001"))
                && same.test(below.decimal(negative, "999999999999999999999999"));
    }

    /** The shortest digits that name the value alone, the nearest to it: the exact decimal rounded. */
    private static Digits fromExact(BigDecimal exact, int maxDigits, boolean negative, Predicate<String> same) {
        for (int length = 1; length < maxDigits; length++) {
            Digits digits = exact(exact, length);
            if (alone(digits, negative, same)) {
                return digits;
            }
        }
        return exact(exact, maxDigits);
    }

    private static String format(Digits digits, boolean negative, int scientificFrom) {
        String text = digits.text();
        int position = digits.position();
        StringBuilder out = new StringBuilder(text.length() + 8);
        if (negative) {
            out.append('-');
        }
        int decimalExponent = position - 1;
        if (decimalExponent < -4 || decimalExponent >= scientificFrom) {
            out.append(text.charAt(0));
            if (text.length() > 1) {
                out.append('.').append(text, 1, text.length());
            }
            out.append('e').append(decimalExponent < 0 ? '-' : '+');
            two(out, Math.abs(decimalExponent));
        } else if (decimalExponent < 0) {
            out.append("0.");
            for (int i = decimalExponent + 1; i < 0; i++) {
                out.append('0');
            }
            out.append(text);
        } else if (text.length() <= position) {
            out.append(text);
            for (int i = text.length(); i < position; i++) {
                out.append('0');
            }
        } else {
            out.append(text, 0, position).append('.').append(text, position, text.length());
        }
        return out.toString();
    }

    private static void part(StringBuilder text, long value, String unit, boolean[] zero, boolean[] before) {
        if (value == 0) {
            return;
        }
        text.append(zero[0] ? "" : " ").append(before[0] && value > 0 ? "+" : "").append(value).append(' ')
                .append(unit).append(value != 1 ? "s" : "");
        before[0] = value < 0;
        zero[0] = false;
    }

    private static void appendTime(StringBuilder text, LocalTime time) {
        two(text, time.getHour()).append(':');
        two(text, time.getMinute()).append(':');
        two(text, time.getSecond());
        fraction(text, time.getNano() / 1_000);
    }

    /** {@code .123456} with trailing zeros dropped, or nothing for no fraction. */
    private static void fraction(StringBuilder text, long micros) {
        if (micros == 0) {
            return;
        }
        String digits = Long.toString(micros + 1_000_000L).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        text.append('.').append(digits, 0, end);
    }

    /**
     * {@code +05:30}; {@code +05} where a {@code timetz} has no minutes ({@code minutes} false), and
     * {@code +05:30:15} where the offset has seconds.
     */
    private static void appendOffset(StringBuilder text, ZoneOffset offset, boolean minutes) {
        int total = offset.getTotalSeconds();
        text.append(total < 0 ? '-' : '+');
        total = Math.abs(total);
        two(text, total / 3600);
        int minute = total / 60 % 60;
        int second = total % 60;
        if (minutes || minute != 0 || second != 0) {
            two(text.append(':'), minute);
        }
        if (second != 0) {
            two(text.append(':'), second);
        }
    }

    private static StringBuilder two(StringBuilder text, long value) {
        if (value < 10) {
            text.append('0');
        }
        return text.append(value);
    }
}
