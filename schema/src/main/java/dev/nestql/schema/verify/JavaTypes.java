package dev.nestql.schema.verify;

import dev.nestql.schema.model.SqlType;
import dev.nestql.schema.registry.JavaTypeName;
import dev.nestql.schema.types.JavaType;
import dev.nestql.schema.types.TypeTable;
import java.util.Map;
import java.util.Set;

/**
 * Which PostgreSQL types each Java type that nestql reads can hold without loss: the type the
 * generator chooses for a column, and the wider ones ({@code long} holds an {@code integer}). A
 * {@code String} holds any column, as PostgreSQL writes it.
 */
final class JavaTypes {
    private static final Set<String> INTEGERS = Set.of("int2", "int4", "int8");
    private static final Set<String> TEXTS = Set.of("text", "varchar", "bpchar", "char", "name", "citext");

    /** The built-in types each class can hold; a primitive holds what its box holds. */
    private static final Map<String, Set<String>> HOLDS = Map.ofEntries(
            Map.entry("java.lang.Boolean", Set.of("bool")),
            Map.entry("java.lang.Byte", Set.of("int2")),
            Map.entry("java.lang.Short", Set.of("int2")),
            Map.entry("java.lang.Integer", Set.of("int2", "int4")),
            Map.entry("java.lang.Long", INTEGERS),
            Map.entry("java.lang.Float", Set.of("float4")),
            Map.entry("java.lang.Double", Set.of("float4", "float8")),
            Map.entry("java.math.BigDecimal", Set.of("numeric", "int2", "int4", "int8")),
            Map.entry("java.util.UUID", Set.of("uuid")),
            Map.entry("java.time.LocalDate", Set.of("date")),
            Map.entry("java.time.LocalTime", Set.of("time")),
            Map.entry("java.time.LocalDateTime", Set.of("timestamp")),
            Map.entry("java.time.OffsetDateTime", Set.of("timestamptz")),
            Map.entry("java.time.Instant", Set.of("timestamptz")),
            Map.entry("java.time.OffsetTime", Set.of("timetz")),
            Map.entry("dev.nestql.Interval", Set.of("interval")),
            Map.entry("byte[]", Set.of("bytea")));

    private static final Map<String, String> BOXES = Map.of(
            "boolean", "java.lang.Boolean", "byte", "java.lang.Byte", "short", "java.lang.Short", "int", "java.lang.Integer",
            "long", "java.lang.Long", "float", "java.lang.Float", "double", "java.lang.Double", "char",
            "java.lang.Character");

    private JavaTypes() {}

    /** Whether a component of {@code type} reads every value of a column of {@code column} (domains removed) exactly. */
    static boolean canHold(JavaTypeName type, SqlType column) {
        if (type.list()) {
            if (column.kind() != SqlType.Kind.ARRAY) {
                return false;
            }
            SqlType element = column.element().withoutDomains();
            if (element.kind() == SqlType.Kind.BASE && (element.name().equals("json") || element.name().equals("jsonb")
                    || (element.name().equals("bytea") && !type.name().equals("byte[]")))) {
                return false;
            }
            return canHold(new JavaTypeName(type.name(), type.enumConstants(), false), element);
        }
        String name = BOXES.getOrDefault(type.name(), type.name());
        if (name.equals("java.lang.String")) {
            return true;
        }
        if (type.isEnum()) {
            return column.kind() == SqlType.Kind.ENUM || isText(column);
        }
        if (name.equals("java.lang.Character")) {
            return isText(column);
        }
        Set<String> holds = HOLDS.get(name);
        return holds != null && column.kind() == SqlType.Kind.BASE && column.schema().equals("pg_catalog")
                && holds.contains(column.name());
    }

    /** The Java type to declare for {@code column}, as the generator would: {@code long}, {@code List<String>}. */
    static String suggestion(SqlType column, boolean notNull) {
        JavaType type = TypeTable.javaType(column, TypeTable.Options.DEFAULTS).type();
        if (type instanceof JavaType.Scalar scalar) {
            String declared = scalar.declared(notNull);
            return declared.substring(declared.lastIndexOf('.') + 1);
        }
        if (type instanceof JavaType.EnumOf) {
            return "a Java enum of its labels, or String";
        }
        JavaType element = ((JavaType.ListOf) type).element();
        return element instanceof JavaType.Scalar scalar
                ? "List<" + scalar.className().substring(scalar.className().lastIndexOf('.') + 1) + ">"
                : "a List of a Java enum of its labels, or List<String>";
    }

    private static boolean isText(SqlType column) {
        return column.kind() == SqlType.Kind.BASE && TEXTS.contains(column.name());
    }
}
