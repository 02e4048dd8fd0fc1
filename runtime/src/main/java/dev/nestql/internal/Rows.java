package dev.nestql.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads the columns of a result row that generated query classes do not read through a
 * {@link ColumnType}: a primitive {@code char}, {@code @Sql} values read into primitives, and
 * nested projections sent as JSON. For generated code only: see {@link dev.nestql.internal}.
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

    /** A non-null {@code char} from a one-character text. */
    public static char getChar(ResultSet row, int column) throws SQLException {
        Character value = ColumnType.CHARACTER.read(row, column);
        if (value == null) {
            throw new SQLException("column " + column + " is null but is read into a char", "22004");
        }
        return value;
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
