package dev.nestql.runtime;

import dev.nestql.Interval;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

/**
 * How a Java value of one column type is sent to PostgreSQL: bound as one statement parameter, and
 * written as an element of the array parameter of {@link Column#in}.
 *
 * <p>Texts (strings, characters, enum names) are sent untyped, so that PostgreSQL types them from
 * the column they are compared with: a {@code citext} compares case-insensitively, an enum, an
 * {@code inet} or a {@code jsonb} compares as that type, exactly as a literal in a plain
 * {@code SELECT} would. Other values are bound as PostgreSQL's JDBC driver binds them.
 *
 * <p>Generated query classes pick one constant per column; user code rarely needs this type.
 *
 * @param <T> the Java type of the column (boxed for primitives)
 */
public interface ColumnType<T> {

    /**
     * Binds {@code value}, never {@code null}, as parameter {@code index} of {@code statement}.
     *
     * @throws SQLException when the driver refuses the value
     * @throws RuntimeException when the value has no PostgreSQL form (an {@code Instant} past the
     *     years a {@code timestamptz} holds, say)
     */
    void bind(PreparedStatement statement, int index, T value) throws SQLException;

    /**
     * {@code value}, never {@code null}, in the text form PostgreSQL's input function for the column's
     * type reads: the element of an array parameter.
     *
     * @throws RuntimeException when the value has no PostgreSQL form
     */
    String text(T value);

    /** {@code boolean}. */
    ColumnType<Boolean> BOOLEAN = SimpleColumnType.of(PreparedStatement::setBoolean, v -> v ? "t" : "f");
    /** {@code smallint} read as {@code byte}. */
    ColumnType<Byte> BYTE = SimpleColumnType.of((s, i, v) -> s.setShort(i, v), String::valueOf);
    /** {@code smallint}. */
    ColumnType<Short> SHORT = SimpleColumnType.of(PreparedStatement::setShort, String::valueOf);
    /** {@code integer}. */
    ColumnType<Integer> INTEGER = SimpleColumnType.of(PreparedStatement::setInt, String::valueOf);
    /** {@code bigint}. */
    ColumnType<Long> LONG = SimpleColumnType.of(PreparedStatement::setLong, String::valueOf);
    /** {@code real}. */
    ColumnType<Float> FLOAT = SimpleColumnType.of(PreparedStatement::setFloat, String::valueOf);
    /** {@code double precision}. */
    ColumnType<Double> DOUBLE = SimpleColumnType.of(PreparedStatement::setDouble, String::valueOf);
    /** A one-character text, sent untyped. */
    ColumnType<Character> CHARACTER = SimpleColumnType.of((s, i, v) -> s.setObject(i, String.valueOf(v), Types.OTHER),
            String::valueOf);
    /**
     * Any text type ({@code text}, {@code varchar}, {@code char(n)}, {@code citext}, an enum,
     * {@code json}, {@code inet}, ...), sent untyped so that PostgreSQL reads it as the column's type.
     */
    ColumnType<String> STRING = SimpleColumnType.of((s, i, v) -> s.setObject(i, v, Types.OTHER), v -> v);
    /** {@code numeric}. */
    ColumnType<BigDecimal> BIG_DECIMAL = SimpleColumnType.of(PreparedStatement::setBigDecimal, BigDecimal::toString);
    /** {@code uuid}. */
    ColumnType<UUID> UUID = SimpleColumnType.of((s, i, v) -> s.setObject(i, v), java.util.UUID::toString);
    /** {@code date}; {@link LocalDate#MAX} and {@link LocalDate#MIN} are {@code infinity} and {@code -infinity}. */
    ColumnType<LocalDate> LOCAL_DATE = SimpleColumnType.of((s, i, v) -> s.setObject(i, v), PgText::date);
    /** {@code time}; {@link LocalTime#MAX} is {@code 24:00:00}. */
    ColumnType<LocalTime> LOCAL_TIME = SimpleColumnType.of((s, i, v) -> s.setObject(i, v), PgText::time);
    /** {@code timestamp} (without time zone); {@code MAX} and {@code MIN} are the infinities. */
    ColumnType<LocalDateTime> LOCAL_DATE_TIME = SimpleColumnType.of((s, i, v) -> s.setObject(i, v), PgText::timestamp);
    /** {@code timestamptz}; {@code MAX} and {@code MIN} are the infinities. */
    ColumnType<OffsetDateTime> OFFSET_DATE_TIME = SimpleColumnType.of((s, i, v) -> s.setObject(i, v),
            PgText::timestamptz);
    /** {@code interval}, sent in ISO 8601, which PostgreSQL reads whatever its {@code IntervalStyle}. */
    ColumnType<Interval> INTERVAL = SimpleColumnType.of((s, i, v) -> s.setObject(i, v.toString(), Types.OTHER),
            Interval::toString);
    /** {@code timetz}, with its offset. */
    ColumnType<OffsetTime> OFFSET_TIME = SimpleColumnType.of((s, i, v) -> s.setObject(i, v), PgText::timetz);
    /**
     * {@code timestamptz}, bound as the same instant in UTC. The instants that nestql reads for
     * {@code infinity} and {@code -infinity} ({@code OffsetDateTime.MAX} and {@code MIN} as instants)
     * are bound as those.
     */
    ColumnType<Instant> INSTANT = SimpleColumnType.of((s, i, v) -> s.setObject(i, PgText.offsetDateTime(v)),
            v -> PgText.timestamptz(PgText.offsetDateTime(v)));
    /** {@code bytea}. */
    ColumnType<byte[]> BYTES = SimpleColumnType.of(PreparedStatement::setBytes, PgText::bytea);

    /**
     * A Java enum stored by constant name, in a text column or a PostgreSQL enum type: the name is
     * sent untyped so that PostgreSQL casts it to the column's type.
     *
     * @param <E> the enum type
     */
    static <E extends Enum<E>> ColumnType<E> enumByName() {
        return SimpleColumnType.of((s, i, v) -> s.setObject(i, v.name(), Types.OTHER), Enum::name);
    }

    /**
     * A one-dimensional array of {@code element}s, bound as an untyped array literal so that
     * PostgreSQL reads it as the column's array type. (It has no form as an element of another
     * array: PostgreSQL has no arrays of arrays, so {@code in} on an array column fails.)
     *
     * @param <E> the element type
     */
    static <E> ColumnType<java.util.List<E>> listOf(ElementType<E> element) {
        return SimpleColumnType.of((s, i, v) -> s.setObject(i, PgText.array(v, element.columnType()), Types.OTHER),
                v -> PgText.array(v, element.columnType()));
    }

    /** Binds one value; the first half of a {@link ColumnType}. */
    @FunctionalInterface
    interface Binder<T> {
        /** Binds {@code value} as parameter {@code index}. */
        void bind(PreparedStatement statement, int index, T value) throws SQLException;
    }

    /**
     * A column type from its two halves, for a type nestql has no constant for.
     *
     * @param binder binds one value
     * @param text writes one value as PostgreSQL's input text
     * @param <T> the Java type
     * @return the column type
     */
    static <T> ColumnType<T> of(Binder<T> binder, Function<T, String> text) {
        return SimpleColumnType.of(binder, text);
    }
}
