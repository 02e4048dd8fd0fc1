package dev.nestql.bench.stream;

import dev.nestql.bench.nested.NestedData;
import dev.nestql.bench.nested.NestedPeers;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;

/**
 * Workloads 5 and 6's memory figures: writes the rows with nestql's {@code writeJson}, with its
 * {@code writeServerJson} and by hand, and prints the time and the peak heap of each (the sum of
 * the heap pools' peak usage,
 * reset before each). Run it with the heap the issue sets:
 *
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar dev.nestql.bench.stream.PeakHeap
 * </pre>
 */
public final class PeakHeap {
    private PeakHeap() {}

    public static void main(String[] args) throws Exception {
        System.out.println("Workload 5: 1,000,000 items");
        try (Connection connection = new StreamData().open()) {
            for (int round = 1; round <= 3; round++) {
                measure("nestql writeJson", () -> StreamPeers.nestql(connection, new StreamPeers.Discard()), round);
                measure("nestql writeServerJson", () -> StreamPeers.nestqlServer(connection, new StreamPeers.Discard()), round);
                measure("hand-written cursor", () -> StreamPeers.handCursor(connection, new StreamPeers.Discard()), round);
            }
        }
        System.out.println("Workload 6: 100,000 orders with 10 lines each");
        try (Connection connection = new NestedData().open()) {
            for (int round = 1; round <= 3; round++) {
                measure("nestql writeJson", () -> NestedPeers.nestql(connection, new StreamPeers.Discard()), round);
                measure("nestql writeServerJson", () -> NestedPeers.nestqlServer(connection, new StreamPeers.Discard()), round);
                measure("hand-written cursor", () -> NestedPeers.handCursor(connection, new StreamPeers.Discard()), round);
            }
        }
        System.out.printf("max heap (-Xmx): %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private interface Run {
        long rows() throws Exception;
    }

    private static void measure(String peer, Run run, int round) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        long start = System.nanoTime();
        long rows = run.rows();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("round %d  %-20s %,d rows in %,d ms, peak heap %.1f MB%n", round, peer, rows, millis, peak / 1048576.0);
    }
}
