package dev.nestql.generator;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the generator reads and how it writes it.
 *
 * @param schemas the schemas to read, names exactly as in the catalog
 * @param packageName the package of the generated records and enums
 * @param includes patterns (regular expressions) of the relations to generate, matched against the
 *     name and against {@code schema.name}; empty means every relation
 * @param excludes patterns of relations to leave out, matched the same way, after {@code includes}
 * @param enumsAsStrings read PostgreSQL enums as {@code String} instead of generated Java enums
 * @param timestamptzAsInstant read {@code timestamptz} as {@code Instant} instead of {@code OffsetDateTime}
 * @param qualifiedNames write schema-qualified table names ({@code @Table("rental.film")}); always
 *     so when several schemas are read
 * @param stripPrefixes prefixes taken off a relation's name before it is made a class name, the
 *     first that matches ({@code orders_} makes {@code orders_product} a {@code Product})
 */
public record GeneratorOptions(
        List<String> schemas,
        String packageName,
        List<Pattern> includes,
        List<Pattern> excludes,
        boolean enumsAsStrings,
        boolean timestamptzAsInstant,
        boolean qualifiedNames,
        List<String> stripPrefixes) {

    public GeneratorOptions {
        stripPrefixes = List.copyOf(stripPrefixes);
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(packageName, "packageName");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("name at least one schema to read");
        }
        if (!packageName.matches("([A-Za-z_$][A-Za-z0-9_$]*)(\\.[A-Za-z_$][A-Za-z0-9_$]*)*")) {
            throw new IllegalArgumentException("'" + packageName + "' is not a Java package name");
        }
    }

    /** The defaults for one schema and a package: every relation, Java enums, {@code OffsetDateTime}, unqualified names. */
    public static GeneratorOptions of(String schema, String packageName) {
        return new GeneratorOptions(List.of(schema), packageName, List.of(), List.of(), false, false, false, List.of());
    }

    /** These options with {@code includes} and {@code excludes}. */
    public GeneratorOptions filtered(List<Pattern> includes, List<Pattern> excludes) {
        return new GeneratorOptions(schemas, packageName, includes, excludes, enumsAsStrings, timestamptzAsInstant,
                qualifiedNames, stripPrefixes);
    }

    /** These options with the two type choices. */
    public GeneratorOptions withTypes(boolean enumsAsStrings, boolean timestamptzAsInstant) {
        return new GeneratorOptions(schemas, packageName, includes, excludes, enumsAsStrings, timestamptzAsInstant,
                qualifiedNames, stripPrefixes);
    }

    /** These options with schema-qualified table names or not. */
    public GeneratorOptions withQualifiedNames(boolean qualifiedNames) {
        return new GeneratorOptions(schemas, packageName, includes, excludes, enumsAsStrings, timestamptzAsInstant,
                qualifiedNames, stripPrefixes);
    }

    /** These options with {@code prefixes} taken off relation names before they are made class names. */
    public GeneratorOptions withStripPrefixes(List<String> prefixes) {
        return new GeneratorOptions(schemas, packageName, includes, excludes, enumsAsStrings, timestamptzAsInstant,
                qualifiedNames, prefixes);
    }
}
