package dev.nestql.schema.registry;

import java.util.List;
import java.util.Objects;

/**
 * The Java type of a component as the registry writes it: a primitive ({@code long}), a class
 * ({@code java.lang.Long}, {@code byte[]}), an enum with its constants, or a {@code List} of one
 * of those.
 *
 * @param name the primitive's or class's name, or the enum's qualified name
 * @param enumConstants an enum's constants; empty for other types
 * @param list whether the component is a {@code List} of this type
 */
public record JavaTypeName(String name, List<String> enumConstants, boolean list) {
    public JavaTypeName {
        Objects.requireNonNull(name, "name");
        enumConstants = List.copyOf(enumConstants);
    }

    /** A primitive or class. */
    public static JavaTypeName of(String name) {
        return new JavaTypeName(name, List.of(), false);
    }

    /** Whether the type is a Java enum. */
    public boolean isEnum() {
        return !enumConstants.isEmpty();
    }

    /** Whether the type is a primitive, which cannot hold {@code null}. */
    public boolean isPrimitive() {
        return !list && !name.contains(".") && !name.equals("byte[]");
    }

    /** This type as an element of a list. */
    public JavaTypeName asList() {
        return new JavaTypeName(name, enumConstants, true);
    }

    /** The type as Java source writes it, with simple names: {@code List<Long>}, {@code long}. */
    @Override
    public String toString() {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return list ? "List<" + simple + ">" : simple;
    }
}
