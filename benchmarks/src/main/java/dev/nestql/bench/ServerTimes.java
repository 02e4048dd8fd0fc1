package dev.nestql.bench;

import dev.nestql.bench.inventory.InventoryData;
import dev.nestql.bench.inventory.InventoryPeers;
import dev.nestql.bench.nested.NestedData;
import dev.nestql.bench.nested.NestedPeers;
import dev.nestql.bench.shop.ShopData;
import dev.nestql.bench.shop.ShopPeers;
import dev.nestql.bench.world.WorldData;
import dev.nestql.bench.world.WorldPeers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The server-side execution time of each peer's statements (the sum over its statements, median
 * of 5 runs after 2 warm-ups, from {@code EXPLAIN (ANALYZE, TIMING OFF)}), as Markdown tables for
 * BENCHMARKS.md: how close each client's time comes to the database's own cost.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.nestql.bench.ServerTimes
 * </pre>
 */
public final class ServerTimes {
    private ServerTimes() {}

    public static void main(String[] args) throws SQLException {
        try (Connection shop = new ShopData().open()) {
            table("ShopBenchmark (rows=all)", shop, ShopPeers.serverStatements(shop, Jooq.on(shop), null));
            table("ShopBenchmark (rows=venue)", shop, ShopPeers.serverStatements(shop, Jooq.on(shop), 7L));
        }
        try (Connection inventory = new InventoryData().open()) {
            table("InventoryBenchmark (rows=all)", inventory, InventoryPeers.serverStatements(false));
            table("InventoryBenchmark (rows=page)", inventory, InventoryPeers.serverStatements(true));
        }
        try (Connection world = new WorldData().open()) {
            table("WorldBenchmark", world, WorldPeers.serverStatements(world, Jooq.on(world)));
        }
        try (Connection nested = new NestedData().open()) {
            table("NestedBenchmark", nested, NestedPeers.serverStatements());
        }
    }

    private static void table(String title, Connection connection, Map<String, List<Explain.Statement>> peers)
            throws SQLException {
        System.out.println("#### " + title + ", server time\n");
        System.out.println("| Peer | Statements | Server time (median) |");
        System.out.println("|---|---:|---:|");
        for (Map.Entry<String, List<Explain.Statement>> peer : peers.entrySet()) {
            int statements = peer.getValue().size();
            double millis = Explain.medianMillis(connection, peer.getValue(), statements > 100 ? 1 : 2, statements > 100 ? 3 : 5);
            System.out.printf("| `%s` | %,d | %,.2f ms |%n", peer.getKey(), statements, millis);
        }
        System.out.println();
    }
}
