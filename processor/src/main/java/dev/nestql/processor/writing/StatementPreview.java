package dev.nestql.processor.writing;

import dev.nestql.internal.NestedRows;
import dev.nestql.internal.QueryDefinition;
import dev.nestql.internal.Statements;
import dev.nestql.processor.sql.ProjectionSql;

/**
 * The statements a generated class will run, put together by the runtime's own
 * {@link Statements} from the parts the class is given, for its Javadoc: what the Javadoc shows
 * is what runs, with no second assembly here.
 */
final class StatementPreview {
    private StatementPreview() {}

    /** The statement of {@code list} reading every row, its branches on lines of their own. */
    static String nestedRows(ProjectionSql sql) {
        QueryDefinition<Object> definition = definition(sql);
        return Statements.nestedRows(definition, Statements.Clauses.NONE).replace(") UNION ALL (", ")\nUNION ALL\n(");
    }

    /** The runtime's definition of the parts of {@code sql}; its readers read nothing. */
    private static QueryDefinition<Object> definition(ProjectionSql sql) {
        QueryDefinition.Builder<Object> definition = QueryDefinition.<Object>builder(row -> null)
                .selectList(String.join(", ", sql.selectItems()))
                .jsonObject(sql.jsonObject())
                .table(sql.table())
                .joins(sql.joins());
        sql.aggregates().ifPresent(aggregates -> definition.aggregates(
                String.join("", aggregates.perRow()), String.join("", aggregates.wholeTable())));
        sql.nestedRows().ifPresent(nestedRows -> {
            NestedRows.Builder<Object> parts = NestedRows.<Object>builder(() -> {
                throw new UnsupportedOperationException("a preview reads no rows");
            });
            parts.rootItems(nestedRows.rootItems());
            for (NestedRows.Branch branch : nestedRows.branches()) {
                parts.branch(branch.rows(), branch.everyRow());
            }
            definition.nestedRows(parts.build());
        });
        return definition.build();
    }
}
