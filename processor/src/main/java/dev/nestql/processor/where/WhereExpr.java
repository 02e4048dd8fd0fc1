package dev.nestql.processor.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed where condition: the tree that {@link WhereParser} builds and {@link WhereRenderer} turns into SQL.
 *
 * <p>Chains of the same connective are flattened, so {@code a and b and c} is a single {@link And} with three
 * operands. Every node is immutable.
 */
public sealed interface WhereExpr {

    /**
     * Conditions that must all hold.
     *
     * @param operands the conditions, at least two, in text order
     */
    record And(List<WhereExpr> operands) implements WhereExpr {

        /**
         * Copies the operands and checks there are at least two.
         *
         * @throws IllegalArgumentException if there are fewer than two operands
         */
        public And {
            operands = atLeastTwo(operands, "And");
        }
    }

    /**
     * Conditions of which at least one must hold.
     *
     * @param operands the conditions, at least two, in text order
     */
    record Or(List<WhereExpr> operands) implements WhereExpr {

        /**
         * Copies the operands and checks there are at least two.
         *
         * @throws IllegalArgumentException if there are fewer than two operands
         */
        public Or {
            operands = atLeastTwo(operands, "Or");
        }
    }

    /**
     * The negation of a condition.
     *
     * @param operand the condition that must not hold
     */
    record Not(WhereExpr operand) implements WhereExpr {

        /**
         * Checks that the operand is present.
         */
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /**
     * A path compared with a constant, such as {@code price < 10}.
     *
     * @param path the compared path
     * @param operator the comparison
     * @param literal the constant the path is compared with
     */
    record Comparison(PathRef path, Operator operator, Literal literal) implements WhereExpr {

        /**
         * Checks that every part is present.
         */
        public Comparison {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(literal, "literal");
        }
    }

    /**
     * A path matched against an SQL {@code LIKE} pattern, such as {@code name like 'B%'}.
     *
     * @param path the matched path
     * @param pattern the unescaped pattern, with SQL's {@code %} and {@code _} wildcards
     * @param negated whether the condition is {@code not like}
     */
    record Like(PathRef path, String pattern, boolean negated) implements WhereExpr {

        /**
         * Checks that every part is present.
         */
        public Like {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /**
     * A path looked up in a list of constants, such as {@code status in ('new', 'open')}.
     *
     * @param path the path looked up
     * @param values the constants, at least one, in text order
     * @param negated whether the condition is {@code not in}
     */
    record In(PathRef path, List<Literal> values, boolean negated) implements WhereExpr {

        /**
         * Copies the values and checks there is at least one, since SQL has no empty {@code IN} list.
         *
         * @throws IllegalArgumentException if there are no values
         */
        public In {
            Objects.requireNonNull(path, "path");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("In needs at least one value");
            }
        }
    }

    /**
     * A test of a path for SQL {@code NULL}, such as {@code deleted_at is null}.
     *
     * @param path the tested path
     * @param negated whether the condition is {@code is not null}
     */
    record IsNull(PathRef path, boolean negated) implements WhereExpr {

        /**
         * Checks that the path is present.
         */
        public IsNull {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * Every path in this expression, in text order.
     *
     * <p>Callers use this to resolve and validate all paths before rendering.
     *
     * @return the paths, including repeats, as an unmodifiable list
     */
    default List<PathRef> paths() {
        List<PathRef> paths = new ArrayList<>();
        collectPaths(this, paths);
        return List.copyOf(paths);
    }

    private static void collectPaths(WhereExpr expr, List<PathRef> paths) {
        if (expr instanceof And and) {
            and.operands().forEach(operand -> collectPaths(operand, paths));
        } else if (expr instanceof Or or) {
            or.operands().forEach(operand -> collectPaths(operand, paths));
        } else if (expr instanceof Not not) {
            collectPaths(not.operand(), paths);
        } else if (expr instanceof Comparison comparison) {
            paths.add(comparison.path());
        } else if (expr instanceof Like like) {
            paths.add(like.path());
        } else if (expr instanceof In in) {
            paths.add(in.path());
        } else if (expr instanceof IsNull isNull) {
            paths.add(isNull.path());
        }
    }

    private static List<WhereExpr> atLeastTwo(List<WhereExpr> operands, String kind) {
        List<WhereExpr> copy = List.copyOf(operands);
        if (copy.size() < 2) {
            throw new IllegalArgumentException(kind + " needs at least two operands but got " + copy.size());
        }
        return copy;
    }
}
