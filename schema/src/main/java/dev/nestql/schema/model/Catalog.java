package dev.nestql.schema.model;

import java.util.List;
import java.util.Optional;

/**
 * The relations of the schemas read from a database, sorted by schema and name.
 *
 * @param relations the relations
 */
public record Catalog(List<Relation> relations) {
    public Catalog {
        relations = List.copyOf(relations);
    }

    /** The relation named {@code name}, if it was read. */
    public Optional<Relation> relation(RelationName name) {
        return relations.stream().filter(relation -> relation.name().equals(name)).findFirst();
    }
}
