package dev.nestql.processor.sql.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@code SELECT} statement, clause by clause. Made with {@link #builder()}.
 *
 * @param distinct {@code SELECT DISTINCT}
 * @param distinctOn the expressions of {@code SELECT DISTINCT ON (...)}, or none
 * @param items the select list
 * @param from the {@code FROM} clause, or empty for a select of values alone
 * @param where the condition, or empty
 * @param groupBy the grouping expressions, or none
 * @param orderBy the sort keys, or none
 * @param limit the limit, or empty
 * @param offsetZero {@code OFFSET 0}: an optimization fence that keeps PostgreSQL from inlining the
 *     subquery, so that a value is computed once
 */
public record Select(
        boolean distinct,
        List<Expr> distinctOn,
        List<Item> items,
        Optional<From> from,
        Optional<Expr> where,
        List<Expr> groupBy,
        List<Order> orderBy,
        OptionalLong limit,
        boolean offsetZero) implements Query {

    public Select {
        distinctOn = List.copyOf(distinctOn);
        items = List.copyOf(items);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(where, "where");
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
        Objects.requireNonNull(limit, "limit");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a select needs an item");
        }
        if (distinct && !distinctOn.isEmpty()) {
            throw new IllegalArgumentException("DISTINCT and DISTINCT ON exclude each other");
        }
    }

    /** A builder of a select. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Select}; every clause is optional but the select list. */
    public static final class Builder {
        private boolean distinct;
        private final List<Expr> distinctOn = new ArrayList<>();
        private final List<Item> items = new ArrayList<>();
        private From from;
        private Expr where;
        private final List<Expr> groupBy = new ArrayList<>();
        private final List<Order> orderBy = new ArrayList<>();
        private OptionalLong limit = OptionalLong.empty();
        private boolean offsetZero;

        private Builder() {}

        /** {@code SELECT DISTINCT}. */
        public Builder distinct() {
            this.distinct = true;
            return this;
        }

        /** {@code SELECT DISTINCT ON (on)}. */
        public Builder distinctOn(Expr on) {
            distinctOn.add(on);
            return this;
        }

        /** Adds {@code item} to the select list. */
        public Builder item(Item item) {
            items.add(item);
            return this;
        }

        /** Adds {@code value} to the select list, unnamed. */
        public Builder item(Expr value) {
            return item(Item.of(value));
        }

        /** Adds {@code value AS name}; {@code name} is SQL text. */
        public Builder item(Expr value, String name) {
            return item(Item.as(value, name));
        }

        /** Adds every item. */
        public Builder items(List<Item> more) {
            items.addAll(more);
            return this;
        }

        /** The {@code FROM} clause. */
        public Builder from(From from) {
            this.from = from;
            return this;
        }

        /** The condition; {@code null} for none. */
        public Builder where(Expr where) {
            this.where = where;
            return this;
        }

        /** Adds a grouping expression. */
        public Builder groupBy(Expr key) {
            groupBy.add(key);
            return this;
        }

        /** Adds a sort key. */
        public Builder orderBy(Order key) {
            orderBy.add(key);
            return this;
        }

        /** Adds the sort keys, in order. */
        public Builder orderBy(List<Order> keys) {
            orderBy.addAll(keys);
            return this;
        }

        /** {@code LIMIT limit}. */
        public Builder limit(long limit) {
            this.limit = OptionalLong.of(limit);
            return this;
        }

        /** {@code OFFSET 0}, the fence that keeps PostgreSQL from inlining this statement. */
        public Builder offsetZero() {
            this.offsetZero = true;
            return this;
        }

        /** The select; throws {@link IllegalArgumentException} without a select-list item. */
        public Select build() {
            return new Select(distinct, distinctOn, items, Optional.ofNullable(from), Optional.ofNullable(where),
                    groupBy, orderBy, limit, offsetZero);
        }
    }
}
