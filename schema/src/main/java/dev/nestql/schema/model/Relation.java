package dev.nestql.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table, view or materialized view: its columns, keys and indexes. A partitioned table is one
 * relation; its partitions are not read.
 *
 * @param name its schema-qualified name
 * @param kind what sort of relation it is
 * @param comment its comment ({@code COMMENT ON TABLE}), if any
 * @param columns its columns in order
 * @param primaryKey the columns of its primary key in key order; empty when it has none
 * @param foreignKeys its foreign keys, by constraint name
 * @param indexes its indexes, by name
 */
public record Relation(
        RelationName name,
        Kind kind,
        Optional<String> comment,
        List<Column> columns,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys,
        List<Index> indexes) {

    /** What sort of relation a {@link Relation} is ({@code pg_class.relkind}). */
    public enum Kind {
        /** A table ({@code relkind r}). */
        TABLE,
        /** A partitioned table ({@code p}); its partitions are not read. */
        PARTITIONED_TABLE,
        /** A view ({@code v}). */
        VIEW,
        /** A materialized view ({@code m}). */
        MATERIALIZED_VIEW,
        /** A foreign table ({@code f}). */
        FOREIGN_TABLE;

        /** Whether rows can be written, and keys declared: a table, partitioned or not. */
        public boolean isTable() {
            return this == TABLE || this == PARTITIONED_TABLE;
        }
    }

    public Relation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(comment, "comment");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    /** The column named {@code name} exactly, if any. */
    public Optional<Column> column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst();
    }
}
