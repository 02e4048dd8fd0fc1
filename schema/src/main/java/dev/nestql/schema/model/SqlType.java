package dev.nestql.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL type as the catalog describes it ({@code pg_type}), with the types it is made of:
 * an array's element type, a domain's base type, an enum's labels.
 *
 * @param schema the schema the type belongs to ({@code pg_catalog} for built-in types)
 * @param name the type's name in the catalog ({@code int8}, {@code _text}, {@code mpaa_rating})
 * @param kind what sort of type it is
 * @param element an array's element type; {@code null} for other kinds
 * @param base a domain's base type; {@code null} for other kinds
 * @param labels an enum's labels in their sort order; empty for other kinds
 * @param notNull whether a domain is declared {@code NOT NULL} (its base types' constraints not included)
 */
public record SqlType(
        String schema, String name, Kind kind, SqlType element, SqlType base, List<String> labels, boolean notNull) {

    /** What sort of type a {@link SqlType} is ({@code pg_type.typtype}, with arrays told apart). */
    public enum Kind {
        /** A base type: {@code int8}, {@code text}, {@code citext}, {@code point}, ... */
        BASE,
        /** An array of {@link SqlType#element}. */
        ARRAY,
        /** An enum of {@link SqlType#labels}. */
        ENUM,
        /** A domain over {@link SqlType#base}. */
        DOMAIN,
        /** A composite (row) type. */
        COMPOSITE,
        /** A range or multirange type. */
        RANGE,
        /** A pseudo-type, or anything else. */
        OTHER
    }

    public SqlType {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        labels = List.copyOf(labels);
    }

    /** A type of the {@code pg_catalog} schema that is made of nothing else: {@code int8}, {@code text}. */
    public static SqlType builtIn(String name) {
        return new SqlType("pg_catalog", name, Kind.BASE, null, null, List.of(), false);
    }

    /** This type with every domain replaced by its base type, outermost first. */
    public SqlType withoutDomains() {
        return kind == Kind.DOMAIN ? base.withoutDomains() : this;
    }

    /** Whether this type, or a domain it is based on, is declared {@code NOT NULL}. */
    public boolean domainNotNull() {
        return kind == Kind.DOMAIN && (notNull || base.domainNotNull());
    }

    /** The name as SQL writes it, qualified unless the type is in {@code pg_catalog}: {@code text[]}, {@code public.citext}. */
    public String sqlName() {
        if (kind == Kind.ARRAY) {
            return element.sqlName() + "[]";
        }
        return schema.equals("pg_catalog") ? name : schema + "." + name;
    }

    @Override
    public String toString() {
        return sqlName();
    }
}
