package dev.nestql.bench.nested;

import dev.nestql.bench.Explain;
import dev.nestql.bench.stream.StreamPeers;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/** Workload 6's ways of writing every order with its lines as one JSON array, a batch at a time. */
public final class NestedPeers {
    private NestedPeers() {}

    public static OrderViewQuery nestqlQuery() {
        return OrderViewQuery.select().orderBy(OrderViewQuery.ID.asc()).fetchSize(StreamPeers.FETCH_SIZE);
    }

    /** {@code writeJson}: the orders through a cursor, each batch's lines by their keys, JSON written in Java. */
    public static long nestql(Connection connection, Writer out) {
        return nestqlQuery().writeJson(connection, out);
    }

    /** {@code writeServerJson}: each order's object, its lines included, built by PostgreSQL. */
    public static long nestqlServer(Connection connection, Writer out) {
        return nestqlQuery().writeServerJson(connection, out);
    }

    // What a user writes by hand: each order's object with a json_agg of its lines, through a cursor.
    private static final String HAND_SQL = """
            SELECT json_build_object('id', o.id, 'customer', o.customer, 'placedAt', o.placed_at, 'lines',
                     (SELECT coalesce(json_agg(json_build_object('id', l.id, 'sku', l.sku, 'quantity', l.quantity,
                                                                 'unitPrice', l.unit_price) ORDER BY l.id), '[]'::json)
                      FROM order_line l WHERE l.order_id = o.id))::text
            FROM purchase_order o ORDER BY o.id""";

    /** The hand-written statement, through a cursor. */
    public static long handCursor(Connection connection, Writer out) throws SQLException, IOException {
        return StreamPeers.handCursor(connection, out, HAND_SQL);
    }

    /**
     * Each peer's statements, for {@code ServerTimes}: nestql's {@code writeJson} runs the orders'
     * statement and one statement per batch of 1,000 orders for their lines.
     */
    public static Map<String, List<Explain.Statement>> serverStatements() {
        Map<String, List<Explain.Statement>> statements = new LinkedHashMap<>();
        List<Explain.Statement> batched = new ArrayList<>();
        batched.add(new Explain.Statement(nestqlQuery().streamSql()));
        for (long first = 1; first <= NestedData.ORDERS; first += StreamPeers.FETCH_SIZE) {
            batched.add(new Explain.Statement(nestqlQuery().nestedChildrenSql(),
                    (Object) LongStream.range(first, first + StreamPeers.FETCH_SIZE).toArray()));
        }
        statements.put("writeJsonNestql", batched);
        statements.put("writeJsonNestqlServer", List.of(new Explain.Statement(nestqlQuery().writeServerJsonSql())));
        statements.put("writeJsonHandCursor", List.of(new Explain.Statement(HAND_SQL)));
        return statements;
    }
}
