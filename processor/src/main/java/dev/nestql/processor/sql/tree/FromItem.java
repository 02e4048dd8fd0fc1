package dev.nestql.processor.sql.tree;

import java.util.List;
import java.util.Objects;

/** What a {@code FROM} clause or a join reads rows from, under an alias. */
public sealed interface FromItem permits FromItem.Table, FromItem.Derived, FromItem.Function {

    /**
     * A table.
     *
     * @param name the table's name as SQL text (quoted, schema-qualified where it needs to be)
     * @param alias its alias
     */
    record Table(String name, String alias) implements FromItem {
        public Table {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(alias, "alias");
        }
    }

    /**
     * A derived table: {@code (query) alias} or {@code (query) alias(column, ...)}.
     *
     * @param query the statement whose rows it holds
     * @param alias its alias
     * @param columns the names of its columns, or empty for the names the statement gives them
     */
    record Derived(Query query, String alias, List<String> columns) implements FromItem {
        public Derived {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(alias, "alias");
            columns = List.copyOf(columns);
        }
    }

    /**
     * A set-returning function: {@code call AS alias}.
     *
     * @param call the call, with any {@code WITH ORDINALITY}
     * @param alias its alias as SQL text, with the names of its columns
     */
    record Function(Expr call, String alias) implements FromItem {
        public Function {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(alias, "alias");
        }
    }
}
