package dev.nestql.schema.model;

import java.util.Objects;

/**
 * The schema-qualified name of a relation, exactly as in the catalog.
 *
 * @param schema the schema
 * @param name the relation's name
 */
public record RelationName(String schema, String name) implements Comparable<RelationName> {
    public RelationName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(RelationName other) {
        int bySchema = schema.compareTo(other.schema);
        return bySchema != 0 ? bySchema : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
