package dev.nestql.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * The Java type of a column or projection component: a supported {@link ValueKind} and the exact
 * declared type, which tells primitive from boxed and names the enum class.
 *
 * @param kind the supported kind
 * @param type the declared type ({@code long}, {@code Long}, {@code com.acme.Status}, ...)
 */
public record ValueType(ValueKind kind, TypeName type) {

    /** Whether the declared type is a primitive, so that {@code null} cannot be held. */
    public boolean isPrimitive() {
        return type.isPrimitive();
    }

    /** The declared type with primitives boxed, as a type argument needs it. */
    public TypeName boxed() {
        return type.isPrimitive() ? type.box() : type;
    }

    /** Whether {@code other} is the same type up to boxing. */
    public boolean sameTypeAs(ValueType other) {
        return boxed().equals(other.boxed());
    }
}
