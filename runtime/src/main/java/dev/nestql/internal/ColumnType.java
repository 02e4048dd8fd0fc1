package dev.nestql.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.nestql.Interval;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Java types nestql reads and binds, and everything the runtime knows about each: the one
 * table that generated code and the runtime consult. Each constant says how a value of its type is
 *
 * <ul>
 *   <li>read from a column of a result row ({@link #read}), exactly as PostgreSQL's JDBC driver's
 *       {@code getObject(column, T.class)} reads it ({@code getString} for a {@code String});
 *   <li>read from the JSON that nested values travel in ({@link #nextJson}), giving the same value
 *       as the row does;
 *   <li>read as the element of a one-dimensional array ({@link #list}), from the driver's
 *       {@code getArray()} or, for the types whose array text depends on the session's styles
 *       (dates, times, intervals), from the array's JSON;
 *   <li>bound as a statement parameter ({@link #bind}) and written as an element of an array
 *       parameter ({@link #text}), for conditions and {@code in}.
 * </ul>
 *
 * <p>Texts (strings, characters, enum names) are bound untyped, so that PostgreSQL types them from
 * the column they are compared with: a {@code citext} compares case-insensitively, an enum, an
 * {@code inet} or a {@code jsonb} compares as that type, exactly as a literal in a plain
 * {@code SELECT} would. Other values are bound as the driver binds them.
 *
 * <p>Generated query classes read primitive components that cannot be {@code null} with the JDBC
 * getter ({@code getLong}) and {@link JsonValues}' primitive readers ({@code nextLong}), which
 * share these constants' checks without boxing; everything else goes through this table. The
 * processor's {@code ValueKind} names a constant here for each kind it supports, and a test checks
 * that the two tables agree. For generated code only (see {@link dev.nestql.internal}): generated
 * query classes pass its constants to the handles' factories ({@code Column.ofSql}); user code
 * cannot add to it.
 *
 * @param <T> the Java type (boxed for primitives)
 */
public final class ColumnType<T> {
    /** {@code boolean}. */
    public static final ColumnType<Boolean> BOOLEAN = new ColumnType<>("Boolean", false,
            (row, column) -> {
                boolean value = row.getBoolean(column);
                return row.wasNull() ? null : value;
            },
            JsonValues::readBoolean,
            element -> element instanceof Boolean value ? value : elementText(element).equals("t"),
            PreparedStatement::setBoolean, value -> value ? "t" : "f",
            (out, value) -> out.value((boolean) value));
    /** {@code smallint} read as {@code byte}. */
    public static final ColumnType<Byte> BYTE = new ColumnType<>("Byte", false,
            (row, column) -> {
                byte value = row.getByte(column);
                return row.wasNull() ? null : value;
            },
            parser -> (byte) JsonValues.readIntegral(parser, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte"),
            element -> (byte) integralElement(element, Byte.MIN_VALUE, Byte.MAX_VALUE, "Byte"),
            (statement, index, value) -> statement.setShort(index, value), String::valueOf,
            (out, value) -> out.value((int) value));
    /** {@code smallint}. */
    public static final ColumnType<Short> SHORT = new ColumnType<>("Short", false,
            (row, column) -> {
                short value = row.getShort(column);
                return row.wasNull() ? null : value;
            },
            parser -> (short) JsonValues.readIntegral(parser, Short.MIN_VALUE, Short.MAX_VALUE, "short"),
            element -> (short) integralElement(element, Short.MIN_VALUE, Short.MAX_VALUE, "Short"),
            PreparedStatement::setShort, String::valueOf,
            (out, value) -> out.value((int) value));
    /** {@code integer} (or {@code smallint}). */
    public static final ColumnType<Integer> INTEGER = new ColumnType<>("Integer", false,
            (row, column) -> {
                int value = row.getInt(column);
                return row.wasNull() ? null : value;
            },
            parser -> (int) JsonValues.readIntegral(parser, Integer.MIN_VALUE, Integer.MAX_VALUE, "int"),
            element -> (int) integralElement(element, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer"),
            PreparedStatement::setInt, String::valueOf,
            (out, value) -> out.value((int) value));
    /** {@code bigint} (or a narrower integer). */
    public static final ColumnType<Long> LONG = new ColumnType<>("Long", false,
            (row, column) -> {
                long value = row.getLong(column);
                return row.wasNull() ? null : value;
            },
            parser -> JsonValues.readIntegral(parser, Long.MIN_VALUE, Long.MAX_VALUE, "long"),
            element -> integralElement(element, Long.MIN_VALUE, Long.MAX_VALUE, "Long"),
            PreparedStatement::setLong, String::valueOf,
            (out, value) -> out.value((long) value));
    /** {@code real}; {@code NaN} and the infinities included. */
    public static final ColumnType<Float> FLOAT = new ColumnType<>("Float", false,
            (row, column) -> {
                float value = row.getFloat(column);
                return row.wasNull() ? null : value;
            },
            JsonValues::readFloat,
            element -> element instanceof Number number ? number.floatValue() : Float.parseFloat(elementText(element)),
            PreparedStatement::setFloat, String::valueOf,
            (out, value) -> out.value((float) value));
    /**
     * {@code double precision} (or {@code real}); {@code NaN} and the infinities included. The
     * elements of a {@code real[]} are read as the decimal values PostgreSQL writes ({@code 0.1},
     * not the float's binary value widened, {@code 0.10000000149011612}), as its JSON holds them.
     */
    public static final ColumnType<Double> DOUBLE = new ColumnType<>("Double", false,
            (row, column) -> {
                double value = row.getDouble(column);
                return row.wasNull() ? null : value;
            },
            JsonValues::readDouble,
            element -> element instanceof Number number && !(element instanceof Float)
                    ? number.doubleValue()
                    : Double.parseDouble(elementText(element)),
            PreparedStatement::setDouble, String::valueOf,
            (out, value) -> out.value((double) value));
    /** A one-character text, sent untyped. */
    public static final ColumnType<Character> CHARACTER = new ColumnType<>("Character", false,
            (row, column) -> character(row.getString(column), "column " + column),
            parser -> character(JsonValues.readString(parser, "a string"), parser),
            element -> character(elementText(element), "an array element"),
            (statement, index, value) -> statement.setObject(index, String.valueOf(value), Types.OTHER),
            String::valueOf,
            (out, value) -> out.value((char) value));
    /**
     * Any type, as PostgreSQL writes it: {@code text}, {@code varchar(n)}, {@code char(n)} with its
     * blanks, {@code citext}, an enum, {@code json}, {@code inet}, ...; sent untyped so that
     * PostgreSQL reads it as the column's type. Not the elements of {@code json[]} or
     * {@code jsonb[]}: inside the JSON that nested values travel in, a JSON string element cannot
     * be told from a text, so those would read differently there.
     */
    public static final ColumnType<String> STRING = new ColumnType<>("String", false,
            ResultSet::getString,
            parser -> JsonValues.readString(parser, "a string"),
            element -> {
                if (element instanceof byte[]) {
                    throw new SQLException("a bytea array cannot be a List<String>", "42804");
                }
                return elementText(element);
            },
            (statement, index, value) -> statement.setObject(index, value, Types.OTHER), value -> value,
            JsonOutput::writeText);
    /**
     * {@code numeric} (or any number), with the digits and scale PostgreSQL wrote; {@code NaN} and
     * the infinities are an error, as they are for {@code getBigDecimal}.
     */
    public static final ColumnType<BigDecimal> BIG_DECIMAL = new ColumnType<>("BigDecimal", false,
            ResultSet::getBigDecimal,
            JsonValues::readDecimal,
            element -> element instanceof BigDecimal decimal ? decimal : new BigDecimal(elementText(element)),
            PreparedStatement::setBigDecimal, BigDecimal::toString,
            (out, value) -> out.generator().writeNumber(value.toPlainString()));
    /** {@code uuid}. */
    public static final ColumnType<UUID> UUID = new ColumnType<>("UUID", false,
            (row, column) -> row.getObject(column, java.util.UUID.class),
            parser -> JsonValues.readParsed(parser, "uuid", "UUID", "uuid", java.util.UUID::fromString),
            element -> element instanceof UUID uuid ? uuid : java.util.UUID.fromString(elementText(element)),
            (statement, index, value) -> statement.setObject(index, value), java.util.UUID::toString,
            (out, value) -> out.writeText(value.toString()));
    /**
     * {@code date}: a BC date is a proleptic year ({@code 0044-03-15 BC} is -43-03-15), and
     * {@link LocalDate#MAX} and {@link LocalDate#MIN} are {@code infinity} and {@code -infinity}.
     * Of a {@code timestamp}, the date.
     */
    public static final ColumnType<LocalDate> LOCAL_DATE = new ColumnType<>("LocalDate", true,
            (row, column) -> row.getObject(column, LocalDate.class),
            parser -> JsonValues.readParsed(parser, "date", "LocalDate", "date or timestamp", JsonValues::parseDate),
            ColumnType::fromJson,
            (statement, index, value) -> statement.setObject(index, value), PgText::date,
            (out, value) -> out.writeText(PgJson.date(value)));
    /** {@code time}; {@link LocalTime#MAX} is {@code 24:00:00}. */
    public static final ColumnType<LocalTime> LOCAL_TIME = new ColumnType<>("LocalTime", true,
            (row, column) -> row.getObject(column, LocalTime.class),
            parser -> JsonValues.readParsed(parser, "time", "LocalTime", "time", JsonValues::parseTime),
            ColumnType::fromJson,
            (statement, index, value) -> statement.setObject(index, value), PgText::time,
            (out, value) -> out.writeText(PgJson.time(value)));
    /** {@code timestamp} (without time zone); {@code MAX} and {@code MIN} are the infinities. */
    public static final ColumnType<LocalDateTime> LOCAL_DATE_TIME = new ColumnType<>("LocalDateTime", true,
            (row, column) -> row.getObject(column, LocalDateTime.class),
            parser -> JsonValues.readParsed(parser, "timestamp", "LocalDateTime", "timestamp", JsonValues::parseDateTime),
            ColumnType::fromJson,
            (statement, index, value) -> statement.setObject(index, value), PgText::timestamp,
            (out, value) -> out.writeText(PgJson.timestamp(value)));
    /**
     * {@code timestamptz}, read in UTC whatever the session time zone; {@code MAX} and {@code MIN}
     * (whose offsets are not UTC) are the infinities. A {@code timestamp} is taken to be in UTC.
     */
    public static final ColumnType<OffsetDateTime> OFFSET_DATE_TIME = new ColumnType<>("OffsetDateTime", true,
            (row, column) -> row.getObject(column, OffsetDateTime.class),
            parser -> JsonValues.readParsed(parser, "timestamptz", "OffsetDateTime", "timestamptz or timestamp",
                    JsonValues::parseOffsetDateTime),
            ColumnType::fromJson,
            (statement, index, value) -> statement.setObject(index, value), PgText::timestamptz,
            JsonOutput::writeTimestamptz);
    /**
     * {@code timestamptz} as an instant: the instant of {@link #OFFSET_DATE_TIME}, so
     * {@code infinity} is {@code OffsetDateTime.MAX.toInstant()}; those two instants are bound as
     * the infinities again.
     */
    public static final ColumnType<Instant> INSTANT = new ColumnType<>("Instant", true,
            (row, column) -> {
                OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            },
            parser -> JsonValues.readParsed(parser, "timestamptz", "Instant", "timestamptz or timestamp",
                    text -> JsonValues.parseOffsetDateTime(text).toInstant()),
            ColumnType::fromJson,
            (statement, index, value) -> statement.setObject(index, PgText.offsetDateTime(value)),
            value -> PgText.timestamptz(PgText.offsetDateTime(value)),
            (out, value) -> out.writeTimestamptz(PgText.offsetDateTime(value)));
    /**
     * {@code timetz}, with the offset PostgreSQL stored (seconds included); {@code 24:00:00} at any
     * offset is {@link OffsetTime#MAX}, as the driver reads it from text.
     */
    public static final ColumnType<OffsetTime> OFFSET_TIME = new ColumnType<>("OffsetTime", true,
            ColumnType::offsetTime,
            parser -> JsonValues.readParsed(parser, "timetz", "OffsetTime", "timetz", JsonValues::parseOffsetTime),
            ColumnType::fromJson,
            (statement, index, value) -> statement.setObject(index, value), PgText::timetz,
            (out, value) -> out.writeText(PgJson.timetz(value)));
    /**
     * {@code interval}, read in any {@code IntervalStyle}, sent in ISO 8601, which PostgreSQL reads
     * whatever its {@code IntervalStyle}.
     */
    public static final ColumnType<Interval> INTERVAL = new ColumnType<>("Interval", true,
            (row, column) -> {
                String text = row.getString(column);
                try {
                    return text == null ? null : Interval.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new SQLException("column " + column + " cannot be read as an Interval: " + e.getMessage(),
                            "22007", e);
                }
            },
            parser -> JsonValues.readParsed(parser, "interval", "Interval", "interval", Interval::parse),
            ColumnType::fromJson,
            (statement, index, value) -> statement.setObject(index, value.toString(), Types.OTHER), Interval::toString,
            JsonOutput::writeInterval);
    /**
     * {@code bytea}. Its JSON is base64 (nestql's rendering of a {@code bytea} value) or, as the
     * element of a {@code bytea[]}'s JSON, PostgreSQL's hex form {@code \x0a1b}.
     */
    public static final ColumnType<byte[]> BYTES = new ColumnType<>("byte[]", false,
            ResultSet::getBytes,
            ColumnType::bytesFromJson,
            element -> element instanceof byte[] bytes ? bytes : HexFormat.of().parseHex(elementText(element).substring(2)),
            PreparedStatement::setBytes, PgText::bytea,
            (out, value) -> out.writeText(Base64.getEncoder().encodeToString(value)));

    /** Reads a value from a column of a result row; {@code null} for SQL {@code NULL}. */
    @FunctionalInterface
    interface RowRead<T> {
        T read(ResultSet row, int column) throws SQLException;
    }

    /** Reads an element of the array that {@code getArray()} returns, never {@code null}. */
    @FunctionalInterface
    interface ElementRead<T> {
        T read(Object element) throws SQLException;
    }

    /** Writes one value, never {@code null}, as PostgreSQL's JSON of it. */
    @FunctionalInterface
    interface JsonWrite<T> {
        void write(JsonOutput out, T value) throws IOException;
    }

    /** Binds one value, never {@code null}. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, int index, T value) throws SQLException;
    }

    private final String name;
    private final boolean arrayTravelsAsJson;
    private final RowRead<T> row;
    private final JsonReader<T> json;
    private final ElementRead<T> element;
    private final Binder<T> binder;
    private final Function<T, String> text;
    private final JsonWrite<T> jsonWrite;
    private volatile ColumnType<List<T>> list;

    private ColumnType(String name, boolean arrayTravelsAsJson, RowRead<T> row, JsonReader<T> json,
            ElementRead<T> element, Binder<T> binder, Function<T, String> text, JsonWrite<T> jsonWrite) {
        this.jsonWrite = jsonWrite;
        this.name = name;
        this.arrayTravelsAsJson = arrayTravelsAsJson;
        this.row = row;
        this.json = json;
        this.element = element;
        this.binder = binder;
        this.text = text;
    }

    /**
     * A Java enum stored by constant name, in a text column or a PostgreSQL enum type: read by
     * name, and bound by name untyped, so that PostgreSQL casts it to the column's type. Generated
     * query classes keep one per enum in a constant.
     *
     * @param type the enum class, for messages
     * @param valueOf the enum's {@code valueOf}
     * @param <E> the enum type
     */
    public static <E extends Enum<E>> ColumnType<E> enumByName(Class<E> type, Function<String, E> valueOf) {
        Objects.requireNonNull(valueOf, "valueOf");
        String name = type.getSimpleName();
        return new ColumnType<>(name, false,
                (row, column) -> constant(row.getString(column), valueOf, name),
                parser -> {
                    try {
                        return constant(JsonValues.readString(parser, "a string"), valueOf, name);
                    } catch (SQLException e) {
                        throw new JsonValueException(e.getMessage(), parser, e);
                    }
                },
                element -> constant(elementText(element), valueOf, name),
                (statement, index, value) -> statement.setObject(index, value.name(), Types.OTHER), Enum::name,
                (out, value) -> out.writeText(value.name()));
    }

    /**
     * A one-dimensional array of this type's values, which may hold {@code null}s: a
     * {@code List<T>}. A multi-dimensional array is an error (SQL state 2202E), as no list type
     * holds it. Bound as an untyped array literal, so that PostgreSQL reads it as the column's
     * array type; it has no form as an element of another array (PostgreSQL has no arrays of
     * arrays, so {@code in} on an array column fails).
     */
    public ColumnType<List<T>> list() {
        ColumnType<List<T>> type = list;
        if (type == null) {
            type = new ColumnType<>("List<" + name + ">", false,
                    arrayTravelsAsJson ? this::readJsonArray : this::readArray,
                    this::readJsonList,
                    ignored -> {
                        throw new SQLException("an array of arrays cannot be a List<List<" + name + ">>", "2202E");
                    },
                    (statement, index, value) -> statement.setObject(index, PgText.array(value, this), Types.OTHER),
                    value -> PgText.array(value, this),
                    this::writeJsonArray);
            list = type;
        }
        return type;
    }

    /** Reads column {@code column} of the current row of {@code row}; {@code null} for SQL {@code NULL}. */
    public T read(ResultSet row, int column) throws SQLException {
        return this.row.read(row, column);
    }

    /**
     * Advances {@code parser} to the next value and reads it; {@code null} for JSON {@code null}.
     *
     * @throws JsonValueException when the value does not fit this type
     */
    public T nextJson(JsonParser parser) throws IOException {
        return parser.nextToken() == JsonToken.VALUE_NULL ? null : json.read(parser);
    }

    /**
     * Binds {@code value}, never {@code null}, as parameter {@code index} of {@code statement}.
     *
     * @throws SQLException when the driver refuses the value
     * @throws RuntimeException when the value has no PostgreSQL form (an {@code Instant} past the
     *     years a {@code timestamptz} holds, say)
     */
    public void bind(PreparedStatement statement, int index, T value) throws SQLException {
        binder.bind(statement, index, value);
    }

    /**
     * {@code value}, never {@code null}, in the text form PostgreSQL's input function for the
     * column's type reads: the element of an array parameter.
     *
     * @throws RuntimeException when the value has no PostgreSQL form
     */
    public String text(T value) {
        return text.apply(value);
    }

    /**
     * Writes {@code value}, never {@code null}, as PostgreSQL's JSON of the column it was read
     * from ({@link JsonOutput}).
     */
    void writeJson(JsonOutput out, T value) throws IOException {
        jsonWrite.write(out, value);
    }

    /** An array: its elements' JSON, {@code null}s included. */
    private void writeJsonArray(JsonOutput out, List<T> values) throws IOException {
        out.generator().writeStartArray(values, values.size());
        for (T value : values) {
            out.value(this, value);
        }
        out.generator().writeEndArray();
    }

    /** Whether an array of this type travels as its JSON ({@code to_json}) in every statement. */
    boolean arrayTravelsAsJson() {
        return arrayTravelsAsJson;
    }

    /** The Java name of the type, as in {@code List<Long>}. */
    @Override
    public String toString() {
        return name;
    }

    private List<T> readArray(ResultSet row, int column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        if (array == null) {
            return null;
        }
        try {
            Object[] elements = (Object[]) array.getArray();
            List<T> values = new ArrayList<>(elements.length);
            for (Object value : elements) {
                if (value instanceof Object[]) {
                    throw new SQLException("column " + column + " holds an array of more than one dimension,"
                            + " which a List<" + name + "> cannot hold", "2202E");
                }
                try {
                    values.add(value == null ? null : element.read(value));
                } catch (RuntimeException e) {
                    throw new SQLException("column " + column + " holds the element '" + elementText(value)
                            + "', which a List<" + name + "> cannot hold: " + e, "22P02", e);
                }
            }
            return Collections.unmodifiableList(values);
        } finally {
            array.free();
        }
    }

    private List<T> readJsonArray(ResultSet row, int column) throws SQLException {
        String text = row.getString(column);
        if (text == null) {
            return null;
        }
        try (JsonParser parser = Rows.JSON.createParser(text)) {
            parser.nextToken();
            return readJsonList(parser);
        } catch (IOException e) {
            throw new SQLException("column " + column + " cannot be read as a List<" + name + ">: " + e.getMessage(),
                    "22P02", e);
        }
    }

    private List<T> readJsonList(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new JsonValueException("expected an array but found " + parser.currentToken(), parser);
        }
        List<T> values = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_ARRAY) {
                throw new JsonValueException("an array of more than one dimension cannot be a List<" + name + ">",
                        parser);
            }
            values.add(token == JsonToken.VALUE_NULL ? null : json.read(parser));
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * The text of an array element as PostgreSQL writes it. The driver returns the element of an
     * array of a domain (or of another type it does not know) as a {@code PGobject}, whose
     * {@code toString()} is that text, instead of the Java type of the domain's base type.
     */
    private static String elementText(Object element) {
        return element.toString();
    }

    private static <T> T fromJson(Object element) {
        throw new AssertionError("an array of this type is read from its JSON");
    }

    private static long integralElement(Object element, long min, long max, String name) throws SQLException {
        long value = element instanceof Number number ? number.longValue() : Long.parseLong(elementText(element));
        if (value < min || value > max) {
            throw new SQLException("array element " + value + " does not fit a " + name, "22003");
        }
        return value;
    }

    private static Character character(String text, String where) throws SQLException {
        if (text == null) {
            return null;
        }
        if (text.length() != 1) {
            throw new SQLException(where + " holds " + text.length() + " characters but is read into a char", "22001");
        }
        return text.charAt(0);
    }

    private static Character character(String text, JsonParser parser) throws IOException {
        if (text.length() != 1) {
            throw new JsonValueException("a text of " + text.length() + " characters does not fit a char", parser);
        }
        return text.charAt(0);
    }

    private static <E> E constant(String text, Function<String, E> valueOf, String type) throws SQLException {
        try {
            return text == null ? null : valueOf.apply(text);
        } catch (IllegalArgumentException e) {
            throw new SQLException("'" + text + "' names no constant of the enum " + type, "22P02", e);
        }
    }

    /**
     * A {@code timetz}: the driver reads {@code 24:00:00} as {@link OffsetTime#MAX} when the row
     * comes as text, but fails with a {@code DateTimeException} when it comes in binary (from the
     * fifth run of a statement on), as no {@code LocalTime} has that nano-of-day; that one failure
     * is read as the text form reads.
     */
    private static OffsetTime offsetTime(ResultSet row, int column) throws SQLException {
        try {
            return row.getObject(column, OffsetTime.class);
        } catch (DateTimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("NanoOfDay")
                    && e.getMessage().endsWith(": 86400000000000")) {
                return OffsetTime.MAX;
            }
            throw new SQLException("column " + column + " cannot be read as an OffsetTime: " + e.getMessage(), "22008", e);
        }
    }

    private static byte[] bytesFromJson(JsonParser parser) throws IOException {
        String text = JsonValues.readString(parser, "a string");
        try {
            return text.startsWith("\\x")
                    ? HexFormat.of().parseHex(text, 2, text.length())
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new JsonValueException("bytea is neither base64 nor hex: " + e.getMessage(), parser, e);
        }
    }
}
