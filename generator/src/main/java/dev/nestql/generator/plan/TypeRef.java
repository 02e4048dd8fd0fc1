package dev.nestql.generator.plan;

import java.util.Objects;

/**
 * A Java type as a generated declaration writes it.
 *
 * @param qualifiedName a class's qualified name ({@code java.lang.Long}), a primitive ({@code long}),
 *     {@code byte[]}, or the simple name of a generated enum in the records' package
 * @param generated whether it names a generated enum
 * @param list whether the declaration is a {@code List} of this type
 */
public record TypeRef(String qualifiedName, boolean generated, boolean list) {
    public TypeRef {
        Objects.requireNonNull(qualifiedName, "qualifiedName");
    }

    /** The type as Java source writes it, with simple names: {@code List<String>}, {@code long}. */
    @Override
    public String toString() {
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        return list ? "List<" + simple + ">" : simple;
    }
}
