package dev.nestql.processor.sql.tree;

import java.util.List;

/**
 * Writes SQL trees as PostgreSQL text, on one line: the only place where clauses are put
 * together. Whatever a tree holds, the text has its keywords, parentheses and separators in
 * place; names and values are quoted where the tree's text is made.
 */
public final class SqlWriter {
    private final StringBuilder sql = new StringBuilder();

    private SqlWriter() {}

    /** {@code query} as SQL text. */
    public static String query(Query query) {
        return new SqlWriter().write(query).sql.toString();
    }

    /** {@code expr} as SQL text. */
    public static String expr(Expr expr) {
        return new SqlWriter().write(expr).sql.toString();
    }

    /** A select list as SQL text: the items separated by commas. */
    public static String items(List<Item> items) {
        SqlWriter writer = new SqlWriter();
        writer.items(items, ", ");
        return writer.sql.toString();
    }

    /** A {@code FROM} clause as SQL text, without the keyword. */
    public static String from(From from) {
        return new SqlWriter().write(from).sql.toString();
    }

    /** Joins as SQL text, each starting with a space. */
    public static String joins(List<Join> joins) {
        SqlWriter writer = new SqlWriter();
        for (Join join : joins) {
            writer.write(join);
        }
        return writer.sql.toString();
    }

    /** A join as SQL text, starting with a space. */
    public static String join(Join join) {
        return new SqlWriter().write(join).sql.toString();
    }

    private SqlWriter write(Query query) {
        if (query instanceof Select select) {
            return write(select);
        }
        List<Query> branches = ((Union) query).branches();
        for (int i = 0; i < branches.size(); i++) {
            sql.append(i == 0 ? "(" : " UNION ALL (");
            write(branches.get(i)).sql.append(')');
        }
        return this;
    }

    private SqlWriter write(Select select) {
        sql.append("SELECT ");
        if (select.distinct()) {
            sql.append("DISTINCT ");
        }
        if (!select.distinctOn().isEmpty()) {
            sql.append("DISTINCT ON (");
            exprs(select.distinctOn());
            sql.append(") ");
        }
        items(select.items(), ", ");
        if (select.from().isPresent()) {
            sql.append(" FROM ");
            write(select.from().get());
        }
        if (select.where().isPresent()) {
            sql.append(" WHERE ");
            write(select.where().get());
        }
        if (!select.groupBy().isEmpty()) {
            sql.append(" GROUP BY ");
            exprs(select.groupBy());
        }
        for (int i = 0; i < select.orderBy().size(); i++) {
            Order key = select.orderBy().get(i);
            sql.append(i == 0 ? " ORDER BY " : ", ");
            write(key.value()).sql.append(key.direction().sql);
        }
        select.limit().ifPresent(limit -> sql.append(" LIMIT ").append(limit));
        if (select.offsetZero()) {
            sql.append(" OFFSET 0");
        }
        return this;
    }

    private void items(List<Item> items, String separator) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            sql.append(i == 0 ? "" : separator);
            write(item.value());
            item.name().ifPresent(name -> sql.append(" AS ").append(name));
        }
    }

    private void exprs(List<Expr> exprs) {
        for (int i = 0; i < exprs.size(); i++) {
            sql.append(i == 0 ? "" : ", ");
            write(exprs.get(i));
        }
    }

    private SqlWriter write(From from) {
        write(from.first());
        for (Join join : from.joins()) {
            write(join);
        }
        return this;
    }

    private SqlWriter write(Join join) {
        sql.append(' ').append(join.kind().sql).append(' ');
        write(join.item());
        sql.append(" ON ");
        return write(join.on());
    }

    private SqlWriter write(FromItem item) {
        if (item instanceof FromItem.Table table) {
            sql.append(table.name()).append(' ').append(table.alias());
        } else if (item instanceof FromItem.Derived derived) {
            sql.append('(');
            write(derived.query()).sql.append(") ").append(derived.alias());
            if (!derived.columns().isEmpty()) {
                sql.append('(').append(String.join(", ", derived.columns())).append(')');
            }
        } else {
            FromItem.Function function = (FromItem.Function) item;
            write(function.call()).sql.append(" AS ").append(function.alias());
        }
        return this;
    }

    private SqlWriter write(Expr expr) {
        if (expr instanceof Expr.Text text) {
            sql.append(text.sql());
        } else if (expr instanceof Expr.Concat concat) {
            for (Expr part : concat.parts()) {
                write(part);
            }
        } else {
            sql.append('(');
            write(((Expr.Subquery) expr).query()).sql.append(')');
        }
        return this;
    }
}
