package dev.nestql.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table of supported types in docs/projections.md is {@link ValueKind}'s, the table the processor itself
 * consults: rendered here from the same entries and compared with that page. After adding or
 * changing a type, run
 *
 * <pre>
 * mvn -pl runtime,processor verify -Dtest=TypeTableTest -Dnestql.readme.update=true
 * </pre>
 *
 * <p>to rewrite the block; the test then fails so that the change is reviewed.
 */
class TypeTableTest {
    private static final boolean UPDATE = Boolean.getBoolean("nestql.readme.update");
    private static final Path README = Path.of(System.getProperty("basedir", "."), "..", "docs", "projections.md");
    private static final String BEGIN = "<!-- type-table:begin (generated from ValueKind by TypeTableTest) -->\n";
    private static final String END = "<!-- type-table:end -->";

    @Test
    void theReadmesTypeTableIsValueKinds() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/projections.md has no type-table block");
        String table = table();
        String written = readme.substring(begin + BEGIN.length(), end);
        if (UPDATE && !written.equals(table)) {
            Files.writeString(README, readme.substring(0, begin + BEGIN.length()) + table + readme.substring(end),
                    StandardCharsets.UTF_8);
        }
        assertEquals(table, written, "the type table of docs/projections.md; rewrite it with -Dnestql.readme.update=true");
    }

    @Test
    void everyKindSaysHowItIsReadAndBound() {
        for (ValueKind kind : ValueKind.values()) {
            ValueKind.Codec codec = kind.codec();
            assertEquals(kind.isPrimitive(), codec.primitiveRowGetter() != null, kind.name());
            assertEquals(kind.isPrimitive(), codec.primitiveJsonReader() != null, kind.name());
            boolean generic = kind == ValueKind.ENUM || kind == ValueKind.LIST;
            assertEquals(!generic, codec.columnType() != null, kind.name());
            assertEquals(kind != ValueKind.LIST, kind.nullType() != null, kind.name());
            assertEquals(kind.arithmetic() != ValueKind.Arithmetic.NONE, kind.castType() != null, kind.name());
        }
    }

    /**
     * Every name a kind's codec gives is a member of the runtime that generated code calls, and the
     * runtime's {@code ColumnType} constant reads the kind's Java type and sends its arrays as the
     * processor renders them: a typo, a renamed method or two tables that disagree fail here, not in
     * a user's build.
     */
    @Test
    void everyCodecNameIsInTheRuntime() throws ReflectiveOperationException {
        Class<?> rows = Class.forName("dev.nestql.internal.Rows");
        Class<?> jsonValues = Class.forName("dev.nestql.internal.JsonValues");
        Class<?> columnType = Class.forName("dev.nestql.internal.ColumnType");
        java.lang.reflect.Method arrayTravelsAsJson = columnType.getDeclaredMethod("arrayTravelsAsJson");
        arrayTravelsAsJson.setAccessible(true);
        for (ValueKind kind : ValueKind.values()) {
            ValueKind.Codec codec = kind.codec();
            String getter = codec.primitiveRowGetter();
            if (getter != null) {
                boolean found = getter.startsWith("Rows.")
                        ? hasMethod(rows, getter.substring(5))
                        : hasMethod(java.sql.ResultSet.class, getter);
                assertTrue(found, kind + ": " + getter);
            }
            if (codec.primitiveJsonReader() != null) {
                assertTrue(hasMethod(jsonValues, codec.primitiveJsonReader()),
                        kind + ": JsonValues." + codec.primitiveJsonReader());
            }
            if (codec.columnType() != null) {
                java.lang.reflect.Field constant = columnType.getField(codec.columnType());
                assertEquals(columnType, constant.getType(), kind.name());
                String javaType = ((java.lang.reflect.ParameterizedType) constant.getGenericType())
                        .getActualTypeArguments()[0].getTypeName();
                assertEquals(kind.type().isPrimitive() ? kind.type().box().toString() : kind.type().toString(), javaType,
                        kind.name());
                Object type = constant.get(null);
                assertEquals(kind.listTravelsAsJson(), arrayTravelsAsJson.invoke(type), kind + ": arrays as JSON");
            }
        }
    }

    private static boolean hasMethod(Class<?> type, String name) {
        for (java.lang.reflect.Method method : type.getMethods()) {
            if (method.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The Markdown table of every kind: one row each, in the order of the enum. */
    static String table() {
        StringBuilder table = new StringBuilder()
                .append("| Java type | PostgreSQL column | Conditions | Aggregates | Nested list sorted by it | Nested rows keyed by it |\n")
                .append("|---|---|---|---|---|---|\n");
        for (ValueKind kind : ValueKind.values()) {
            table.append("| ").append(javaType(kind))
                    .append(" | ").append(kind.columnTypes())
                    .append(" | ").append(kind == ValueKind.STRING ? "all, and `like`"
                            : kind == ValueKind.LIST ? "all but `in`, and `contains`, `overlaps`" : "all")
                    .append(" | ").append(aggregates(kind))
                    .append(" | ").append(kind.sortsInJava() ? "rows of their own, sorted in Java" : "rows of their own, ranked by PostgreSQL")
                    .append(" | ").append(kind == ValueKind.LIST ? "not a key"
                            : kind.keyEqualityInJava() ? "matched in Java" : "matched by PostgreSQL")
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String javaType(ValueKind kind) {
        if (kind == ValueKind.ENUM) {
            return "a Java enum";
        }
        if (kind == ValueKind.LIST) {
            return "`List<E>`";
        }
        String name = "`" + kind.type().toString().replaceAll("^java\\.[a-z.]+\\.", "") + "`";
        return kind.isPrimitive() ? name + ", `" + kind.type().box().toString().replace("java.lang.", "") + "`" : name;
    }

    private static String aggregates(ValueKind kind) {
        if (kind == ValueKind.LIST) {
            return "none: plain and `@Path` components read arrays";
        }
        List<String> names = new ArrayList<>();
        if (kind.arithmetic() != ValueKind.Arithmetic.NONE) {
            names.add("`@Sum`");
            names.add("`@Avg`");
        }
        if (kind.ordered()) {
            names.add("`@Min`");
            names.add("`@Max`");
        }
        names.add("`@First`");
        return String.join(", ", names);
    }
}
