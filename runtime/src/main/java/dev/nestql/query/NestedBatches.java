package dev.nestql.query;

import dev.nestql.internal.ColumnType;
import dev.nestql.internal.NestedRows;
import dev.nestql.internal.QueryDefinition;
import dev.nestql.internal.Statements;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a projection with nested lists, read a batch at a time: the cursor reads the
 * top-level rows ({@link Statements#nestedRoots}), and for each batch of up to the fetch size of
 * them one statement reads their nested rows ({@link Statements#nestedChildren}), bound with the
 * batch's top-level keys. Nested lists travel as rows, as they do for {@code list}, and memory
 * holds one batch: its top-level records and their children, never the whole result.
 *
 * @param <P> the projection record
 */
final class NestedBatches<P> implements Cursor.Records<P> {
    private final NestedRows<P> nestedRows;
    private final String childrenSql;
    private final int childrenParameters;
    private final ArrayDeque<P> ready = new ArrayDeque<>();
    private ResultSet keyRows;
    private int keyColumn;

    NestedBatches(QueryDefinition<P> definition) {
        this.nestedRows = definition.nestedRows().orElseThrow();
        this.childrenSql = Statements.nestedChildren(definition);
        this.childrenParameters = Statements.nestedChildrenParameters(definition);
    }

    /** Whether the records of {@code definition} can be read in batches: nested rows with a top-level key. */
    static boolean possible(QueryDefinition<?> definition) {
        return definition.nestedRows().flatMap(NestedRows::topLevelKey).isPresent();
    }

    @Override
    public P next(Cursor cursor) throws SQLException, IOException {
        if (ready.isEmpty()) {
            readBatch(cursor, nestedRows.topLevelKeyType());
        }
        return ready.poll();
    }

    /** Reads the next batch of top-level rows, then their nested rows; nothing after the last row. */
    private <K> void readBatch(Cursor cursor, ColumnType<K> keyType) throws SQLException, IOException {
        NestedRows.Tree<P> tree = nestedRows.tree();
        List<K> keys = new ArrayList<>(Math.min(cursor.fetchSize(), 1024));
        while (keys.size() < cursor.fetchSize() && cursor.advance()) {
            ResultSet row = cursor.row();
            tree.read(row);
            keys.add(keyType.read(row, keyColumn(row)));
        }
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement children = cursor.connection().prepareStatement(childrenSql)) {
            ColumnType<List<K>> array = keyType.list();
            for (int parameter = 1; parameter <= childrenParameters; parameter++) {
                array.bind(children, parameter, keys);
            }
            try (ResultSet rows = children.executeQuery()) {
                while (rows.next()) {
                    tree.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new NestqlException(e, childrenSql);
        }
        ready.addAll(tree.records());
    }

    /** The last column of the top-level rows, which holds the key. */
    private int keyColumn(ResultSet row) throws SQLException {
        if (row != keyRows) {
            keyRows = row;
            keyColumn = row.getMetaData().getColumnCount();
        }
        return keyColumn;
    }
}
