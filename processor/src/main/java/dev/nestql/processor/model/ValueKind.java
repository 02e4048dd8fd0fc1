package dev.nestql.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * The Java types nestql reads and writes, and everything the processor knows about each: the one
 * table that the reader, the SQL renderer and the Java writer consult. Adding a type is one entry
 * here, its runtime readers and binder, and its tests.
 *
 * <p>Each entry says:
 *
 * <ul>
 *   <li>the Java type, and the filter-language literal it compares with ({@link #literal});
 *   <li>the PostgreSQL column types it reads ({@link #columnTypes}, for documentation);
 *   <li>how generated code reads it from a result row and from nestql's positional JSON, and
 *       which {@code ColumnType} binds it ({@link #codec});
 *   <li>in the {@code UNION ALL} statement of nested rows: the type of its {@code NULL}
 *       placeholders ({@link #nullType}), whether levels may share its column
 *       ({@link #sharesUnionColumn}), whether a nested list sorted by it can be sorted in Java
 *       ({@link #sortsInJava}), and whether a list keyed by it can be matched to its parents by
 *       Java's equality ({@link #keyEqualityInJava});
 *   <li>for aggregates: its arithmetic ({@link #arithmetic}, for {@code @Sum}/{@code @Avg} and
 *       widening), whether it has an order ({@link #ordered}, for {@code @Min}/{@code @Max}), and
 *       the SQL type a computation is cast to so that it reads as this type ({@link #castType}).
 * </ul>
 */
public enum ValueKind {
    BOOLEAN(TypeName.BOOLEAN, Literal.BOOLEAN, "boolean",
            new Codec("getBoolean", "nextBoolean", "BOOLEAN", true),
            "boolean", true, true, true, Arithmetic.NONE, false, null),
    BYTE(TypeName.BYTE, Literal.NUMBER, "smallint",
            new Codec("getByte", "nextByte", "BYTE", false),
            "smallint", true, true, true, Arithmetic.INTEGRAL, true, "smallint"),
    SHORT(TypeName.SHORT, Literal.NUMBER, "smallint",
            new Codec("getShort", "nextShort", "SHORT", true),
            "smallint", true, true, true, Arithmetic.INTEGRAL, true, "smallint"),
    INT(TypeName.INT, Literal.NUMBER, "integer (or smallint)",
            new Codec("getInt", "nextInt", "INTEGER", true),
            "smallint", true, true, true, Arithmetic.INTEGRAL, true, "integer"),
    LONG(TypeName.LONG, Literal.NUMBER, "bigint (or a narrower integer)",
            new Codec("getLong", "nextLong", "LONG", true),
            "smallint", true, true, true, Arithmetic.INTEGRAL, true, "bigint"),
    FLOAT(TypeName.FLOAT, Literal.NUMBER, "real",
            new Codec("getFloat", "nextFloat", "FLOAT", true),
            "real", false, false, false, Arithmetic.FLOATING, true, "real"),
    DOUBLE(TypeName.DOUBLE, Literal.NUMBER, "double precision (or real)",
            new Codec("getDouble", "nextDouble", "DOUBLE", true),
            "double precision", false, false, false, Arithmetic.FLOATING, true, "double precision"),
    CHAR(TypeName.CHAR, Literal.STRING, "char(1), or any text of one character",
            new Codec("Rows.getChar", "nextChar", "CHARACTER", false),
            "bpchar", false, false, false, Arithmetic.NONE, false, null),
    STRING(ClassName.get(String.class), Literal.STRING,
            "any: text, varchar(n), char(n) with its blanks, citext, name, an enum, json, jsonb, inet, cidr, interval,"
                    + " money, an array, ... as PostgreSQL writes it",
            new Codec(null, null, "STRING", true),
            "text", true, false, false, Arithmetic.NONE, true, null),
    BIG_DECIMAL(ClassName.get(java.math.BigDecimal.class), Literal.NUMBER, "numeric (or any number)",
            new Codec(null, null, "BIG_DECIMAL", true),
            "numeric", false, true, true, Arithmetic.DECIMAL, true, "numeric"),
    UUID(ClassName.get(java.util.UUID.class), Literal.STRING, "uuid",
            new Codec(null, null, "UUID", true),
            "uuid", true, false, true, Arithmetic.NONE, false, null),
    LOCAL_DATE(ClassName.get(java.time.LocalDate.class), Literal.STRING, "date",
            new Codec(null, null, "LOCAL_DATE", true),
            "date", false, true, true, Arithmetic.NONE, true, null),
    LOCAL_TIME(ClassName.get(java.time.LocalTime.class), Literal.STRING, "time",
            new Codec(null, null, "LOCAL_TIME", true),
            "time", false, true, true, Arithmetic.NONE, true, null),
    LOCAL_DATE_TIME(ClassName.get(java.time.LocalDateTime.class), Literal.STRING, "timestamp",
            new Codec(null, null, "LOCAL_DATE_TIME", true),
            "timestamp", false, true, true, Arithmetic.NONE, true, null),
    OFFSET_DATE_TIME(ClassName.get(java.time.OffsetDateTime.class), Literal.STRING, "timestamptz (read in UTC)",
            new Codec(null, null, "OFFSET_DATE_TIME", true),
            "timestamp", false, true, true, Arithmetic.NONE, true, null),
    /** Its order in Java (by instant, then local time) is not PostgreSQL's (by instant, then offset). */
    OFFSET_TIME(ClassName.get(java.time.OffsetTime.class), Literal.STRING, "timetz (with its own offset)",
            new Codec(null, null, "OFFSET_TIME", true),
            "timetz", false, false, true, Arithmetic.NONE, true, null),
    /** {@code 1 day} and {@code 24 hours} are equal in PostgreSQL, not as records; their order is PostgreSQL's. */
    INTERVAL(ClassName.get("dev.nestql", "Interval"), Literal.STRING, "interval, in any IntervalStyle",
            new Codec(null, null, "INTERVAL", true),
            "interval", false, false, false, Arithmetic.NONE, true, null),
    INSTANT(ClassName.get(java.time.Instant.class), Literal.STRING, "timestamptz",
            new Codec(null, null, "INSTANT", true),
            "timestamp", false, true, true, Arithmetic.NONE, true, null),
    BYTES(ArrayTypeName.of(TypeName.BYTE), Literal.NONE, "bytea",
            new Codec(null, null, "BYTES", true),
            "bytea", true, false, true, Arithmetic.NONE, false, null),
    /** Read by constant name; bound untyped, so that a PostgreSQL enum type takes it. */
    ENUM(null, Literal.STRING, "text holding constant names, or a PostgreSQL enum",
            new Codec(null, null, null, true),
            "text", true, false, true, Arithmetic.NONE, false, null),
    /**
     * A one-dimensional array read into a {@code List} of an element kind whose codec says it can
     * be one ({@link Codec#listElement}, {@link ValueType#element}). Its {@code NULL}s in other branches have the
     * column's own type, so it has no {@link #nullType}.
     */
    LIST(null, Literal.NONE, "a one-dimensional array: `List<String>` over text[], varchar[], citext[] or an enum's array,"
                    + " `List<Long>` over bigint[], `List<Integer>`, `List<Short>`, `List<Boolean>`, `List<Double>`, `List<Float>`,"
                    + " `List<BigDecimal>`, `List<UUID>`, `List<LocalDate>`, `List<LocalTime>`, `List<LocalDateTime>`,"
                    + " `List<OffsetDateTime>`, `List<OffsetTime>`, `List<Instant>`, `List<Interval>`, `List<byte[]>` over bytea[],"
                    + " and a list of a Java enum over an enum's array or text[]; elements may be null",
            new Codec(null, null, null, false),
            null, false, false, false, Arithmetic.NONE, false, null);

    /** Which literals of the filter language a column of this kind can be compared with. */
    public enum Literal {
        BOOLEAN,
        NUMBER,
        STRING,
        NONE
    }

    /** What {@code @Sum} and {@code @Avg} can do with a kind, and within which kinds it widens. */
    public enum Arithmetic {
        /** Not a number. */
        NONE,
        /** An integer: sums exactly into a {@code long} or {@code BigDecimal}. */
        INTEGRAL,
        /** A floating-point number: sums into a {@code double} or {@code BigDecimal}. */
        FLOATING,
        /** {@code numeric}: sums into a {@code BigDecimal}. */
        DECIMAL
    }

    /**
     * How generated code reads and binds a kind: the runtime's {@code ColumnType} constant, which
     * reads every value that may be {@code null} from a row and from JSON and binds it; for a
     * primitive that cannot be {@code null}, the JDBC getter (or {@code Rows} helper, written
     * {@code Rows.name}) and the {@code JsonValues} reader that read it without boxing; and whether
     * the kind can be the element of a {@link #LIST}. {@code null} where the kind has no primitive
     * form, or (for enums and lists) no constant: an enum's is a constant of the query class, a
     * list's is its element's {@code list()}.
     */
    public record Codec(String primitiveRowGetter, String primitiveJsonReader, String columnType,
            boolean listElement) {}

    private final TypeName type;
    private final Literal literal;
    private final String columnTypes;
    private final Codec codec;
    private final String nullType;
    private final boolean sharesUnionColumn;
    private final boolean sortsInJava;
    private final boolean keyEqualityInJava;
    private final Arithmetic arithmetic;
    private final boolean ordered;
    private final String castType;

    ValueKind(TypeName type, Literal literal, String columnTypes, Codec codec, String nullType,
            boolean sharesUnionColumn, boolean sortsInJava, boolean keyEqualityInJava, Arithmetic arithmetic,
            boolean ordered, String castType) {
        this.type = type;
        this.literal = literal;
        this.columnTypes = columnTypes;
        this.codec = codec;
        this.nullType = nullType;
        this.sharesUnionColumn = sharesUnionColumn;
        this.sortsInJava = sortsInJava;
        this.keyEqualityInJava = keyEqualityInJava;
        this.arithmetic = arithmetic;
        this.ordered = ordered;
        this.castType = castType;
    }

    /** The Java type (the primitive for the primitive kinds), or {@code null} for {@link #ENUM} and {@link #LIST}. */
    public TypeName type() {
        return type;
    }

    /** Whether the Java type of this kind is a primitive. */
    public boolean isPrimitive() {
        return type != null && type.isPrimitive();
    }

    /** The literal kind of the filter language that fits this kind. */
    public Literal literal() {
        return literal;
    }

    /** The PostgreSQL column types this kind reads, in words, for documentation. */
    public String columnTypes() {
        return columnTypes;
    }

    /** How generated code reads and binds this kind. */
    public Codec codec() {
        return codec;
    }

    /**
     * The type of a {@code NULL} that stands for a value of this kind in another level's branch of
     * the nested-rows statement. Where a kind has several SQL types, it is the one PostgreSQL
     * converts to the others ({@code smallint} to {@code bigint}, {@code timestamp} to
     * {@code timestamptz}), so the real value's type wins; text-like values are sent as
     * {@code text}.
     */
    public String nullType() {
        return nullType;
    }

    /**
     * Whether levels of the nested-rows statement may share a column for values of this kind:
     * only where PostgreSQL unites the values of every level without changing them (integers,
     * text, booleans, UUIDs, {@code bytea}); not times or floating-point numbers, since uniting
     * {@code timestamp} with {@code timestamptz} or {@code real} with {@code numeric} converts one.
     */
    public boolean sharesUnionColumn() {
        return sharesUnionColumn;
    }

    /**
     * Whether Java sorts values of this kind as PostgreSQL's {@code ORDER BY} does, so that the rows
     * of a nested list sorted by it can carry their sort keys and be sorted by the reader; the
     * rows of other lists carry their rank, computed by PostgreSQL. Text sorts by the database's
     * collation, unknown to Java; floating-point numbers by PostgreSQL's rules for {@code NaN} and
     * {@code -0}.
     */
    public boolean sortsInJava() {
        return sortsInJava;
    }

    /**
     * Whether Java's equality on values of this kind is PostgreSQL's, so that nested rows keyed by
     * it can be matched to their parents in a {@code HashMap}. Text is not ({@code citext}, a
     * nondeterministic collation), nor are floating-point numbers ({@code 0 = -0}); their rows are
     * matched by PostgreSQL.
     */
    public boolean keyEqualityInJava() {
        return keyEqualityInJava;
    }

    /** What {@code @Sum} and {@code @Avg} can do with values of this kind. */
    public Arithmetic arithmetic() {
        return arithmetic;
    }

    /** Whether this kind has an order, so that {@code @Min} and {@code @Max} take it. */
    public boolean ordered() {
        return ordered;
    }

    /** The SQL type a computed number is cast to so that it reads as this kind; {@code null} for others. */
    public String castType() {
        return castType;
    }

    /**
     * Whether a {@code @Min} or {@code @Max} of this kind can be read as {@code target} without
     * loss: the same kind, or a wider one of the same arithmetic (an {@code int} as a {@code long}),
     * or any number as a {@code BigDecimal}.
     */
    public boolean widensTo(ValueKind target) {
        if (target == this) {
            return true;
        }
        if (arithmetic == Arithmetic.NONE || arithmetic == Arithmetic.DECIMAL) {
            return false;
        }
        return target == BIG_DECIMAL || (target.arithmetic == arithmetic && target.ordinal() > ordinal());
    }

    /**
     * Whether a {@link #LIST} of this element kind travels as JSON ({@code to_json} of the array)
     * in the typed statement too: dates, times and intervals, whose text in an array depends on the
     * session's {@code DateStyle} and {@code IntervalStyle}, and which the driver's
     * {@code getArray} turns into {@code java.sql} types, while their JSON has one form that nestql
     * reads exactly.
     */
    public boolean listTravelsAsJson() {
        return switch (this) {
            case LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME, OFFSET_DATE_TIME, OFFSET_TIME, INSTANT, INTERVAL -> true;
            default -> false;
        };
    }

    /** The kind whose Java type, boxed or not, is {@code type}, or {@code null}. */
    public static ValueKind of(TypeName type) {
        TypeName unboxed = type.isBoxedPrimitive() ? type.unbox() : type;
        for (ValueKind kind : values()) {
            if (unboxed.equals(kind.type)) {
                return kind;
            }
        }
        return null;
    }
}
