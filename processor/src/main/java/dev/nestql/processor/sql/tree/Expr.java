package dev.nestql.processor.sql.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An SQL expression: text, in which subqueries are nodes of their own. Column references,
 * operators and function calls stay text (their names are quoted where they are made); a
 * statement inside an expression ({@code (SELECT ...)}, {@code EXISTS (SELECT ...)},
 * {@code ARRAY(SELECT ...)}) is a {@link Subquery}, so the tree reaches every statement.
 */
public sealed interface Expr permits Expr.Text, Expr.Concat, Expr.Subquery {

    /** SQL text that holds no statement. */
    record Text(String sql) implements Expr {
        public Text {
            Objects.requireNonNull(sql, "sql");
        }
    }

    /** Parts written one after the other. */
    record Concat(List<Expr> parts) implements Expr {
        public Concat {
            parts = List.copyOf(parts);
        }
    }

    /** A statement in parentheses. */
    record Subquery(Query query) implements Expr {
        public Subquery {
            Objects.requireNonNull(query, "query");
        }
    }

    /** {@code sql} as an expression. */
    static Expr text(String sql) {
        return new Text(sql);
    }

    /**
     * The parts, written one after the other: each a {@link String} (text), an {@link Expr} or a
     * {@link Query} (a subquery, in parentheses).
     */
    static Expr of(Object... parts) {
        List<Expr> exprs = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String text) {
                exprs.add(new Text(text));
            } else if (part instanceof Expr expr) {
                exprs.add(expr);
            } else if (part instanceof Query query) {
                exprs.add(new Subquery(query));
            } else {
                throw new IllegalArgumentException("not an SQL part: " + part);
            }
        }
        return exprs.size() == 1 ? exprs.get(0) : new Concat(exprs);
    }

    /** The expressions, separated by {@code separator}. */
    static Expr join(String separator, List<Expr> exprs) {
        List<Object> parts = new ArrayList<>();
        for (Expr expr : exprs) {
            if (!parts.isEmpty()) {
                parts.add(separator);
            }
            parts.add(expr);
        }
        return parts.isEmpty() ? new Text("") : of(parts.toArray());
    }

    /** This expression as SQL text. */
    default String sql() {
        return SqlWriter.expr(this);
    }
}
