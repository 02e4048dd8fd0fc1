package dev.nestql.it.matrix;

import dev.nestql.it.matrix.Matrix.Mood;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The definitions of the type matrix: one per cell, a PostgreSQL type read into a Java type. Each
 * says the column's SQL type, the record component (the same name in every record of
 * {@link Matrix}), how plain JDBC reads it, its sample values as SQL literals, and which conditions
 * and aggregates apply. The schema, the expectations and the test cells all come from here.
 */
final class MatrixTypes {
    private MatrixTypes() {}

    /** How plain JDBC reads a column: {@code getObject(i, JavaType.class)}, the primitive getters for primitives. */
    @FunctionalInterface
    interface JdbcGetter {
        Object get(ResultSet row, int index) throws SQLException;
    }

    /** A handle condition and its plain SQL form; {@code %s} stands for the column, then the literals. */
    enum Op {
        EQ("%s = %s", 1),
        NE("%s <> %s", 1),
        LT("%s < %s", 1),
        LE("%s <= %s", 1),
        GT("%s > %s", 1),
        GE("%s >= %s", 1),
        IN("%s IN (%s, %s)", 2),
        IS_NULL("%s IS NULL", 0),
        IS_NOT_NULL("%s IS NOT NULL", 0),
        LIKE("%s LIKE %s", 1);

        final String sql;
        final int values;

        Op(String sql, int values) {
            this.sql = sql;
            this.values = values;
        }

        String handleName() {
            return switch (this) {
                case IS_NULL -> "isNull";
                case IS_NOT_NULL -> "isNotNull";
                default -> name().toLowerCase(Locale.ROOT);
            };
        }
    }

    static final Set<Op> COMPARISONS = EnumSet.of(Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE, Op.IN, Op.IS_NULL, Op.IS_NOT_NULL);
    static final Set<Op> STRING_CONDITIONS = EnumSet.allOf(Op.class);

    /**
     * One cell.
     *
     * @param component the record component, in every record of {@link Matrix}; the column is its snake_case
     * @param sqlType the column's type, also the type of the literals in plain SQL
     * @param javaType the component's type in {@link Matrix.ValueRow}
     * @param samples SQL literals (before the cast to {@code sqlType}); {@code NULL} for boxed types
     * @param jdbc how plain JDBC reads the column into {@code javaType}
     * @param boxedJdbc how it reads it into the box of {@code javaType}, for aggregates, which may be {@code null}
     * @param likePatterns SQL text literals, for string types
     * @param minMax whether {@code @Min}/{@code @Max} apply
     * @param jsonSql the JSON nestql must give, as SQL over {@code %s}: the value itself but for {@code bytea} (base64)
     */
    record MatrixType(String component, String sqlType, Class<?> javaType, List<String> samples, JdbcGetter jdbc,
            JdbcGetter boxedJdbc, Set<Op> conditions, List<String> likePatterns, boolean minMax, String jsonSql) {

        String column() {
            return component.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        }

        String handle() {
            return column().toUpperCase(Locale.ROOT);
        }

        boolean primitive() {
            return javaType.isPrimitive();
        }

        String columnDefinition() {
            return column() + " " + sqlType + (primitive() ? " NOT NULL" : "");
        }

        /** A sample as a typed literal. */
        String literal(String sample) {
            return sample.equals("NULL") ? "NULL" : "CAST(" + sample + " AS " + sqlType + ")";
        }

        String json(String expression) {
            return jsonSql.formatted(expression);
        }

        /** The label of the cell: {@code int over integer}. */
        String label() {
            return component + " (" + javaType.getSimpleName() + " over " + sqlType + ")";
        }
    }

    static final List<MatrixType> ALL = new ArrayList<>();

    private static final String NULL = "NULL";

