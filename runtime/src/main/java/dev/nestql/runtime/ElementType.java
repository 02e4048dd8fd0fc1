package dev.nestql.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import dev.nestql.Interval;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The element type of a one-dimensional PostgreSQL array read into a {@code List<E>}: how an
 * element the JDBC driver returns ({@code ResultSet.getArray(i).getArray()}) and an element of the
 * array's JSON are read, and how an element is written into an array parameter.
 *
 * <p>Generated query classes pick one constant per array column; user code rarely needs this type,
 * and cannot add to the constants.
 *
 * @param <E> the Java type of the elements
 */
public abstract class ElementType<E> {
    /**
     * {@code text[]}, {@code varchar[]}, {@code char(n)[]}, {@code citext[]}, an enum's array, ...:
     * the element's text. Not {@code json[]} or {@code jsonb[]}: inside the JSON that nested values
     * travel in, a JSON string element cannot be told from a text, so those would read differently
     * there.
     */
    public static final ElementType<String> STRING = new ElementType<>("String", ColumnType.STRING) {
        @Override
        String fromJdbc(Object element) throws SQLException {
            if (element instanceof byte[]) {
                throw new SQLException("a bytea array cannot be a List<String>", "42804");
            }
            return element.toString();
        }

        @Override
        String fromJson(JsonParser parser) throws IOException {
            expect(parser, parser.currentToken() == JsonToken.VALUE_STRING, "a string");
            return parser.getText();
        }
    };
    /** {@code boolean[]}. */
    public static final ElementType<Boolean> BOOLEAN = new ElementType<>("Boolean", ColumnType.BOOLEAN) {
        @Override
        Boolean fromJdbc(Object element) {
            return (Boolean) element;
        }

        @Override
        Boolean fromJson(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            expect(parser, token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE, "a boolean");
            return token == JsonToken.VALUE_TRUE;
        }
    };
    /** {@code smallint[]}. */
    public static final ElementType<Short> SHORT = integral("Short", ColumnType.SHORT, Short.MIN_VALUE, Short.MAX_VALUE,
            value -> (short) value);
    /** {@code integer[]} (or {@code smallint[]}). */
    public static final ElementType<Integer> INTEGER = integral("Integer", ColumnType.INTEGER, Integer.MIN_VALUE,
            Integer.MAX_VALUE, value -> (int) value);
    /** {@code bigint[]} (or a narrower integer's). */
    public static final ElementType<Long> LONG = integral("Long", ColumnType.LONG, Long.MIN_VALUE, Long.MAX_VALUE,
            value -> value);
    /** {@code real[]}. */
    public static final ElementType<Float> FLOAT = new ElementType<>("Float", ColumnType.FLOAT) {
        @Override
        Float fromJdbc(Object element) {
            return ((Number) element).floatValue();
        }

        @Override
        Float fromJson(JsonParser parser) throws IOException {
            return (float) floating(parser);
        }
    };
    /**
     * {@code double precision[]}, or {@code real[]}, whose elements are read as the decimal values
     * PostgreSQL writes ({@code 0.1}, not the float's binary value widened,
     * {@code 0.10000000149011612}), as its JSON holds them.
     */
    public static final ElementType<Double> DOUBLE = new ElementType<>("Double", ColumnType.DOUBLE) {
        @Override
        Double fromJdbc(Object element) {
            return element instanceof Float single ? Double.parseDouble(single.toString()) : ((Number) element).doubleValue();
        }

        @Override
        Double fromJson(JsonParser parser) throws IOException {
            return floating(parser);
        }
    };
    /** {@code numeric[]}, each element with its own scale. */
    public static final ElementType<BigDecimal> BIG_DECIMAL = new ElementType<>("BigDecimal", ColumnType.BIG_DECIMAL) {
        @Override
        BigDecimal fromJdbc(Object element) {
            return element instanceof BigDecimal decimal ? decimal : new BigDecimal(element.toString());
        }

        @Override
        BigDecimal fromJson(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                throw new JsonValueException("numeric '" + parser.getText() + "' cannot be a BigDecimal", parser);
            }
            expect(parser, token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT, "a number");
            return parser.getDecimalValue();
        }
    };
    /** {@code uuid[]}. */
    public static final ElementType<UUID> UUID = new ElementType<>("UUID", ColumnType.UUID) {
        @Override
        UUID fromJdbc(Object element) {
            return element instanceof UUID uuid ? uuid : java.util.UUID.fromString(element.toString());
        }

        @Override
        UUID fromJson(JsonParser parser) throws IOException {
            expect(parser, parser.currentToken() == JsonToken.VALUE_STRING, "a UUID");
            return java.util.UUID.fromString(parser.getText());
        }
    };

    /** {@code date[]}, read from its JSON: {@code infinity} and BC dates as for a plain column. */
    public static final ElementType<LocalDate> LOCAL_DATE = temporal("LocalDate", ColumnType.LOCAL_DATE, JsonValues::parseDate);
    /** {@code time[]}, read from its JSON. */
    public static final ElementType<LocalTime> LOCAL_TIME = temporal("LocalTime", ColumnType.LOCAL_TIME, JsonValues::parseTime);
    /** {@code timestamp[]}, read from its JSON. */
    public static final ElementType<LocalDateTime> LOCAL_DATE_TIME = temporal("LocalDateTime", ColumnType.LOCAL_DATE_TIME,
            JsonValues::parseDateTime);
    /** {@code timestamptz[]}, read from its JSON, in UTC. */
    public static final ElementType<OffsetDateTime> OFFSET_DATE_TIME = temporal("OffsetDateTime",
            ColumnType.OFFSET_DATE_TIME, JsonValues::parseOffsetDateTime);
    /** {@code timetz[]}, read from its JSON. */
    public static final ElementType<OffsetTime> OFFSET_TIME = temporal("OffsetTime", ColumnType.OFFSET_TIME,
            JsonValues::parseOffsetTime);
    /** {@code timestamptz[]} as instants, read from its JSON. */
    public static final ElementType<Instant> INSTANT = temporal("Instant", ColumnType.INSTANT,
            text -> JsonValues.parseOffsetDateTime(text).toInstant());
    /** {@code interval[]}, read from its JSON in any {@code IntervalStyle}. */
    public static final ElementType<Interval> INTERVAL = temporal("Interval", ColumnType.INTERVAL, Interval::parse);

    private final String name;
    private final ColumnType<E> type;

    private ElementType(String name, ColumnType<E> type) {
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The Java name of the elements, for messages. */
    String name() {
        return name;
    }

    /** How an element is written into an array parameter. */
    ColumnType<E> columnType() {
        return type;
    }

    /**
     * An element as the driver returns it in the array of {@code getArray()}, never {@code null}.
     *
     * @throws SQLException when it does not fit {@code E}
     */
    abstract E fromJdbc(Object element) throws SQLException;

    /** The element the parser is on, never JSON {@code null}. */
    abstract E fromJson(JsonParser parser) throws IOException;

    private static <N extends Number> ElementType<N> integral(String name, ColumnType<N> type, long min, long max,
            LongFunction<N> box) {
        return new ElementType<N>(name, type) {
            @Override
            N fromJdbc(Object element) throws SQLException {
                long value = ((Number) element).longValue();
                if (value < min || value > max) {
                    throw new SQLException("array element " + value + " does not fit a " + name, "22003");
                }
                return box.apply(value);
            }

            @Override
            N fromJson(JsonParser parser) throws IOException {
                expect(parser, parser.currentToken() == JsonToken.VALUE_NUMBER_INT, "an integer");
                long value = parser.getLongValue();
                if (value < min || value > max) {
                    throw new JsonValueException("array element " + value + " does not fit a " + name, parser);
                }
                return box.apply(value);
            }
        };
    }

    /**
     * An element type whose array travels as JSON in every statement (its text form depends on the
     * session's styles, and the driver's array elements are {@code java.sql} types): read from the
     * element's JSON string only.
     */
    private static <T> ElementType<T> temporal(String name, ColumnType<T> type, Function<String, T> parse) {
        return new ElementType<T>(name, type) {
            @Override
            T fromJdbc(Object element) {
                throw new AssertionError("a " + name + " array is read from its JSON");
            }

            @Override
            T fromJson(JsonParser parser) throws IOException {
                expect(parser, parser.currentToken() == JsonToken.VALUE_STRING, "a " + name);
                try {
                    return parse.apply(parser.getText());
                } catch (RuntimeException e) {
                    throw new JsonValueException("'" + parser.getText() + "' cannot be a " + name + ": " + e.getMessage(),
                            parser, e);
                }
            }
        };
    }

    private static double floating(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            // From the text: PostgreSQL writes -0 as an integer, whose sign a number token loses.
            return Double.parseDouble(parser.getText());
        }
        if (token == JsonToken.VALUE_STRING) {
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
        throw new JsonValueException("expected a number but found " + token, parser);
    }

    private static void expect(JsonParser parser, boolean found, String wanted) throws IOException {
        if (!found) {
            throw new JsonValueException("expected " + wanted + " in an array but found " + parser.currentToken(), parser);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
