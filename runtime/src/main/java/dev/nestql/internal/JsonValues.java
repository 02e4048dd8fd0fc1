package dev.nestql.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the values of nested projections from the positional JSON that nestql's SQL builds: a
 * record is a JSON array of its components in declaration order, a list is a JSON array of
 * records.
 *
 * <p>Each {@code nextX} method advances the parser by one value and returns it: the structure of
 * records and lists, and the primitive components that cannot be {@code null}. Every other value
 * is read by its {@link ColumnType}'s {@link ColumnType#nextJson nextJson}, from the token readers
 * here. Values use PostgreSQL's own JSON rendering, except {@code bytea}, which nestql renders as
 * base64, and are read as the PostgreSQL JDBC driver reads the same column of a plain result set:
 *
 * <ul>
 *   <li>{@code NaN} and infinities of {@code real} and {@code double precision} arrive as strings,
 *       as PostgreSQL writes them, and are read as the float or double values of the same name.
 *   <li>A {@code numeric} keeps its scale and all its digits; {@code NaN} and infinities are an
 *       error, as they are for {@code getBigDecimal}.
 *   <li>Dates, times and timestamps take the ISO form whatever the session's {@code DateStyle}.
 *       A year before 1 AD is proleptic ({@code 0044-03-15 BC} is the year -43, 1 BC is the year
 *       0); {@code infinity} and {@code -infinity} are the {@code MAX} and {@code MIN} of
 *       {@link LocalDate}, {@link LocalDateTime} and {@link OffsetDateTime}; {@code time
 *       '24:00:00'} is {@link LocalTime#MAX}.
 *   <li>A {@code timestamptz} is written in the session time zone, whose offset may have seconds
 *       (local mean time: {@code -04:56:02} in New York before 1883), and is returned in UTC; a
 *       {@code timestamp} read as an {@code OffsetDateTime} is taken to be in UTC.
 * </ul>
 *
 * <p>Generated query classes call these methods; a value that does not fit the component is a
 * {@link JsonValueException}. For generated code only: see {@link dev.nestql.internal}.
 */
public final class JsonValues {
    private JsonValues() {}

    /** Checks that the parser is on the {@code [} that opens a record. */
    public static void beginRecord(JsonParser parser) throws IOException {
        expect(parser, parser.currentToken(), JsonToken.START_ARRAY, "a record");
    }

    /** Advances over the {@code [} that opens a group of more than 100 components of a record. */
    public static void beginGroup(JsonParser parser) throws IOException {
        expect(parser, parser.nextToken(), JsonToken.START_ARRAY, "a group of record components");
    }

    /** Advances over the {@code ]} that closes a record or a group of its components. */
    public static void endRecord(JsonParser parser) throws IOException {
        expect(parser, parser.nextToken(), JsonToken.END_ARRAY, "the end of a record");
    }

    /** Reads a list whose {@code [} the parser is on. */
    public static <T> List<T> readList(JsonParser parser, JsonReader<T> element) throws IOException {
        expect(parser, parser.currentToken(), JsonToken.START_ARRAY, "a list");
        List<T> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(element.read(parser));
        }
        return list;
    }

    /** Advances to and reads a list. */
    public static <T> List<T> nextList(JsonParser parser, JsonReader<T> element) throws IOException {
        parser.nextToken();
        return readList(parser, element);
    }

    /** Reads a record, or {@code null}, starting at the current token. */
    public static <T> T readNullable(JsonParser parser, JsonReader<T> record) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : record.read(parser);
    }

    /** Advances to and reads a record, or {@code null}. */
    public static <T> T nextNullable(JsonParser parser, JsonReader<T> record) throws IOException {
        parser.nextToken();
        return readNullable(parser, record);
    }

    /** Advances to and reads a non-null {@code boolean}. */
    public static boolean nextBoolean(JsonParser parser) throws IOException {
        return parser.nextToken() == JsonToken.VALUE_NULL ? nullForPrimitive(parser, "boolean") : readBoolean(parser);
    }

    /** Advances to and reads a non-null {@code byte}. */
    public static byte nextByte(JsonParser parser) throws IOException {
        return (byte) nextIntegral(parser, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    /** Advances to and reads a non-null {@code short}. */
    public static short nextShort(JsonParser parser) throws IOException {
        return (short) nextIntegral(parser, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    /** Advances to and reads a non-null {@code int}. */
    public static int nextInt(JsonParser parser) throws IOException {
        return (int) nextIntegral(parser, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    /** Advances to and reads a non-null {@code long}. */
    public static long nextLong(JsonParser parser) throws IOException {
        return nextIntegral(parser, Long.MIN_VALUE, Long.MAX_VALUE, "long");
    }

    /** Advances to and reads a non-null {@code float}; {@code "NaN"} and infinities included. */
    public static float nextFloat(JsonParser parser) throws IOException {
        return parser.nextToken() == JsonToken.VALUE_NULL ? nullForPrimitive(parser, "float") : readFloat(parser);
    }

    /** Advances to and reads a non-null {@code double}; {@code "NaN"} and infinities included. */
    public static double nextDouble(JsonParser parser) throws IOException {
        return parser.nextToken() == JsonToken.VALUE_NULL ? nullForPrimitive(parser, "double") : readDouble(parser);
    }

    /** Advances to and reads a non-null {@code char}, a one-character string. */
    public static char nextChar(JsonParser parser) throws IOException {
        Character value = ColumnType.CHARACTER.nextJson(parser);
        return value != null ? value : nullForPrimitive(parser, "char");
    }

    private static long nextIntegral(JsonParser parser, long min, long max, String type) throws IOException {
        return parser.nextToken() == JsonToken.VALUE_NULL ? nullForPrimitive(parser, type)
                : readIntegral(parser, min, max, type);
    }

    // The readers of single tokens below are the JSON halves of the ColumnType constants. Each reads
    // the value the parser is on, which is not JSON null.

    /** A JSON boolean. */
    static Boolean readBoolean(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        return unexpected(parser, "a boolean");
    }

    /** A JSON integer between {@code min} and {@code max}. */
    static long readIntegral(JsonParser parser, long min, long max, String type) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return unexpected(parser, "an integer");
        }
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new JsonValueException("value " + parser.getText() + " does not fit a " + type, parser);
        }
        long value = parser.getLongValue();
        if (value < min || value > max) {
            throw new JsonValueException("value " + value + " does not fit a " + type, parser);
        }
        return value;
    }

    /** A JSON number, or the string {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"}. */
    static float readFloat(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            // From the text: PostgreSQL writes -0 as an integer, whose sign a number token loses.
            return Float.parseFloat(parser.getText());
        }
        return (float) special(parser);
    }

    /** A JSON number, or the string {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"}. */
    static double readDouble(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return Double.parseDouble(parser.getText());
        }
        return special(parser);
    }

    private static double special(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            switch (parser.getText()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        return unexpected(parser, "a number");
    }

    /** A JSON string. */
    static String readString(JsonParser parser, String wanted) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : unexpected(parser, wanted);
    }

    /**
     * A JSON number as a {@code BigDecimal}, with the digits and scale PostgreSQL wrote. A
     * {@code numeric} {@code NaN} or infinity, which PostgreSQL writes as a string, is an error.
     */
    static BigDecimal readDecimal(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            throw new JsonValueException("numeric '" + parser.getText() + "' cannot be a BigDecimal, nor can JDBC's"
                    + " getBigDecimal read it; declare the component as a Double, or leave the value out with a where"
                    + " condition", parser);
        }
        return unexpected(parser, "a number");
    }

    /**
     * A JSON string holding a value of SQL type {@code sqlType}, parsed into a {@code javaType};
     * a text that {@code parse} refuses is an error saying which column types fit.
     */
    static <T> T readParsed(JsonParser parser, String sqlType, String javaType, String columnTypes,
            Function<String, T> parse) throws IOException {
        String article = "AEIOU".indexOf(javaType.charAt(0)) >= 0 ? "an " : "a ";
        String text = readString(parser, article + javaType);
        try {
            return parse.apply(text);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new JsonValueException(sqlType + " '" + text + "' cannot be " + article + javaType + ": " + e.getMessage()
                    + "; the column must be of type " + columnTypes, parser, e);
        }
    }

    // PostgreSQL writes dates and times into JSON in one ISO form whatever the session's DateStyle
    // (see EncodeDateOnly and EncodeDateTime with USE_XSD_DATES): 2024-02-29, 13:45:30.123456,
    // 2024-02-29T13:45:30.123456 and 2024-02-29T13:45:30.123456+05:30. A year has at least four
    // digits and no sign (10000-01-01), a year before 1 AD is positive with a " BC" suffix after
    // everything else, fractions have at most six digits without trailing zeros, an offset has
    // minutes and, when the zone's has them, seconds (-04:56:02), and the infinite values are
    // "infinity" and "-infinity". The parsers below read exactly that, one character at a time.

    /** A {@code date}, or the date of a {@code timestamp}; see {@link ColumnType#LOCAL_DATE}. */
    static LocalDate parseDate(String text) {
        if (text.equals("infinity")) {
            return LocalDate.MAX;
        }
        if (text.equals("-infinity")) {
            return LocalDate.MIN;
        }
        DateTimeText cursor = new DateTimeText(text, true);
        LocalDate date = cursor.date();
        if (cursor.at('T')) {
            // A timestamp read as a LocalDate: JDBC gives its date. A timestamptz is refused, as by JDBC.
            cursor.time();
        }
        cursor.finish();
        return date;
    }

    /** A {@code time} as PostgreSQL writes it into JSON; see {@link ColumnType#LOCAL_TIME}. */
    static LocalTime parseTime(String text) {
        if (text.equals("24:00:00")) {
            // The end of the day, which java.time has no value for; the driver reads it so.
            return LocalTime.MAX;
        }
        DateTimeText cursor = new DateTimeText(text, false);
        LocalTime time = cursor.time();
        cursor.finish();
        return time;
    }

    /** A {@code timetz} as PostgreSQL writes it into JSON; see {@link ColumnType#OFFSET_TIME}. */
    static OffsetTime parseOffsetTime(String text) {
        if (text.startsWith("24:00:00")) {
            // The end of the day: the driver reads it as OffsetTime.MAX, whatever the offset.
            return OffsetTime.MAX;
        }
        DateTimeText cursor = new DateTimeText(text, false);
        LocalTime time = cursor.time();
        if (cursor.atEnd()) {
            throw new DateTimeException("no offset");
        }
        ZoneOffset offset = cursor.offset();
        cursor.finish();
        return OffsetTime.of(time, offset);
    }

    /** A {@code timestamp} as PostgreSQL writes it into JSON; see {@link ColumnType#LOCAL_DATE_TIME}. */
    static LocalDateTime parseDateTime(String text) {
        if (text.equals("infinity")) {
            return LocalDateTime.MAX;
        }
        if (text.equals("-infinity")) {
            return LocalDateTime.MIN;
        }
        DateTimeText cursor = new DateTimeText(text, true);
        LocalDateTime dateTime = cursor.dateTime();
        cursor.finish();
        return dateTime;
    }

    /** A {@code timestamptz}, or a {@code timestamp} taken as UTC; see {@link ColumnType#OFFSET_DATE_TIME}. */
    static OffsetDateTime parseOffsetDateTime(String text) {
        if (text.equals("infinity")) {
            return OffsetDateTime.MAX;
        }
        if (text.equals("-infinity")) {
            return OffsetDateTime.MIN;
        }
        DateTimeText cursor = new DateTimeText(text, true);
        LocalDateTime dateTime = cursor.dateTime();
        ZoneOffset offset = cursor.offset();
        cursor.finish();
        OffsetDateTime value = OffsetDateTime.of(dateTime, offset);
        return offset == ZoneOffset.UTC ? value : value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A position in the text of a date, time or timestamp, read left to right. */
    private static final class DateTimeText {
        private final String text;
        /** Where the value ends: before the " BC" suffix, if any. */
        private final int end;
        private final boolean bc;
        private int position;

        DateTimeText(String text, boolean hasEra) {
            this.text = text;
            this.bc = hasEra && text.endsWith(" BC");
            this.end = bc ? text.length() - 3 : text.length();
        }

        /** A date: a year of four digits or more, then {@code -MM-DD}. */
        LocalDate date() {
            int year = number(4, 9, "year");
            expect('-');
            int month = number(2, 2, "month");
            expect('-');
            int day = number(2, 2, "day");
            // 1 BC is the proleptic year 0, 2 BC the year -1.
            return LocalDate.of(bc ? 1 - year : year, month, day);
        }

        /** A time: {@code HH:MM:SS}, then a fraction of one to nine digits, if any. */
        LocalTime time() {
            int hour = number(2, 2, "hour");
            expect(':');
            int minute = number(2, 2, "minute");
            expect(':');
            int second = number(2, 2, "second");
            int nano = 0;
            if (at('.')) {
                int start = position;
                nano = number(1, 9, "fraction of a second");
                for (int digits = position - start; digits < 9; digits++) {
                    nano *= 10;
                }
            }
            return LocalTime.of(hour, minute, second, nano);
        }

        /** A date, {@code T} and a time. */
        LocalDateTime dateTime() {
            LocalDate date = date();
            expect('T');
            return LocalDateTime.of(date, time());
        }

        /** {@code +HH}, then {@code :MM} and {@code :SS} if any; UTC when the text has no offset. */
        ZoneOffset offset() {
            if (position == end) {
                return ZoneOffset.UTC;
            }
            char sign = text.charAt(position);
            if (sign != '+' && sign != '-') {
                throw fail("an offset");
            }
            position++;
            int seconds = number(2, 2, "offset hours") * 3600;
            if (at(':')) {
                seconds += number(2, 2, "offset minutes") * 60;
                if (at(':')) {
                    seconds += number(2, 2, "offset seconds");
                }
            }
            // ofTotalSeconds returns cached instances for whole quarter hours, UTC among them.
            return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
        }

        /** Advances over {@code c} if it comes next, and tells whether it did. */
        boolean at(char c) {
            if (position < end && text.charAt(position) == c) {
                position++;
                return true;
            }
            return false;
        }

        /** Whether nothing but the era, if any, is left. */
        boolean atEnd() {
            return position == end;
        }

        /** Checks that nothing but the era, if any, follows. */
        void finish() {
            if (position != end) {
                throw fail("the end of the value");
            }
        }

        private int number(int minDigits, int maxDigits, String what) {
            int start = position;
            int value = 0;
            while (position < end && position - start < maxDigits) {
                int digit = text.charAt(position) - '0';
                if (digit < 0 || digit > 9) {
                    break;
                }
                value = value * 10 + digit;
                position++;
            }
            if (position - start < minDigits) {
                throw fail("the " + what);
            }
            return value;
        }

        private void expect(char wanted) {
            if (position >= end || text.charAt(position) != wanted) {
                throw fail("'" + wanted + "'");
            }
            position++;
        }

        private DateTimeException fail(String wanted) {
            return new DateTimeException("expected " + wanted + " at index " + position);
        }
    }

    private static <T> T nullForPrimitive(JsonParser parser, String type) throws IOException {
        throw new JsonValueException("null cannot be a " + type + "; declare the component with the boxed type", parser);
    }

    private static <T> T unexpected(JsonParser parser, String wanted) throws IOException {
        throw new JsonValueException("expected " + wanted + " but found " + parser.currentToken(), parser);
    }

    private static void expect(JsonParser parser, JsonToken token, JsonToken wanted, String what) throws IOException {
        if (token != wanted) {
            unexpected(parser, what);
        }
    }
}