    static {
        primitiveAndBoxed("boolean", "boolean", boolean.class, Boolean.class,
                (row, i) -> row.getBoolean(i), (row, i) -> row.getObject(i, Boolean.class), false,
                "true", "false");
        primitiveAndBoxed("byte", "smallint", byte.class, Byte.class,
                (row, i) -> row.getByte(i), MatrixTypes::boxedByte, true,
                "-128", "127", "0", "-1", "1");
        primitiveAndBoxed("short", "smallint", short.class, Short.class,
                (row, i) -> row.getShort(i), (row, i) -> row.getObject(i, Short.class), true,
                "-32768", "32767", "0", "-1", "1");
        primitiveAndBoxed("int", "integer", int.class, Integer.class,
                (row, i) -> row.getInt(i), (row, i) -> row.getObject(i, Integer.class), true,
                "-2147483648", "2147483647", "0", "-1", "1");
        primitiveAndBoxed("long", "bigint", long.class, Long.class,
                (row, i) -> row.getLong(i), (row, i) -> row.getObject(i, Long.class), true,
                "-9223372036854775808", "9223372036854775807", "0", "-1", "9007199254740993");
        primitiveAndBoxed("float", "real", float.class, Float.class,
                (row, i) -> row.getFloat(i), (row, i) -> row.getObject(i, Float.class), true,
                "'NaN'", "'Infinity'", "'-Infinity'", "'-0'", "0", "3.4028235e38", "'1.4e-45'", "0.1", "-1.5", "1e-38");
        primitiveAndBoxed("double", "double precision", double.class, Double.class,
                (row, i) -> row.getDouble(i), (row, i) -> row.getObject(i, Double.class), true,
                "'NaN'", "'Infinity'", "'-Infinity'", "'-0'", "0", "1.7976931348623157e308", "'4.9e-324'", "0.1", "-1.5",
                "9007199254740993");
        primitiveAndBoxed("char", "char(1)", char.class, Character.class,
                MatrixTypes::character, MatrixTypes::character, false,
                "'a'", "' '", "''''", "'\\'", "'\u00e9'", "'%'", "'Z'");

        List<String> strings = List.of("''", "'plain'", "'PLAIN'", "'O''Brien said \"hi\"'", "'C:\\temp\\new'", "'100%_off'",
                "'trailing  '", "' leading'", "E'line\\nbreak\\ttab'", "'\u00dcn\u00efc\u00f8d\u00e9 \u4e2d\u6587'",
                "'\uD83D\uDE00 \uD83D\uDC4D\uD83C\uDFFD'", "'z'");
        List<String> patterns = List.of("'%'", "''", "'plain'", "'O''%'", "'%\\%%'", "'100\\%\\_off'", "'100%off'", "'%  '",
                "'_'", "'%\\\\%'", "'\u00dc%'", "'%\uD83D\uDE00%'", "'p_ain'");
        string("stringText", "text", strings, patterns);
        string("stringVarchar", "varchar(40)", strings, patterns);
        string("stringChar", "char(30)", strings, patterns);
        string("stringCitext", "citext", strings, patterns);

        boxed("bigDecimal", "numeric", BigDecimal.class, (row, i) -> row.getObject(i, BigDecimal.class), COMPARISONS, true,
                "'1.50'", "'1.5'", "'1'", "'1.0'", "0", "'-0.000001'", "'12345678901234567890.123456789012345678'",
                "'-99999999999999999999999999999999999999.99'", "'1e100' + 0.5", "'0.000000000000000000000000000001'", "'100'");
        boxed("bigDecimalScaled", "numeric(20,2)", BigDecimal.class, (row, i) -> row.getObject(i, BigDecimal.class), COMPARISONS,
                true, "'1.5'", "'1.50'", "0", "'-123456789012345678.99'", "'0.01'", "'100'");
        boxed("uuid", "uuid", UUID.class, (row, i) -> row.getObject(i, UUID.class), COMPARISONS, false,
                "'00000000-0000-0000-0000-000000000000'", "'ffffffff-ffff-ffff-ffff-ffffffffffff'",
                "'123e4567-e89b-12d3-a456-426614174000'", "'7fffffff-ffff-ffff-8000-000000000000'",
                "'80000000-0000-0000-0000-000000000001'");
        boxed("localDate", "date", LocalDate.class, (row, i) -> row.getObject(i, LocalDate.class), COMPARISONS, true,
                "'2024-02-29'", "'0044-03-15 BC'", "'0001-01-01'", "'0001-12-31 BC'", "'9999-12-31'", "'1970-01-01'",
                "'infinity'", "'-infinity'", "'1582-10-04'", "'1900-01-01'", "'2024-10-06'");
        boxed("localTime", "time", LocalTime.class, (row, i) -> row.getObject(i, LocalTime.class), COMPARISONS, true,
                "'00:00:00'", "'24:00:00'", "'23:59:59.999999'", "'12:34:56.123456'", "'00:00:00.000001'", "'02:30:00'");
        boxed("localDateTime", "timestamp", LocalDateTime.class, (row, i) -> row.getObject(i, LocalDateTime.class), COMPARISONS,
                true, "'infinity'", "'-infinity'", "'0044-03-15 10:11:12.123456 BC'", "'0001-01-01 00:00:00'",
                "'1582-10-04 12:00:00'", "'2024-02-29 13:45:30.123456'", "'1970-01-01 00:00:00.000001'",
                "'9999-12-31 23:59:59.999999'", "'2024-10-06 02:30:00'", "'2024-03-10 02:30:00'");
        List<String> instants = List.of("'0001-01-01 00:00:00+00'", "'0001-01-01 00:00:00.000001+00'",
                "'9999-12-31 23:59:59.999999+00'", "'infinity'", "'-infinity'", "'2024-02-29 13:45:30.123456+05:30'",
                "'1969-12-31 23:59:59.999999+00'", "'2024-03-10 07:30:00+00'", "'1900-01-01 00:00:00+00'",
                "'0044-03-15 10:00:00+00 BC'", "'2024-10-05 16:30:00+00'");
        boxed("offsetDateTime", "timestamptz", OffsetDateTime.class, (row, i) -> row.getObject(i, OffsetDateTime.class),
                COMPARISONS, true, instants.toArray(String[]::new));
        boxed("instant", "timestamptz", java.time.Instant.class, (row, i) -> {
            OffsetDateTime value = row.getObject(i, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }, COMPARISONS, true, instants.toArray(String[]::new));
        StringBuilder allBytes = new StringBuilder("'\\x");
        for (int b = 0; b < 256; b++) {
            allBytes.append(HexFormat.of().toHexDigits((byte) b));
        }
        allBytes.append('\'');
        add(new MatrixType("byteArray", "bytea", byte[].class,
                withNull(List.of("'\\x'", "'\\x00ff10'", "'\\x0a'", allBytes.toString(), "'\\xfbffbf'")),
                (row, i) -> row.getBytes(i), (row, i) -> row.getBytes(i), COMPARISONS, List.of(), false,
                "translate(encode(%s, 'base64'), E'\\n', '')"));
        boxed("enumText", "text", Mood.class, MatrixTypes::mood, COMPARISONS, false, "'HAPPY'", "'SAD'", "'NEUTRAL'");
        boxed("enumPg", "matrix_mood", Mood.class, MatrixTypes::mood, COMPARISONS, false, "'HAPPY'", "'SAD'", "'NEUTRAL'");
    }

    private static void primitiveAndBoxed(String name, String sqlType, Class<?> primitive, Class<?> box, JdbcGetter primitiveGetter,
            JdbcGetter boxGetter, boolean minMax, String... samples) {
        add(new MatrixType(name + "Primitive", sqlType, primitive, List.of(samples), primitiveGetter, boxGetter, COMPARISONS, List.of(),
                minMax, "%s"));
        boxed(name + "Boxed", sqlType, box, boxGetter, COMPARISONS, minMax, samples);
    }

    private static void string(String component, String sqlType, List<String> samples, List<String> patterns) {
        add(new MatrixType(component, sqlType, String.class, withNull(samples), (row, i) -> row.getString(i), (row, i) -> row.getString(i),
                STRING_CONDITIONS, patterns, true, "%s"));
    }

    private static void boxed(String component, String sqlType, Class<?> javaType, JdbcGetter jdbc, Set<Op> conditions,
            boolean minMax, String... samples) {
        add(new MatrixType(component, sqlType, javaType, withNull(List.of(samples)), jdbc, jdbc, conditions, List.of(), minMax, "%s"));
    }

    private static List<String> withNull(List<String> samples) {
        List<String> all = new ArrayList<>(samples);
        all.add(NULL);
        return List.copyOf(all);
    }

    private static void add(MatrixType type) {
        ALL.add(type);
    }

    private static Object boxedByte(ResultSet row, int index) throws SQLException {
        byte value = row.getByte(index);
        return row.wasNull() ? null : value;
    }

    private static Object character(ResultSet row, int index) throws SQLException {
        String value = row.getString(index);
        if (value == null) {
            return null;
        }
        if (value.length() != 1) {
            throw new SQLException("not one character: '" + value + "'");
        }
        return value.charAt(0);
    }

    private static Object mood(ResultSet row, int index) throws SQLException {
        String value = row.getString(index);
        return value == null ? null : Mood.valueOf(value);
    }

    /**
     * A key type whose PostgreSQL {@code =} differs from Java's {@code equals}: a parent with key
     * {@code parent} and children whose foreign keys are {@code children}, each equal to it in
     * PostgreSQL. Tables {@code key_<name>} and {@code key_<name>_child}, records {@code <Name>Key...} in {@link Matrix}.
     */
    record KeyCell(String name, String sqlType, String parent, List<String> children) {
        String table() {
            return "key_" + name.toLowerCase(Locale.ROOT);
        }

        String label() {
            return name + " key (" + sqlType + ")";
        }
    }

    static final List<KeyCell> KEYS = List.of(
            new KeyCell("Float", "real", "'0'", List.of("'0'", "'-0'")),
            new KeyCell("Double", "double precision", "'0'", List.of("'0'", "'-0'")),
            new KeyCell("Citext", "citext", "'Key'", List.of("'Key'", "'KEY'", "'key'")),
            new KeyCell("Char", "char(5)", "'ab'", List.of("'ab'", "'ab  '")),
            new KeyCell("Decimal", "numeric", "'1.0'", List.of("'1.0'", "'1.00'", "'1'")),
            new KeyCell("Instant", "timestamptz", "'2024-01-01 00:00:00+00'",
                    List.of("'2024-01-01 00:00:00+00'", "'2024-01-01 09:00:00+09'", "'2023-12-31 19:00:00-05'")));

    /** The number of value rows: row {@code i} holds sample {@code (i - 1) % n} of each column. */
    static int rowCount() {
        return ALL.stream().mapToInt(type -> type.samples().size()).max().orElseThrow();
    }
}
