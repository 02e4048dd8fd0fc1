package dev.nestql.bench.stream;

import dev.nestql.bench.Agreement;
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
 * Workload 5: {@code writeJson} of 1,000,000 rows in a 64 MB heap, against the same statement
 * read through a cursor by hand. {@link PeakHeap} reports the peak heap of each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class StreamBenchmark {
    private Connection connection;

    @Setup(Level.Trial)
    public void open() throws SQLException, IOException {
        connection = new StreamData().open();
        checkPeersAgree(connection);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    /** Both peers write the same text, a million rows of it. */
    public static void checkPeersAgree(Connection connection) throws SQLException, IOException {
        StreamPeers.Digest nestql = new StreamPeers.Digest();
        long rows = StreamPeers.nestql(connection, nestql);
        Agreement.check(rows == StreamData.ITEMS, "nestql wrote " + rows + " rows");
        StreamPeers.Digest hand = new StreamPeers.Digest();
        long handRows = StreamPeers.handCursor(connection, hand);
        Agreement.check(handRows == rows, "handCursor wrote " + handRows + " rows");
        String handJson = hand.hex();
        Agreement.check(nestql.hex().equals(handJson), "handCursor wrote other JSON than nestql");
        StreamPeers.Digest server = new StreamPeers.Digest();
        long serverRows = StreamPeers.nestqlServer(connection, server);
        Agreement.check(serverRows == rows, "writeServerJson wrote " + serverRows + " rows");
        Agreement.check(server.hex().equals(handJson), "writeServerJson wrote other JSON than the hand cursor");
    }

    @Benchmark
    public long writeJsonNestql() {
        StreamPeers.Discard out = new StreamPeers.Discard();
        StreamPeers.nestql(connection, out);
        return out.characters();
    }

    @Benchmark
    public long writeJsonNestqlServer() {
        StreamPeers.Discard out = new StreamPeers.Discard();
        StreamPeers.nestqlServer(connection, out);
        return out.characters();
    }

    @Benchmark
    public long writeJsonHandCursor() throws SQLException, IOException {
        StreamPeers.Discard out = new StreamPeers.Discard();
        StreamPeers.handCursor(connection, out);
        return out.characters();
    }
}
