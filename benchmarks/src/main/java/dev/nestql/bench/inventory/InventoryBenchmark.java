package dev.nestql.bench.inventory;

import dev.nestql.bench.Agreement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 3: the per-location statistics for all 2,000 locations ({@code rows=all}) and for a
 * filtered page of 20 ({@code rows=page}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class InventoryBenchmark {
    @Param({"all", "page"})
    public String rows;

    private Connection connection;
    private boolean page;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        connection = new InventoryData().open();
        page = rows.equals("page");
        checkPeersAgree(connection, page);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    /** Every peer returns nestql's records. */
    public static void checkPeersAgree(Connection connection, boolean page) throws SQLException {
        List<LocationStats> expected = InventoryPeers.nestql(connection, page);
        Agreement.check(expected.size() == (page ? InventoryPeers.PAGE_SIZE : InventoryData.LOCATIONS),
                "unexpected number of locations: " + expected.size());
        if (!page) {
            Agreement.check(expected.stream().mapToLong(LocationStats::deviceCount).sum() == 100_000,
                    "the device counts do not add up to 100,000");
        }
        Agreement.sameRecords("handBest", expected, InventoryPeers.handBest(connection, page));
        Agreement.sameRecords("naiveCountDistinct", expected, InventoryPeers.naiveCountDistinct(connection, page));
    }

    @Benchmark
    public List<LocationStats> typedNestql() {
        return InventoryPeers.nestql(connection, page);
    }

    @Benchmark
    public List<LocationStats> typedHandBest() throws SQLException {
        return InventoryPeers.handBest(connection, page);
    }

    @Benchmark
    public List<LocationStats> typedNaiveCountDistinct() throws SQLException {
        return InventoryPeers.naiveCountDistinct(connection, page);
    }
}
