package dev.nestql.processor.where;

import dev.nestql.processor.where.Literal.BooleanLiteral;
import dev.nestql.processor.where.Literal.NumberLiteral;
import dev.nestql.processor.where.Literal.StringLiteral;
import dev.nestql.processor.where.WhereExpr.And;
import dev.nestql.processor.where.WhereExpr.Comparison;
import dev.nestql.processor.where.WhereExpr.In;
import dev.nestql.processor.where.WhereExpr.IsNull;
import dev.nestql.processor.where.WhereExpr.Like;
import dev.nestql.processor.where.WhereExpr.Not;
import dev.nestql.processor.where.WhereExpr.Or;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a parsed where condition as an SQL condition, for the generated query's {@code WHERE} or join
 * clause.
 *
 * <p>Constants are written inline (strings quoted with embedded quotes doubled, numbers as written), so the
 * result needs no bind parameters. Parentheses are added only where precedence needs them, and the output
 * depends only on the input, so generated code is stable from build to build.
 */
public final class WhereRenderer {

    private WhereRenderer() {
    }

    /**
     * Renders a condition as SQL.
     *
     * @param expr the condition to render
     * @param columnSql gives the SQL for each path, e.g. {@code t1."name"}; it is called once for every path
     *     occurrence, in text order
     * @return the SQL condition, e.g. {@code t1."price" < 10 AND t1."status" = 'active'}
     */
    public static String toSql(WhereExpr expr, Function<PathRef, String> columnSql) {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(columnSql, "columnSql");
        return new Rendering(columnSql).render(expr);
    }

    /** One rendering run, holding the caller's path mapping. */
    private static final class Rendering {

        private final Function<PathRef, String> columnSql;

        Rendering(Function<PathRef, String> columnSql) {
            this.columnSql = columnSql;
        }

        String render(WhereExpr expr) {
            if (expr instanceof And and) {
                return join(and.operands(), " AND ", true);
            } else if (expr instanceof Or or) {
                return join(or.operands(), " OR ", false);
            } else if (expr instanceof Not not) {
                return "NOT (" + render(not.operand()) + ")";
            } else if (expr instanceof Comparison comparison) {
                return column(comparison.path()) + " " + comparison.operator().sql() + " "
                        + literal(comparison.literal());
            } else if (expr instanceof Like like) {
                return column(like.path()) + (like.negated() ? " NOT LIKE " : " LIKE ") + quote(like.pattern());
            } else if (expr instanceof In in) {
                return column(in.path()) + (in.negated() ? " NOT IN (" : " IN (") + literals(in.values()) + ")";
            } else if (expr instanceof IsNull isNull) {
                return column(isNull.path()) + (isNull.negated() ? " IS NOT NULL" : " IS NULL");
            }
            throw new IllegalArgumentException("unknown condition: " + expr);
        }

        /** Joins operands; inside an AND, an OR operand needs parentheses because AND binds tighter. */
        private String join(List<WhereExpr> operands, String separator, boolean parenthesiseOr) {
            StringBuilder sql = new StringBuilder();
            for (WhereExpr operand : operands) {
                if (sql.length() > 0) {
                    sql.append(separator);
                }
                String rendered = render(operand);
                sql.append(parenthesiseOr && operand instanceof Or ? "(" + rendered + ")" : rendered);
            }
            return sql.toString();
        }

        private String column(PathRef path) {
            return Objects.requireNonNull(columnSql.apply(path), () -> "columnSql returned null for " + path);
        }
    }

    private static String literals(List<Literal> values) {
        return values.stream().map(WhereRenderer::literal).collect(Collectors.joining(", "));
    }

    private static String literal(Literal literal) {
        if (literal instanceof StringLiteral string) {
            return quote(string.value());
        } else if (literal instanceof NumberLiteral number) {
            return number.text();
        } else if (literal instanceof BooleanLiteral bool) {
            return bool.value() ? "TRUE" : "FALSE";
        }
        throw new IllegalArgumentException("unknown literal: " + literal);
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
