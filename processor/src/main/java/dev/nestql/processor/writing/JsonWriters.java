package dev.nestql.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import dev.nestql.processor.sql.ProjectionSql;
import dev.nestql.schema.naming.Names;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the methods that write a query's records as JSON in Java, through the runtime's
 * {@code JsonOutput}: one per record in the tree (a record read at two places gets two, as its
 * {@code String} components come from different columns), and a constant per key.
 *
 * <p>A {@code String}'s JSON depends on its column's type, which the runtime learns from the
 * result of {@code list}'s statement; so the writers exist only where every {@code String} of the
 * tree is read from a column of that result in the column's own type ({@link #write} is empty
 * otherwise): not one inside a nested record or list that travels as JSON, nor one computed in SQL
 * at a level of the nested-rows statement, which sends it as text. Nor where a {@code timetz} is
 * read, since {@code 24:00:00} reads as {@code OffsetTime.MAX} whatever its offset.
 */
final class JsonWriters {
    private static final ClassName JSON_OUTPUT = ClassName.get("dev.nestql.internal", "JsonOutput");
    private static final ClassName SERIALIZABLE_STRING = ClassName.get("com.fasterxml.jackson.core",
            "SerializableString");
    private static final String JSON = "json";
    private static final String RECORD = "record";

    private final ClassName query;
    private final ValueCodec codec;
    private final NameAllocator methods;
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final List<MethodSpec> writers = new ArrayList<>();
    private final List<Integer> stringColumns = new ArrayList<>();
    private final List<Integer> doubleColumns = new ArrayList<>();
    private final List<Integer> decimalColumns = new ArrayList<>();

    /**
     * The methods and key constants of one query class, and the result columns of its
     * {@code String}, {@code double} and {@code BigDecimal} components, whose JSON depends on the
     * column's type.
     *
     * @param root the name of the top-level record's writer
     */
    record Written(String root, List<MethodSpec> methods, List<FieldSpec> keys, List<Integer> stringColumns,
            List<Integer> doubleColumns, List<Integer> decimalColumns) {}

    private JsonWriters(ClassName query, ValueCodec codec, NameAllocator methods) {
        this.query = query;
        this.codec = codec;
        this.methods = methods;
    }

    /**
     * The writers of {@code projection}'s records, or empty when only PostgreSQL can write their
     * JSON.
     *
     * @param codec the class's codec, which also names the keys' constants
     * @param methods the names of the class's methods, to which the writers' are added
     */
    static Optional<Written> write(ProjectionModel projection, ProjectionSql sql, ValueCodec codec,
            NameAllocator methods) {
        if (!writable(projection, sql)) {
            return Optional.empty();
        }
        JsonWriters writers = new JsonWriters(projection.query(), codec, methods);
        String root;
        if (sql.nestedRows().isPresent()) {
            root = writers.level(sql.nestedRows().get(), 0);
        } else {
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 0; i < projection.components().size(); i++) {
                columns.put(projection.components().get(i).name(), i + 1);
            }
            root = writers.record(projection, columns, Map.of());
        }
        List<FieldSpec> keyFields = new ArrayList<>();
        writers.keys.forEach((name, field) -> keyFields.add(FieldSpec.builder(SERIALIZABLE_STRING, field,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.key($S)", JSON_OUTPUT, name)
                .build()));
        return Optional.of(new Written(root, writers.writers, keyFields, sorted(writers.stringColumns),
                sorted(writers.doubleColumns), sorted(writers.decimalColumns)));
    }

    private static List<Integer> sorted(List<Integer> columns) {
        return columns.stream().distinct().sorted().toList();
    }

