package dev.nestql.bench;

import dev.nestql.bench.inventory.InventoryBenchmark;
import dev.nestql.bench.inventory.InventoryData;
import dev.nestql.bench.nested.NestedBenchmark;
import dev.nestql.bench.nested.NestedData;
import dev.nestql.bench.shop.ShopBenchmark;
import dev.nestql.bench.stream.StreamBenchmark;
import dev.nestql.bench.stream.StreamData;
import dev.nestql.bench.shop.ShopData;
import dev.nestql.bench.world.WorldBenchmark;
import dev.nestql.bench.world.WorldData;
import dev.nestql.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' peers return the same records and JSON as nestql on the full data sets, the
 * check each benchmark also runs before it times anything: run in the normal build, so that a peer
 * that drifts is caught without running JMH.
 */
class PeersAgreeTest {
    @BeforeAll
    static void useTestServer() {
        BenchDatabase.useServer(TestDatabase.url());
    }

    @AfterAll
    static void dropDataSets() throws Exception {
        try (Connection connection = BenchDatabase.connect("public"); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + new ShopData().schema() + " CASCADE");
            statement.execute("DROP SCHEMA IF EXISTS " + new InventoryData().schema() + " CASCADE");
            statement.execute("DROP SCHEMA IF EXISTS " + new WorldData().schema() + " CASCADE");
            statement.execute("DROP SCHEMA IF EXISTS " + new StreamData().schema() + " CASCADE");
            statement.execute("DROP SCHEMA IF EXISTS " + new NestedData().schema() + " CASCADE");
        }
    }

    @Test
    void shopPeersAgree() throws Exception {
        try (Connection connection = new ShopData().open()) {
            ShopBenchmark.checkPeersAgree(connection, Jooq.on(connection), null);
            ShopBenchmark.checkPeersAgree(connection, Jooq.on(connection), 7L);
        }
    }

    @Test
    void worldPeersAgree() throws Exception {
        try (Connection connection = new WorldData().open()) {
            WorldBenchmark.checkPeersAgree(connection, Jooq.on(connection));
        }
    }

    @Test
    void streamPeersWriteTheSameMillionRows() throws Exception {
        try (Connection connection = new StreamData().open()) {
            StreamBenchmark.checkPeersAgree(connection);
        }
    }

    @Test
    void nestedPeersWriteTheSameOrders() throws Exception {
        try (Connection connection = new NestedData().open()) {
            NestedBenchmark.checkPeersAgree(connection);
        }
    }

    @Test
    void inventoryPeersAgreeOnAPage() throws Exception {
        // The full table is checked by the benchmark itself: the naive multi-join takes seconds there.
        try (Connection connection = new InventoryData().open()) {
            InventoryBenchmark.checkPeersAgree(connection, true);
        }
    }
}
