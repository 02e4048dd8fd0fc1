package dev.nestql.bench.nested;

import dev.nestql.bench.Agreement;
import dev.nestql.bench.stream.StreamPeers;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 6: {@code writeJson} of 100,000 orders with 10 lines each in a 64 MB heap, against the
 * same JSON built by PostgreSQL (nestql's {@code writeServerJson}, and a hand-written statement
 * through a cursor). {@link dev.nestql.bench.stream.PeakHeap} reports the peak heap of each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class NestedBenchmark {
    private Connection connection;

    @Setup(Level.Trial)
    public void open() throws SQLException, IOException {
        connection = new NestedData().open();
        checkPeersAgree(connection);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    /** The three peers write the same JSON, token for token. */
    public static void checkPeersAgree(Connection connection) throws SQLException, IOException {
        StreamPeers.Digest nestql = new StreamPeers.Digest();
        long rows = NestedPeers.nestql(connection, nestql);
        Agreement.check(rows == NestedData.ORDERS, "nestql wrote " + rows + " orders");
        StreamPeers.Digest hand = new StreamPeers.Digest();
        Agreement.check(NestedPeers.handCursor(connection, hand) == rows, "handCursor wrote another number of orders");
        String handJson = hand.hex();
        Agreement.check(nestql.hex().equals(handJson), "handCursor wrote other JSON than nestql");
        StreamPeers.Digest server = new StreamPeers.Digest();
        Agreement.check(NestedPeers.nestqlServer(connection, server) == rows, "writeServerJson wrote another number");
        Agreement.check(server.hex().equals(handJson), "writeServerJson wrote other JSON than the hand cursor");
    }

    @Benchmark
    public long writeJsonNestql() {
        StreamPeers.Discard out = new StreamPeers.Discard();
        NestedPeers.nestql(connection, out);
        return out.characters();
    }

    @Benchmark
    public long writeJsonNestqlServer() {
        StreamPeers.Discard out = new StreamPeers.Discard();
        NestedPeers.nestqlServer(connection, out);
        return out.characters();
    }

    @Benchmark
    public long writeJsonHandCursor() throws SQLException, IOException {
        StreamPeers.Discard out = new StreamPeers.Discard();
        NestedPeers.handCursor(connection, out);
        return out.characters();
    }
}
