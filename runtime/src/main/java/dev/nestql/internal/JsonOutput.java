package dev.nestql.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.nestql.Interval;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes records as JSON, in Java, with the content PostgreSQL's {@code json_build_object} gives
 * for the same rows: generated query classes write each record's components through it, in
 * component order, keyed by component name. For generated code only: see
 * {@link dev.nestql.internal}.
 *
 * <p>A value's JSON is PostgreSQL's JSON of its column: numbers as numbers ({@code numeric} with
 * all its digits and its scale; {@code NaN} and the infinities of {@code real} and
 * {@code double precision} as the strings PostgreSQL writes), dates and times as PostgreSQL writes
 * them in JSON ({@link PgJson}: a {@code timestamptz} in the session's time zone, an
 * {@code interval} in its {@code IntervalStyle}), {@code bytea} as base64 (nestql's form). A
 * {@code String} component is written as its column's JSON, which depends on the column's type: a
 * {@code json} or {@code jsonb} value is embedded, a {@code boolean} is {@code true} or
 * {@code false}, a number is a number ({@link StringJson}).
 */
public final class JsonOutput {
    /** Leaves the writer open and unflushed: it is the caller's. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private final JsonGenerator json;
    private final StringJson[] strings;
    /** By column: whether a {@code double} component's column is a {@code real}. */
    private final boolean[] reals;
    private final ZoneId zone;
    private final boolean isoIntervals;

    JsonOutput(JsonGenerator json, StringJson[] strings, boolean[] reals, ZoneId zone, boolean isoIntervals) {
        this.json = json;
        this.strings = strings;
        this.reals = reals;
        this.zone = zone;
        this.isoIntervals = isoIntervals;
    }

    /**
     * An output to {@code out} for the records of {@code definition} read from a result with
     * {@code metadata}; {@code null} when Java cannot write their JSON as PostgreSQL does: a
     * {@code String} read from an array, a composite type or a type with a cast to {@code json}, a
     * {@code BigDecimal} read from a {@code real}, a session time zone that Java does not know, or
     * an {@code IntervalStyle} other than {@code postgres} and {@code iso_8601}.
     */
    public static JsonOutput open(Connection connection, ResultSetMetaData metadata, QueryDefinition<?> definition,
            Writer out) throws SQLException, IOException {
        return open(connection, metadata, definition, factory -> factory.createGenerator(out));
    }

    /**
     * An output as {@link #open(Connection, ResultSetMetaData, QueryDefinition, Writer)} gives, that
     * writes into {@code text}.
     */
    public static JsonOutput open(Connection connection, ResultSetMetaData metadata, QueryDefinition<?> definition,
            Text text) throws SQLException, IOException {
        return open(connection, metadata, definition, factory -> factory.createGenerator(text.bytes));
    }

    /** Where a generator writes: a writer, or a {@link Text}. */
    private interface Target {
        JsonGenerator generator(JsonFactory factory) throws IOException;
    }

    private static JsonOutput open(Connection connection, ResultSetMetaData metadata, QueryDefinition<?> definition,
            Target target) throws SQLException, IOException {
        StringJson[] strings = StringJson.forColumns(connection, metadata, definition.stringColumns());
        if (strings == null) {
            return null;
        }
        int[] doubles = definition.doubleColumns();
        boolean[] reals = new boolean[doubles.length == 0 ? 0 : max(doubles) + 1];
        for (int column : doubles) {
            reals[column] = metadata.getColumnTypeName(column).equals("float4");
        }
        for (int column : definition.decimalColumns()) {
            if (metadata.getColumnTypeName(column).equals("float4")) {
                // A BigDecimal of a real in binary transfer is the float widened: its digits are not PostgreSQL's.
                return null;
            }
        }
        PgSession session = PgSession.of(connection);
        boolean iso = session.intervalStyle().equals("iso_8601");
        if (session.zone() == null || !iso && !session.intervalStyle().equals("postgres")) {
            return null;
        }
        return new JsonOutput(target.generator(FACTORY), strings, reals, session.zone(), iso);
    }

    private static int max(int[] values) {
        int max = 0;
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    /**
     * The text of {@code json()}, collected as UTF-8 by Jackson's byte generator and made a
     * {@code String} once at the end (for ASCII text, one copy into a Latin-1 string): fewer copies
     * than the character generator's segments and a {@code StringBuilder} (about 4 % less time on
     * workload 1, BENCHMARKS.md).
     */
    public static final class Text {
        private final ByteArrayBuilder bytes = new ByteArrayBuilder(new BufferRecycler(), 8192);

        /** The text written so far. */
        @Override
        public String toString() {
            return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        }
    }

    /** Starts the array of every record. */
    public void beginArray() throws IOException {
        json.writeStartArray();
    }

    /** Ends the array of every record. */
    public void endArray() throws IOException {
        json.writeEndArray();
    }

    /** Writes what is buffered to the writer, without flushing the writer. */
    public void flush() throws IOException {
        json.flush();
    }

    /** Writes one record. */
    @FunctionalInterface
    public interface RecordWriter<T> {
        /** Writes {@code record}, never {@code null}, as a JSON object. */
        void write(JsonOutput json, T record) throws IOException;
    }

    /** A key, quoted and escaped once: generated classes keep one per component name. */
    public static SerializableString key(String name) {
        return new SerializedString(name);
    }

    /** Starts an object. */
    public void beginObject() throws IOException {
        json.writeStartObject();
    }

    /** Ends an object. */
    public void endObject() throws IOException {
        json.writeEndObject();
    }

    /** Writes the key of the next value. */
    public JsonOutput key(SerializableString key) throws IOException {
        json.writeFieldName(key);
        return this;
    }

    /** A {@code boolean}. */
    public void value(boolean value) throws IOException {
        json.writeBoolean(value);
    }

    /** A {@code byte}, {@code short} or {@code int}. */
    public void value(int value) throws IOException {
        json.writeNumber(value);
    }

    /** A {@code long}. */
    public void value(long value) throws IOException {
        json.writeNumber(value);
    }

    /** A {@code real}: a number, or {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"} as PostgreSQL writes them. */
    public void value(float value) throws IOException {
        if (Float.isFinite(value)) {
            json.writeNumber(PgJson.float4(value));
        } else {
            json.writeString(nonFinite(value));
        }
    }

    /** A {@code double precision}: a number, or {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
    public void value(double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(PgJson.float8(value));
        } else {
            json.writeString(nonFinite(value));
        }
    }

    /**
     * A {@code double} read from result column {@code column}: as a {@code real} where the column
     * is one (the driver may have widened the float, whose digits PostgreSQL writes), else as a
     * {@code double precision}.
     */
    public void number(double value, int column) throws IOException {
        if (reals[column]) {
            value((float) value);
        } else {
            value(value);
        }
    }

    /** A {@code Double} read from result column {@code column}, or {@code null}: see {@link #number(double, int)}. */
    public void number(Double value, int column) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            number((double) value, column);
        }
    }

    /** A {@code char}: a string of one character. */
    public void value(char value) throws IOException {
        json.writeString(String.valueOf(value));
    }

    /** A value of {@code type}, or {@code null}. */
    public <T> void value(ColumnType<T> type, T value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            type.writeJson(this, value);
        }
    }

    /**
     * A {@code String} read from result column {@code column}, or {@code null}: written as the
     * JSON of the column's type ({@link StringJson}).
     */
    public void string(String value, int column) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            strings[column].write(json, value);
        }
    }

    /** A nested list: an array of objects, {@code []} when empty. */
    public <T> void list(List<T> values, RecordWriter<T> writer) throws IOException {
        json.writeStartArray(values, values.size());
        for (T value : values) {
            writer.write(this, value);
        }
        json.writeEndArray();
    }

    /** A nested record: an object, or {@code null}. */
    public <T> void record(T value, RecordWriter<T> writer) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            writer.write(this, value);
        }
    }

    JsonGenerator generator() {
        return json;
    }

    void writeText(String text) throws IOException {
        json.writeString(text);
    }

    void writeTimestamptz(OffsetDateTime value) throws IOException {
        json.writeString(PgJson.timestamptz(value, zone));
    }

    void writeInterval(Interval value) throws IOException {
        json.writeString(isoIntervals ? value.toString() : PgJson.postgresInterval(value));
    }

    static String nonFinite(double value) {
        return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    }
}
