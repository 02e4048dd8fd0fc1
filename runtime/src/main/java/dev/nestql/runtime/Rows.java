package dev.nestql.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.nestql.Interval;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the columns of a result row that JDBC has no direct getter for: boxed primitives that may
 * be {@code null}, {@code java.time} and UUID values, enums by name, and nested projections sent as
 * JSON. Generated query classes call these methods.
 */
public final class Rows {
    /**
     * Parses nested projections. Jackson's default limits on the length of a number (1,000
     * characters) and of a string (20 million) would refuse values that JDBC reads from a plain
     * column: a {@code numeric} has up to 147,455 digits, a {@code text} or base64 {@code bytea} up
     * to a gigabyte. The JSON comes from PostgreSQL, not from an untrusted client, so lengths are
     * unlimited; the whole JSON is one {@code String} from the driver anyway.
     */
    static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private Rows() {}

    /**
     * Returns {@code value}, just read from {@code column} with a primitive getter, unless the
     * column was SQL {@code null}: a primitive component cannot hold it, and reading it as 0 or
     * {@code false} would lose it. Used for {@code @Sql} components, whose nullness the processor
     * cannot know.
     *
     * @throws SQLException with SQL state 22004 (null value not allowed) when the column was null
     */
    public static <T> T requireValue(T value, ResultSet row, int column, String component) throws SQLException {
        if (row.wasNull()) {
            throw new SQLException("component " + component + " is a primitive, but its SQL expression gave null;"
                    + " declare it with the boxed type or make the expression never null", "22004");
        }
        return value;
    }

