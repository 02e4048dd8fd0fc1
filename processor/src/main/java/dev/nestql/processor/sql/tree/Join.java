package dev.nestql.processor.sql.tree;

import java.util.Objects;

/**
 * A join: {@code kind item ON condition}.
 *
 * @param kind the kind of join
 * @param item what is joined
 * @param on the join condition
 */
public record Join(Kind kind, FromItem item, Expr on) {
    /** The kinds of join nestql writes. */
    public enum Kind {
        INNER("JOIN"),
        LEFT("LEFT JOIN"),
        LEFT_LATERAL("LEFT JOIN LATERAL");

        final String sql;

        Kind(String sql) {
            this.sql = sql;
        }
    }

    public Join {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(on, "on");
    }
}