    /** Whether every {@code String} of the tree is read from a column of {@code list}'s result, as its type. */
    private static boolean writable(ProjectionModel projection, ProjectionSql sql) {
        if (sql.nestedRows().isEmpty()) {
            return writable(projection, Columns.ROWS);
        }
        for (ProjectionSql.Level level : sql.nestedRows().get().levels()) {
            for (Component component : level.model().components()) {
                if (!level.children().containsKey(component.name()) && !writable(component, Columns.LEVEL)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where a record's values are read from. */
    private enum Columns {
        /** Columns of the typed statement, each value as it is. */
        ROWS,
        /**
         * Columns of a level of the nested-rows statement: a {@code String} computed in SQL is sent
         * as its output text there, since its type cannot be named for the other branches' {@code NULL}s.
         */
        LEVEL,
        /** JSON inside a column, whose values' SQL types are not known. */
        JSON
    }

    private static boolean writable(ProjectionModel model, Columns columns) {
        return model.components().stream().allMatch(component -> writable(component, columns));
    }

    /**
     * Whether Java can write {@code component}'s JSON: its {@code String}s read from columns of
     * their own, in their own type, at any depth.
     */
    private static boolean writable(Component component, Columns columns) {
        if (component instanceof Component.Nested nested) {
            return writable(nested.target(), Columns.JSON);
        }
        if (component instanceof Component.Computed computed) {
            return (columns == Columns.ROWS || !string(computed.type())) && !offsetTime(computed.type());
        }
        ValueType type = ((Component.Value) component).type();
        return (columns != Columns.JSON || !string(type)) && !offsetTime(type);
    }

    private static boolean string(ValueType type) {
        return type.kind() == ValueKind.STRING;
    }

    /**
     * A {@code timetz} of {@code 24:00:00} reads as {@code OffsetTime.MAX}, whatever its offset,
     * which PostgreSQL's JSON keeps: only PostgreSQL can write it.
     */
    private static boolean offsetTime(ValueType type) {
        return type.kind() == ValueKind.OFFSET_TIME
                || type.kind() == ValueKind.LIST && type.element() == ValueKind.OFFSET_TIME;
    }

    /** The writer of level {@code number} of the nested-rows statement, and of the levels below it. */
    private String level(ProjectionSql.NestedRows nestedRows, int number) {
        ProjectionSql.Level level = nestedRows.levels().get(number);
        Map<String, String> children = new LinkedHashMap<>();
        for (Map.Entry<String, ProjectionSql.Child> child : level.children().entrySet()) {
            children.put(child.getKey(), level(nestedRows, child.getValue().level()));
        }
        return record(level.model(), level.columns(), children);
    }

    /**
     * The writer of {@code model}, whose values are in {@code columns} (empty inside JSON) and
     * whose lists that are levels of their own have the writers {@code children}.
     */
    private String record(ProjectionModel model, Map<String, Integer> columns, Map<String, String> children) {
        Map<String, String> nestedWriters = new LinkedHashMap<>(children);
        for (Component component : model.components()) {
            if (component instanceof Component.Nested nested && !nestedWriters.containsKey(nested.name())) {
                nestedWriters.put(nested.name(), record(nested.target(), Map.of(), Map.of()));
            }
        }
        String name = methods.newName("write" + model.record().simpleName());
        CodeBlock.Builder body = CodeBlock.builder().addStatement("$N.beginObject()", JSON);
        for (Component component : model.components()) {
            body.addStatement("$N.key($N).$L", JSON, key(component.name()), value(component, columns, nestedWriters));
        }
        body.addStatement("$N.endObject()", JSON);
        writers.add(MethodSpec.methodBuilder(name)
                .addJavadoc("Writes a {@link $T}\nas a JSON object, keyed by component name.\n", model.record())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(JSON_OUTPUT, JSON)
                .addParameter(model.record(), RECORD)
                .addException(IOException.class)
                .addCode(body.build())
                .build());
        return name;
    }

    private CodeBlock value(Component component, Map<String, Integer> columns, Map<String, String> nestedWriters) {
        CodeBlock read = CodeBlock.of("$N.$N()", RECORD, component.name());
        if (component instanceof Component.Nested nested) {
            return CodeBlock.of("$N($L,$W$T::$N)", nested.many() ? "list" : "record", read, query,
                    nestedWriters.get(nested.name()));
        }
        ValueType type = component instanceof Component.Value value
                ? value.type()
                : ((Component.Computed) component).type();
        Integer column = columns.get(component.name());
        if (string(type)) {
            stringColumns.add(column);
            return CodeBlock.of("string($L, $L)", read, column);
        }
        if (column != null && type.kind() == ValueKind.DOUBLE) {
            doubleColumns.add(column);
            return CodeBlock.of("number($L, $L)", read, column);
        }
        if (column != null && type.kind() == ValueKind.BIG_DECIMAL) {
            decimalColumns.add(column);
        }
        if (type.isPrimitive()) {
            return CodeBlock.of("value($L)", read);
        }
        return CodeBlock.of("value($L, $L)", codec.columnType(type), read);
    }

    /** The constant of the key {@code name}: {@code NAME_KEY}. */
    private String key(String name) {
        return keys.computeIfAbsent(name, n -> codec.newField(Names.upperSnakeCase(n) + "_KEY"));
    }
}
