package dev.nestql.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;

/**
 * Writes the calls that read and bind each {@link ValueKind}, from the names in its
 * {@link ValueKind.Codec}: the JDBC getter (or {@code Rows} helper) for a plain column, the
 * {@code JsonValues} reader for a nested value, and the {@code ColumnType} that binds it.
 */
final class ValueCodec {
    static final ClassName ROWS = ClassName.get("dev.nestql.runtime", "Rows");
    static final ClassName JSON_VALUES = ClassName.get("dev.nestql.runtime", "JsonValues");
    static final ClassName COLUMN_TYPE = ClassName.get("dev.nestql.runtime", "ColumnType");
    static final ClassName ELEMENT_TYPE = ClassName.get("dev.nestql.runtime", "ElementType");

    private ValueCodec() {}

    /** Reads column {@code index} of result set {@code row} as {@code type}. */
    static CodeBlock readColumn(ValueType type, String row, int index) {
        ValueKind.Codec codec = type.kind().codec();
        String getter = type.isPrimitive() ? codec.primitiveRowGetter() : codec.rowGetter();
        if (type.kind() == ValueKind.ENUM) {
            return CodeBlock.of("$T.getEnum($N, $L, $T::valueOf)", ROWS, row, index, type.type());
        }
        if (type.kind() == ValueKind.LIST && type.element().listTravelsAsJson()) {
            return CodeBlock.of("$T.getJsonList($N, $L, $L)", ROWS, row, index, elementType(type));
        }
        if (type.kind() == ValueKind.LIST) {
            return CodeBlock.of("$T.getList($N, $L, $L)", ROWS, row, index, elementType(type));
        }
        if (getter.startsWith("Rows.")) {
            return CodeBlock.of("$T.$N($N, $L)", ROWS, getter.substring(5), row, index);
        }
        return CodeBlock.of("$N.$N($L)", row, getter, index);
    }

    /** Advances {@code parser} to the next value and reads it as {@code type}. */
    static CodeBlock readJson(ValueType type, String parser) {
        ValueKind.Codec codec = type.kind().codec();
        if (type.kind() == ValueKind.ENUM) {
            return CodeBlock.of("$T.nextEnumOrNull($N, $T::valueOf)", JSON_VALUES, parser, type.type());
        }
        if (type.kind() == ValueKind.LIST) {
            return CodeBlock.of("$T.nextArrayOrNull($N, $L)", JSON_VALUES, parser, elementType(type));
        }
        String reader = type.isPrimitive() ? codec.primitiveJsonReader() : codec.jsonReader();
        return CodeBlock.of("$T.$N($N)", JSON_VALUES, reader, parser);
    }

    /** The {@code ColumnType} that binds values of {@code type}. */
    static CodeBlock columnType(ValueType type) {
        if (type.kind() == ValueKind.ENUM) {
            return CodeBlock.of("$T.<$T>enumByName()", COLUMN_TYPE, type.type());
        }
        if (type.kind() == ValueKind.LIST) {
            return CodeBlock.of("$T.listOf($L)", COLUMN_TYPE, elementType(type));
        }
        return CodeBlock.of("$T.$N", COLUMN_TYPE, type.kind().codec().columnType());
    }

    /** The {@code ElementType} constant of a list's elements: {@code ElementType.STRING}. */
    static CodeBlock elementType(ValueType list) {
        return CodeBlock.of("$T.$N", ELEMENT_TYPE, list.element().codec().elementType());
    }
}
