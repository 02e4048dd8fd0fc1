package dev.nestql.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * How a computed component gets its value: an aggregate over related rows ({@code @Count},
 * {@code @Sum}, {@code @Avg}, {@code @Min}, {@code @Max}, {@code @Exists}, {@code @First}) or an SQL
 * expression over the row itself ({@code @Sql}).
 */
public sealed interface Computation {

    /**
     * A computation over the rows related along a relation path. Each is computed on its own, so
     * two of them never multiply each other's rows.
     */
    sealed interface OverRelation extends Computation {
        /** The relations from the projection's table to the aggregated rows, first hop first; never empty. */
        List<Relation> hops();

        /** The condition on the aggregated rows, if any. */
        Optional<Filter> filter();

        /** The table of the aggregated rows: where the last hop arrives. */
        default TableModel reached() {
            return hops().get(hops().size() - 1).to();
        }
    }

    /**
     * {@code @Count}: the number of related rows, or with {@code distinctKey} the number of distinct
     * values of that column of the reached table (the distinct rows the last hop reaches).
     */
    record Count(List<Relation> hops, Optional<ColumnModel> distinctKey, Optional<Filter> filter)
            implements OverRelation {
        public Count {
            hops = List.copyOf(hops);
        }
    }

    /** The SQL aggregate functions that fold a column into one value. */
    enum Function {
        SUM("sum", "Sum"),
        AVG("avg", "Avg"),
        MIN("min", "Min"),
        MAX("max", "Max");

        private final String sql;
        private final String annotation;

        Function(String sql, String annotation) {
            this.sql = sql;
            this.annotation = annotation;
        }

        /** The PostgreSQL function name. */
        public String sql() {
            return sql;
        }

        /** The simple name of the annotation that asks for it. */
        public String annotation() {
            return annotation;
        }
    }

    /**
     * {@code @Sum}, {@code @Avg}, {@code @Min} or {@code @Max} of a column of the related rows.
     *
     * @param function the aggregate function
     * @param hops the relations to the aggregated rows
     * @param column the aggregated column, from the reached table through to-one relations
     * @param coalesce whether no rows give 0 rather than {@code null} (a primitive component)
     * @param filter the condition on the aggregated rows
     */
    record Fold(Function function, List<Relation> hops, ColumnPath column, boolean coalesce, Optional<Filter> filter)
            implements OverRelation {
        public Fold {
            hops = List.copyOf(hops);
        }
    }

    /** {@code @Exists}: whether there is any related row. */
    record Exists(List<Relation> hops, Optional<Filter> filter) implements OverRelation {
        public Exists {
            hops = List.copyOf(hops);
        }
    }

    /**
     * {@code @First}: a column of the first related row in {@code orderBy} order, ties broken by the
     * reached table's {@code @Id} when it has one.
     */
    record First(List<Relation> hops, ColumnPath select, List<OrderKey> orderBy, Optional<Filter> filter)
            implements OverRelation {
        public First {
            hops = List.copyOf(hops);
            orderBy = List.copyOf(orderBy);
        }
    }

    /**
     * {@code @Sql}: an expression over the projection's row, as text and resolved placeholders in
     * the order they were written.
     */
    record Expression(List<Part> parts) implements Computation {
        public Expression {
            parts = List.copyOf(parts);
        }

        /** A piece of the expression: SQL copied as written, or a placeholder's column. */
        public sealed interface Part {}

        /** SQL text copied as written. */
        public record Text(String sql) implements Part {}

        /** A {@code {placeholder}}, replaced by its qualified column. */
        public record Placeholder(ColumnPath column) implements Part {}
    }
}
