package dev.nestql.processor.model;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * The Java type of a column or projection component: a supported {@link ValueKind} and the exact
 * declared type, which tells primitive from boxed and names the enum class.
 *
 * @param kind the supported kind
 * @param type the declared type ({@code long}, {@code Long}, {@code com.acme.Status},
 *     {@code List<String>}, ...)
 * @param element for a {@link ValueKind#LIST}, the kind of its elements; else {@code null}
 */
public record ValueType(ValueKind kind, TypeName type, ValueKind element) {

    /** A type that is not a list. */
    public ValueType(ValueKind kind, TypeName type) {
        this(kind, type, null);
    }

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

    /** For a {@link ValueKind#LIST}, the type of its elements ({@code Long}, {@code com.acme.Status}). */
    public ValueType elementType() {
        if (element == null) {
            throw new IllegalStateException(type + " is not a list");
        }
        return new ValueType(element, ((ParameterizedTypeName) type).typeArguments().get(0));
    }

    /** This type with primitives boxed, as a reader's type argument needs it. */
    public ValueType asBoxed() {
        return new ValueType(kind, boxed(), element);
    }
}
