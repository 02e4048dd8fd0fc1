package dev.nestql.processor.sql;

import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.Handle;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.sql.tree.Item;
import dev.nestql.processor.sql.tree.Join;
import dev.nestql.processor.sql.tree.SqlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a projection's SQL ({@link ProjectionSql}): one statement for the whole tree, nested
 * projections as correlated subqueries ({@link ComponentValues}), the projection's own aggregates
 * as joined relations ({@link JoinedAggregates}), and, where nested lists can travel as rows of
 * their own, the parts of the statement of {@code list} ({@link NestedRowsRenderer}).
 *
 * <p>Every rendering starts from the same aliases: the typed select list, the JSON object, the
 * joined aggregates and the nested-rows branches render the same components, in the same scope
 * of the projection's rows, and give them the same aliases.
 */
public final class SqlRenderer {
    private SqlRenderer() {}

    /** Renders the SQL of {@code projection}. */
    public static ProjectionSql render(ProjectionModel projection) {
        Aliases aliases = Aliases.first();
        Scope top = new Scope(aliases.next(), aliases);
        Map<Handle, String> handles = new LinkedHashMap<>();
        for (Handle handle : projection.handles()) {
            handles.put(handle, handle.target() instanceof Component.Computed computed
                    ? ComputationSql.perRow(computed.computation(), computed.type(), top).sql()
                    : top.column((ColumnPath) handle.target()));
        }
        Aliases json = aliases.fork();
        Aliases joined = aliases.fork();
        Aliases nested = aliases.fork();

        JoinedAggregates joinedAggregates = new JoinedAggregates(projection.components());
        ComponentValues values = new ComponentValues(top.alias(), joinedAggregates);
        List<String> items = new ArrayList<>();
        for (Component component : projection.components()) {
            Item item = values.typedItem(component, top);
            items.add(SqlWriter.items(List.of(item)));
        }
        String jsonObject = values.object(projection, top.withAliases(json), ComponentValues.Mode.KEYED).sql();

        Optional<ProjectionSql.Aggregates> aggregates = Optional.empty();
        if (!joinedAggregates.isEmpty()) {
            aggregates = Optional.of(new ProjectionSql.Aggregates(
                    texts(joinedAggregates.joins(top.alias(), joined, false)),
                    texts(joinedAggregates.joins(top.alias(), joined, true))));
        }
        Optional<ProjectionSql.NestedRows> nestedRows =
                NestedRowsRenderer.render(projection, top.withAliases(nested), values);
        String table = SqlNames.table(projection.table().sqlName()) + ' ' + top.alias();
        return new ProjectionSql(items, jsonObject, table, SqlWriter.joins(top.joins()), aggregates, nestedRows, handles);
    }

    /** Each join as text, starting with a space. */
    private static List<String> texts(List<Join> joins) {
        List<String> texts = new ArrayList<>();
        for (Join join : joins) {
            texts.add(SqlWriter.join(join));
        }
        return texts;
    }
}
