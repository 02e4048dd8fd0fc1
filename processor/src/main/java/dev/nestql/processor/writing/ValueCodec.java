package dev.nestql.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import dev.nestql.schema.naming.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the calls that read and bind each {@link ValueKind} in one query class, from its
 * {@link ValueKind.Codec}: a primitive that cannot be {@code null} with the JDBC getter and the
 * {@code JsonValues} reader, everything else through the runtime's {@code ColumnType} constant
 * ({@code ColumnType.LOCAL_DATE.read(row, 3)}). The {@code ColumnType} of an enum is a constant
 * of the query class, declared once per enum ({@link #constants}).
 */
final class ValueCodec {
    static final ClassName ROWS = ClassName.get("dev.nestql.internal", "Rows");
    static final ClassName JSON_VALUES = ClassName.get("dev.nestql.internal", "JsonValues");
    static final ClassName COLUMN_TYPE = ClassName.get("dev.nestql.internal", "ColumnType");

    private final NameAllocator fields;
    private final Map<TypeName, String> enumConstants = new LinkedHashMap<>();

    /** A codec for a class whose other fields have the names {@code taken}. */
    ValueCodec(List<String> taken) {
        fields = new NameAllocator();
        for (String name : taken) {
            fields.newName(name, name);
        }
    }

    /** Reads column {@code index} of result set {@code row} as {@code type}. */
    CodeBlock readColumn(ValueType type, String row, int index) {
        if (type.isPrimitive()) {
            String getter = type.kind().codec().primitiveRowGetter();
            return getter.startsWith("Rows.")
                    ? CodeBlock.of("$T.$N($N, $L)", ROWS, getter.substring(5), row, index)
                    : CodeBlock.of("$N.$N($L)", row, getter, index);
        }
        return CodeBlock.of("$L.read($N, $L)", columnType(type), row, index);
    }

    /** Advances {@code parser} to the next value and reads it as {@code type}. */
    CodeBlock readJson(ValueType type, String parser) {
        if (type.isPrimitive()) {
            return CodeBlock.of("$T.$N($N)", JSON_VALUES, type.kind().codec().primitiveJsonReader(), parser);
        }
        return CodeBlock.of("$L.nextJson($N)", columnType(type), parser);
    }

    /** The {@code ColumnType} of {@code type}: {@code ColumnType.LONG}, {@code ColumnType.STRING.list()}. */
    CodeBlock columnType(ValueType type) {
        if (type.kind() == ValueKind.LIST) {
            return CodeBlock.of("$L.list()", elementType(type));
        }
        if (type.kind() == ValueKind.ENUM) {
            return CodeBlock.of("$N", enumConstants.computeIfAbsent(type.type(), this::enumConstantName));
        }
        return CodeBlock.of("$T.$N", COLUMN_TYPE, type.kind().codec().columnType());
    }

    /** The {@code ColumnType} of a list's elements: {@code ColumnType.STRING}. */
    CodeBlock elementType(ValueType list) {
        return columnType(list.elementType());
    }

    /** The constants for the {@code ColumnType}s of enums that the calls written so far use. */
    List<FieldSpec> constants() {
        List<FieldSpec> constants = new ArrayList<>();
        enumConstants.forEach((type, name) -> constants.add(FieldSpec.builder(
                        ParameterizedTypeName.get(COLUMN_TYPE, type), name, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$T.enumByName($Z$T.class, $T::valueOf)", COLUMN_TYPE, type, type)
                .build()));
        return constants;
    }

    /** A name for a new field of the class, from {@code suggestion}, taken by no other field. */
    String newField(String suggestion) {
        return fields.newName(suggestion);
    }

    private String enumConstantName(TypeName type) {
        String simpleName = ((ClassName) type).simpleNames().stream().reduce("", String::concat);
        return fields.newName(Names.upperSnakeCase(simpleName) + "_TYPE", type);
    }
}
