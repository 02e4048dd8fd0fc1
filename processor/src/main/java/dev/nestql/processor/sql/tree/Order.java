package dev.nestql.processor.sql.tree;

import java.util.Objects;

/**
 * An {@code ORDER BY} key.
 *
 * @param value what is sorted on
 * @param direction how, written out ({@code ASC}, {@code DESC}) or left to PostgreSQL's default
 */
public record Order(Expr value, Direction direction) {
    /** A sort direction; {@link #DEFAULT} writes none. */
    public enum Direction {
        DEFAULT(""),
        ASC(" ASC"),
        DESC(" DESC");

        final String sql;

        Direction(String sql) {
            this.sql = sql;
        }

        /** {@link #DESC} when {@code descending}, else {@link #ASC}. */
        public static Direction of(boolean descending) {
            return descending ? DESC : ASC;
        }
    }

    public Order {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(direction, "direction");
    }
}
