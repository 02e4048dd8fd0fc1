package dev.nestql.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * The column types nestql supports: the single table that the reader, the SQL renderer and the
 * Java writer consult, so that adding a type is one entry here and one in each codec.
 */
public enum ValueKind {
    BOOLEAN(TypeName.BOOLEAN, Literal.BOOLEAN),
    BYTE(TypeName.BYTE, Literal.NUMBER),
    SHORT(TypeName.SHORT, Literal.NUMBER),
    INT(TypeName.INT, Literal.NUMBER),
    LONG(TypeName.LONG, Literal.NUMBER),
    FLOAT(TypeName.FLOAT, Literal.NUMBER),
    DOUBLE(TypeName.DOUBLE, Literal.NUMBER),
    CHAR(TypeName.CHAR, Literal.STRING),
    STRING(ClassName.get(String.class), Literal.STRING),
    BIG_DECIMAL(ClassName.get(java.math.BigDecimal.class), Literal.NUMBER),
    UUID(ClassName.get(java.util.UUID.class), Literal.STRING),
    LOCAL_DATE(ClassName.get(java.time.LocalDate.class), Literal.STRING),
    LOCAL_TIME(ClassName.get(java.time.LocalTime.class), Literal.STRING),
    LOCAL_DATE_TIME(ClassName.get(java.time.LocalDateTime.class), Literal.STRING),
    OFFSET_DATE_TIME(ClassName.get(java.time.OffsetDateTime.class), Literal.STRING),
    OFFSET_TIME(ClassName.get(java.time.OffsetTime.class), Literal.STRING),
    INSTANT(ClassName.get(java.time.Instant.class), Literal.STRING),
    BYTES(com.palantir.javapoet.ArrayTypeName.of(TypeName.BYTE), Literal.NONE),
    ENUM(null, Literal.STRING);

    /** Which literals of the filter language a column of this kind can be compared with. */
    public enum Literal {
        BOOLEAN,
        NUMBER,
        STRING,
        NONE
    }

    private final TypeName type;
    private final Literal literal;

    ValueKind(TypeName type, Literal literal) {
        this.type = type;
        this.literal = literal;
    }

    /** The Java type (the primitive for the primitive kinds), or {@code null} for {@link #ENUM}. */
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
