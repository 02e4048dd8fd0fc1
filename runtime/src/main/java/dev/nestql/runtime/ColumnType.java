package dev.nestql.runtime;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How a Java value of one column type is bound as a statement parameter.
 *
 * <p>Generated query classes pick one constant per column; user code rarely needs this type.
 *
 * @param <T> the Java type of the column (boxed for primitives)
 */
@FunctionalInterface
public interface ColumnType<T> {

    /**
     * Binds {@code value}, never {@code null}, as parameter {@code index} of {@code statement}.
     *
     * @throws SQLException when the driver refuses the value
     */
    void bind(PreparedStatement statement, int index, T value) throws SQLException;

    /** {@code boolean}. */
    ColumnType<Boolean> BOOLEAN = PreparedStatement::setBoolean;
    /** {@code smallint} read as {@code byte}. */
    ColumnType<Byte> BYTE = (s, i, v) -> s.setShort(i, v);
    /** {@code smallint}. */
    ColumnType<Short> SHORT = PreparedStatement::setShort;
    /** {@code integer}. */
    ColumnType<Integer> INTEGER = PreparedStatement::setInt;
    /** {@code bigint}. */
    ColumnType<Long> LONG = PreparedStatement::setLong;
    /** {@code real}. */
    ColumnType<Float> FLOAT = PreparedStatement::setFloat;
    /** {@code double precision}. */
    ColumnType<Double> DOUBLE = PreparedStatement::setDouble;
    /** A one-character text. */
    ColumnType<Character> CHARACTER = (s, i, v) -> s.setString(i, String.valueOf(v));
    /** {@code text}, {@code varchar}. */
    ColumnType<String> STRING = PreparedStatement::setString;
    /** {@code numeric}. */
    ColumnType<BigDecimal> BIG_DECIMAL = PreparedStatement::setBigDecimal;
    /** {@code uuid}. */
    ColumnType<UUID> UUID = (s, i, v) -> s.setObject(i, v);
    /** {@code date}. */
    ColumnType<LocalDate> LOCAL_DATE = (s, i, v) -> s.setObject(i, v);
    /** {@code time}. */
    ColumnType<LocalTime> LOCAL_TIME = (s, i, v) -> s.setObject(i, v);
    /** {@code timestamp} (without time zone). */
    ColumnType<LocalDateTime> LOCAL_DATE_TIME = (s, i, v) -> s.setObject(i, v);
    /** {@code timestamptz}. */
    ColumnType<OffsetDateTime> OFFSET_DATE_TIME = (s, i, v) -> s.setObject(i, v);
    /** {@code timestamptz}, bound as the same instant in UTC. */
    ColumnType<Instant> INSTANT = (s, i, v) -> s.setObject(i, OffsetDateTime.ofInstant(v, ZoneOffset.UTC));
    /** {@code bytea}. */
    ColumnType<byte[]> BYTES = PreparedStatement::setBytes;

    /**
     * A Java enum stored by constant name, in a text column or a PostgreSQL enum type: the name is
     * sent untyped so that PostgreSQL casts it to the column's type.
     *
     * @param <E> the enum type
     */
    static <E extends Enum<E>> ColumnType<E> enumByName() {
        return (s, i, v) -> s.setObject(i, v.name(), Types.OTHER);
    }
}
