package dev.nestql.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;

/**
 * How generated code reads and binds each {@link ValueKind}: the JDBC getter (or {@code Rows}
 * helper) for a plain column, the {@code JsonValues} reader for a nested value, and the
 * {@code ColumnType} that binds it as a parameter. One row per kind, in one place.
 */
final class ValueCodec {
    static final ClassName ROWS = ClassName.get("dev.nestql.runtime", "Rows");
    static final ClassName JSON_VALUES = ClassName.get("dev.nestql.runtime", "JsonValues");
    static final ClassName COLUMN_TYPE = ClassName.get("dev.nestql.runtime", "ColumnType");

    private record Row(
            String primitiveRowGetter, String boxedRowGetter, String primitiveJson, String boxedJson, String columnType) {}

    private ValueCodec() {}

    private static Row row(ValueKind kind) {
        switch (kind) {
            case BOOLEAN:
                return new Row("getBoolean", "Rows.getBooleanOrNull", "nextBoolean", "nextBooleanOrNull", "BOOLEAN");
            case BYTE:
                return new Row("getByte", "Rows.getByteOrNull", "nextByte", "nextByteOrNull", "BYTE");
            case SHORT:
                return new Row("getShort", "Rows.getShortOrNull", "nextShort", "nextShortOrNull", "SHORT");
            case INT:
                return new Row("getInt", "Rows.getIntOrNull", "nextInt", "nextIntOrNull", "INTEGER");
            case LONG:
                return new Row("getLong", "Rows.getLongOrNull", "nextLong", "nextLongOrNull", "LONG");
            case FLOAT:
                return new Row("getFloat", "Rows.getFloatOrNull", "nextFloat", "nextFloatOrNull", "FLOAT");
            case DOUBLE:
                return new Row("getDouble", "Rows.getDoubleOrNull", "nextDouble", "nextDoubleOrNull", "DOUBLE");
            case CHAR:
                return new Row("Rows.getChar", "Rows.getCharacterOrNull", "nextChar", "nextCharacterOrNull", "CHARACTER");
            case STRING:
                return new Row(null, "getString", null, "nextStringOrNull", "STRING");
            case BIG_DECIMAL:
                return new Row(null, "getBigDecimal", null, "nextBigDecimalOrNull", "BIG_DECIMAL");
            case UUID:
                return new Row(null, "Rows.getUuid", null, "nextUuidOrNull", "UUID");
            case LOCAL_DATE:
                return new Row(null, "Rows.getLocalDate", null, "nextLocalDateOrNull", "LOCAL_DATE");
            case LOCAL_TIME:
                return new Row(null, "Rows.getLocalTime", null, "nextLocalTimeOrNull", "LOCAL_TIME");
            case LOCAL_DATE_TIME:
                return new Row(null, "Rows.getLocalDateTime", null, "nextLocalDateTimeOrNull", "LOCAL_DATE_TIME");
            case OFFSET_DATE_TIME:
                return new Row(null, "Rows.getOffsetDateTime", null, "nextOffsetDateTimeOrNull", "OFFSET_DATE_TIME");
            case OFFSET_TIME:
                return new Row(null, "Rows.getOffsetTime", null, "nextOffsetTimeOrNull", "OFFSET_TIME");
            case INSTANT:
                return new Row(null, "Rows.getInstant", null, "nextInstantOrNull", "INSTANT");
            case BYTES:
                return new Row(null, "getBytes", null, "nextBytesOrNull", "BYTES");
            case ENUM:
                return new Row(null, "Rows.getEnum", null, "nextEnumOrNull", null);
            default:
                throw new AssertionError(kind);
        }
    }

    /** Reads column {@code index} of result set {@code row} as {@code type}. */
    static CodeBlock readColumn(ValueType type, String row, int index) {
        Row codec = row(type.kind());
        String getter = type.isPrimitive() ? codec.primitiveRowGetter() : codec.boxedRowGetter();
        if (type.kind() == ValueKind.ENUM) {
            return CodeBlock.of("$T.getEnum($N, $L, $T::valueOf)", ROWS, row, index, type.type());
        }
        if (getter.startsWith("Rows.")) {
            return CodeBlock.of("$T.$N($N, $L)", ROWS, getter.substring(5), row, index);
        }
        return CodeBlock.of("$N.$N($L)", row, getter, index);
    }

    /** Advances {@code parser} to the next value and reads it as {@code type}. */
    static CodeBlock readJson(ValueType type, String parser) {
        Row codec = row(type.kind());
        if (type.kind() == ValueKind.ENUM) {
            return CodeBlock.of("$T.nextEnumOrNull($N, $T::valueOf)", JSON_VALUES, parser, type.type());
        }
        String reader = type.isPrimitive() ? codec.primitiveJson() : codec.boxedJson();
        return CodeBlock.of("$T.$N($N)", JSON_VALUES, reader, parser);
    }

    /** The {@code ColumnType} that binds values of {@code type}. */
    static CodeBlock columnType(ValueType type) {
        if (type.kind() == ValueKind.ENUM) {
            return CodeBlock.of("$T.<$T>enumByName()", COLUMN_TYPE, type.type());
        }
        return CodeBlock.of("$T.$N", COLUMN_TYPE, row(type.kind()).columnType());
    }
}