    /** A {@code Boolean} or {@code null}. */
    public static Boolean getBooleanOrNull(ResultSet row, int column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    /** A {@code Byte} or {@code null}. */
    public static Byte getByteOrNull(ResultSet row, int column) throws SQLException {
        byte value = row.getByte(column);
        return row.wasNull() ? null : value;
    }

    /** A {@code Short} or {@code null}. */
    public static Short getShortOrNull(ResultSet row, int column) throws SQLException {
        short value = row.getShort(column);
        return row.wasNull() ? null : value;
    }

    /** An {@code Integer} or {@code null}. */
    public static Integer getIntOrNull(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** A {@code Long} or {@code null}. */
    public static Long getLongOrNull(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A {@code Float} or {@code null}. */
    public static Float getFloatOrNull(ResultSet row, int column) throws SQLException {
        float value = row.getFloat(column);
        return row.wasNull() ? null : value;
    }

    /** A {@code Double} or {@code null}. */
    public static Double getDoubleOrNull(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    /** A non-null {@code char} from a one-character text. */
    public static char getChar(ResultSet row, int column) throws SQLException {
        Character value = getCharacterOrNull(row, column);
        if (value == null) {
            throw new SQLException("column " + column + " is null but is read into a char");
        }
        return value;
    }

    /** A {@code Character} from a one-character text, or {@code null}. */
    public static Character getCharacterOrNull(ResultSet row, int column) throws SQLException {
        String text = row.getString(column);
        if (text == null) {
            return null;
        }
        if (text.length() != 1) {
            throw new SQLException("column " + column + " holds " + text.length() + " characters but is read into a char");
        }
        return text.charAt(0);
    }

    /** A {@code UUID} or {@code null}. */
    public static UUID getUuid(ResultSet row, int column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    /** A {@code LocalDate} or {@code null}. */
    public static LocalDate getLocalDate(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    /** A {@code LocalTime} or {@code null}. */
    public static LocalTime getLocalTime(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalTime.class);
    }

    /** A {@code LocalDateTime} or {@code null}. */
    public static LocalDateTime getLocalDateTime(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDateTime.class);
    }

    /** A {@code timestamptz} as an {@code OffsetDateTime} in UTC, or {@code null}. */
    public static OffsetDateTime getOffsetDateTime(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class);
    }

    /**
     * A {@code timetz} as an {@code OffsetTime}, or {@code null}; {@code 24:00:00} at any offset is
     * {@link OffsetTime#MAX}. The driver reads it so when the row comes as text, but fails with a
     * {@code DateTimeException} when it comes in binary (from the fifth run of a statement on), as
     * no {@code LocalTime} has that nano-of-day; that one failure is read as the text form reads.
     */
    public static OffsetTime getOffsetTime(ResultSet row, int column) throws SQLException {
        try {
            return row.getObject(column, OffsetTime.class);
        } catch (DateTimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("NanoOfDay") && e.getMessage().endsWith(": 86400000000000")) {
                return OffsetTime.MAX;
            }
            throw new SQLException("column " + column + " cannot be read as an OffsetTime: " + e.getMessage(), "22008", e);
        }
    }

    /** An {@code interval} in any {@code IntervalStyle}, or {@code null}. */
    public static Interval getInterval(ResultSet row, int column) throws SQLException {
        String text = row.getString(column);
        try {
            return text == null ? null : Interval.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SQLException("column " + column + " cannot be read as an Interval: " + e.getMessage(), "22007", e);
        }
    }

    /** A {@code timestamptz} as an {@code Instant}, or {@code null}. */
    public static Instant getInstant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** An enum constant named by a text or PostgreSQL enum value, or {@code null}. */
    public static <E extends Enum<E>> E getEnum(ResultSet row, int column, Function<String, E> valueOf)
            throws SQLException {
        String text = row.getString(column);
        try {
            return text == null ? null : valueOf.apply(text);
        } catch (IllegalArgumentException e) {
            throw new SQLException("'" + text + "' in column " + column + " names no constant of the enum", e);
        }
    }

    /**
     * A one-dimensional array as a list of {@code element}s, which may hold {@code null}s, or
     * {@code null}: the elements of the driver's {@code getArray(column).getArray()}. A
     * multi-dimensional array is an error (SQL state 2202E), as no list type holds it.
     */
    public static <E> List<E> getList(ResultSet row, int column, ElementType<E> element) throws SQLException {
        java.sql.Array array = row.getArray(column);
        if (array == null) {
            return null;
        }
        try {
            Object[] elements = (Object[]) array.getArray();
            List<E> list = new ArrayList<>(elements.length);
            for (Object value : elements) {
                if (value instanceof Object[]) {
                    throw new SQLException("column " + column + " holds an array of more than one dimension,"
                            + " which a List<" + element.name() + "> cannot hold", "2202E");
                }
                list.add(value == null ? null : element.fromJdbc(value));
            }
            return Collections.unmodifiableList(list);
        } finally {
            array.free();
        }
    }

    /**
     * An array sent as its JSON ({@code to_json}) as a list of {@code element}s, or {@code null}:
     * the arrays of dates, times and intervals, whose JSON has one form whatever the session's
     * styles.
     */
    public static <E> List<E> getJsonList(ResultSet row, int column, ElementType<E> element)
            throws SQLException, IOException {
        String json = row.getString(column);
        if (json == null) {
            return null;
        }
        try (JsonParser parser = JSON.createParser("[" + json + "]")) {
            parser.nextToken();
            return JsonValues.nextArrayOrNull(parser, element);
        }
    }

    /** A nested list sent as a JSON array; an SQL {@code null} is an empty list. */
    public static <T> List<T> getList(ResultSet row, int column, JsonReader<T> element)
            throws SQLException, IOException {
        String json = row.getString(column);
        if (json == null) {
            return List.of();
        }
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            return JsonValues.readList(parser, element);
        }
    }

    /** A nested record sent as JSON, or {@code null}. */
    public static <T> T getRecord(ResultSet row, int column, JsonReader<T> record) throws SQLException, IOException {
        String json = row.getString(column);
        if (json == null) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            return JsonValues.readNullable(parser, record);
        }
    }
}
