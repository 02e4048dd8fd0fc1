package dev.nestql.processor.sql.tree;

/** A statement: a {@link Select}, or a {@link Union} of statements. */
public sealed interface Query permits Select, Union {

    /** This statement as SQL text. */
    default String sql() {
        return SqlWriter.query(this);
    }
}
