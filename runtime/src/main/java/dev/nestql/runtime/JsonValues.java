package dev.nestql.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the values of nested projections from the positional JSON that nestql's SQL builds: a
 * record is a JSON array of its components in declaration order, a list is a JSON array of
 * records.
 *
 * <p>Each {@code nextX} method advances the parser by one value and returns it. Values use
 * PostgreSQL's own JSON rendering, except {@code bytea}, which nestql renders as base64.
 * {@code NaN} and infinities of {@code real} and {@code double precision} arrive as strings, as
 * PostgreSQL writes them. A {@code timestamptz} is returned in UTC, as the JDBC driver returns it
 * for a plain column.
 *
 * <p>Generated query classes call these methods; a value that does not fit the component is a
 * {@link JsonValueException}.
 */
public final class JsonValues {
    /**
     * ISO dates as PostgreSQL writes them: unlike {@link DateTimeFormatter#ISO_LOCAL_DATE}, a year
     * past 9999 has no {@code +} sign ({@code 10000-01-01}, which a {@code timestamptz} of
     * 9999-12-31 becomes in a session time zone east of UTC).
     */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4, 10, SignStyle.NORMAL)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DATE_TIME)
            .appendOffsetId()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

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
        Boolean value = nextBooleanOrNull(parser);
        return value != null ? value : nullForPrimitive(parser, "boolean");
    }

    /** Advances to and reads a {@code Boolean} or {@code null}. */
    public static Boolean nextBooleanOrNull(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        return token == JsonToken.VALUE_NULL ? null : unexpected(parser, "a boolean");
    }

    /** Advances to and reads a non-null {@code byte}. */
    public static byte nextByte(JsonParser parser) throws IOException {
        Byte value = nextByteOrNull(parser);
        return value != null ? value : nullForPrimitive(parser, "byte");
    }

    /** Advances to and reads a {@code Byte} or {@code null}. */
    public static Byte nextByteOrNull(JsonParser parser) throws IOException {
        Long value = nextLongOrNull(parser);
        if (value == null) {
            return null;
        }
        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
            throw new JsonValueException("value " + value + " does not fit a byte", parser);
        }
        return value.byteValue();
    }

    /** Advances to and reads a non-null {@code short}. */
    public static short nextShort(JsonParser parser) throws IOException {
        Short value = nextShortOrNull(parser);
        return value != null ? value : nullForPrimitive(parser, "short");
    }

    /** Advances to and reads a {@code Short} or {@code null}. */
    public static Short nextShortOrNull(JsonParser parser) throws IOException {
        Long value = nextLongOrNull(parser);
        if (value == null) {
            return null;
        }
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new JsonValueException("value " + value + " does not fit a short", parser);
        }
        return value.shortValue();
    }

    /** Advances to and reads a non-null {@code int}. */
    public static int nextInt(JsonParser parser) throws IOException {
        if (parser.nextToken() == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        return (int) integral(parser, "int");
    }

    /** Advances to and reads an {@code Integer} or {@code null}. */
    public static Integer nextIntOrNull(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        return token == JsonToken.VALUE_NULL ? null : (int) integral(parser, "int");
    }

    /** Advances to and reads a non-null {@code long}. */
    public static long nextLong(JsonParser parser) throws IOException {
        if (parser.nextToken() == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        return integral(parser, "long");
    }

    /** Advances to and reads a {@code Long} or {@code null}. */
    public static Long nextLongOrNull(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        return token == JsonToken.VALUE_NULL ? null : integral(parser, "long");
    }

    private static long integral(JsonParser parser, String type) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return nullForPrimitive(parser, type);
        }
        return unexpected(parser, "an integer");
    }

    /** Advances to and reads a non-null {@code float}. */
    public static float nextFloat(JsonParser parser) throws IOException {
        Float value = nextFloatOrNull(parser);
        return value != null ? value : nullForPrimitive(parser, "float");
    }

    /** Advances to and reads a {@code Float} or {@code null}; {@code "NaN"} and infinities included. */
    public static Float nextFloatOrNull(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            // From the text: PostgreSQL writes -0 as an integer, whose sign a number token loses.
            return Float.parseFloat(parser.getText());
        }
        if (token == JsonToken.VALUE_STRING) {
            return (float) special(parser);
        }
        return token == JsonToken.VALUE_NULL ? null : unexpected(parser, "a number");
    }

    /** Advances to and reads a non-null {@code double}. */
    public static double nextDouble(JsonParser parser) throws IOException {
        Double value = nextDoubleOrNull(parser);
        return value != null ? value : nullForPrimitive(parser, "double");
    }

    /** Advances to and reads a {@code Double} or {@code null}; {@code "NaN"} and infinities included. */
    public static Double nextDoubleOrNull(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            // From the text: PostgreSQL writes -0 as an integer, whose sign a number token loses.
            return Double.parseDouble(parser.getText());
        }
        if (token == JsonToken.VALUE_STRING) {
            return special(parser);
        }
        return token == JsonToken.VALUE_NULL ? null : unexpected(parser, "a number");
    }

    private static double special(JsonParser parser) throws IOException {
        switch (parser.getText()) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                return unexpected(parser, "a number");
        }
    }

    /** Advances to and reads a non-null {@code char}. */
    public static char nextChar(JsonParser parser) throws IOException {
        Character value = nextCharacterOrNull(parser);
        return value != null ? value : nullForPrimitive(parser, "char");
    }

    /** Advances to and reads a {@code Character} (a one-character string) or {@code null}. */
    public static Character nextCharacterOrNull(JsonParser parser) throws IOException {
        String text = nextStringOrNull(parser);
        if (text == null) {
            return null;
        }
        if (text.length() != 1) {
            throw new JsonValueException("a text of " + text.length() + " characters does not fit a char", parser);
        }
        return text.charAt(0);
    }

    /** Advances to and reads a {@code String} or {@code null}. */
    public static String nextStringOrNull(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        return token == JsonToken.VALUE_NULL ? null : unexpected(parser, "a string");
    }

    /** Advances to and reads a {@code BigDecimal}, with the scale PostgreSQL wrote, or {@code null}. */
    public static BigDecimal nextBigDecimalOrNull(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            throw new JsonValueException("numeric '" + parser.getText() + "' cannot be a BigDecimal", parser);
        }
        return token == JsonToken.VALUE_NULL ? null : unexpected(parser, "a number");
    }

    /** Advances to and reads a {@code UUID} or {@code null}. */
    public static UUID nextUuidOrNull(JsonParser parser) throws IOException {
        String text = nextStringOrNull(parser);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new JsonValueException("'" + text + "' is not a UUID", parser, e);
        }
    }

    /** Advances to and reads a {@code LocalDate} or {@code null}. */
    public static LocalDate nextLocalDateOrNull(JsonParser parser) throws IOException {
        String text = nextStringOrNull(parser);
        try {
            return text == null ? null : LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new JsonValueException("date '" + text + "' cannot be a LocalDate", parser, e);
        }
    }

    /** Advances to and reads a {@code LocalTime} or {@code null}. */
    public static LocalTime nextLocalTimeOrNull(JsonParser parser) throws IOException {
        String text = nextStringOrNull(parser);
        try {
            return text == null ? null : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new JsonValueException("time '" + text + "' cannot be a LocalTime", parser, e);
        }
    }

    /** Advances to and reads a {@code LocalDateTime} or {@code null}. */
    public static LocalDateTime nextLocalDateTimeOrNull(JsonParser parser) throws IOException {
        String text = nextStringOrNull(parser);
        try {
            return text == null ? null : LocalDateTime.parse(text, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new JsonValueException("timestamp '" + text + "' cannot be a LocalDateTime", parser, e);
        }
    }

    /** Advances to and reads a {@code timestamptz} as an {@code OffsetDateTime} in UTC, or {@code null}. */
    public static OffsetDateTime nextOffsetDateTimeOrNull(JsonParser parser) throws IOException {
        String text = nextStringOrNull(parser);
        try {
            return text == null ? null : OffsetDateTime.parse(text, OFFSET_DATE_TIME).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new JsonValueException("timestamptz '" + text + "' cannot be an OffsetDateTime", parser, e);
        }
    }

    /** Advances to and reads a {@code timestamptz} as an {@code Instant}, or {@code null}. */
    public static Instant nextInstantOrNull(JsonParser parser) throws IOException {
        OffsetDateTime value = nextOffsetDateTimeOrNull(parser);
        return value == null ? null : value.toInstant();
    }

    /** Advances to and reads base64 text as bytes, or {@code null}. */
    public static byte[] nextBytesOrNull(JsonParser parser) throws IOException {
        String text = nextStringOrNull(parser);
        try {
            return text == null ? null : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new JsonValueException("bytea is not base64: " + e.getMessage(), parser, e);
        }
    }

    /** Advances to and reads an enum constant by name, or {@code null}. */
    public static <E extends Enum<E>> E nextEnumOrNull(JsonParser parser, Function<String, E> valueOf)
            throws IOException {
        String text = nextStringOrNull(parser);
        try {
            return text == null ? null : valueOf.apply(text);
        } catch (IllegalArgumentException e) {
            throw new JsonValueException("'" + text + "' names no constant of the enum", parser, e);
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
