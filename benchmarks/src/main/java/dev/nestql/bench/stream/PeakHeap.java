package dev.nestql.bench.stream;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;

/**
 * Workload 5's memory figure: writes the million rows once with nestql's {@code writeJson} and once
 * by hand, and prints the time and the peak heap of each (the sum of the heap pools' peak usage,
 * reset before each). Run it with the heap the issue sets:
 *
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar dev.nestql.bench.stream.PeakHeap
 * </pre>
 */
public final class PeakHeap {
    private PeakHeap() {}

    public static void main(String[] args) throws Exception {
        try (Connection connection = new StreamData().open()) {
            for (int round = 1; round <= 3; round++) {
                measure("nestql writeJson", () -> StreamPeers.nestql(connection, new StreamPeers.Discard()), round);
                measure("hand-written cursor", () -> StreamPeers.handCursor(connection, new StreamPeers.Discard()), round);
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
