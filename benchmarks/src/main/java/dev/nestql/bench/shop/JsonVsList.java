package dev.nestql.bench.shop;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ratio of {@code json()}'s time to {@code list()}'s on workload 1 (or 2, given a venue), in
 * one JVM: blocks of calls of each in turn, so that both see the same load on a shared machine,
 * which JMH's runs of one benchmark after the other do not. Not a JMH benchmark: its figures are
 * ratios only, beside JMH's.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.nestql.bench.shop.JsonVsList [venue]</pre>
 */
public final class JsonVsList {
    private static final int ROUNDS = 30;
    private static final int WARM_UP_ROUNDS = 10;

    private JsonVsList() {}

    public static void main(String[] args) throws SQLException {
        Long venue = args.length > 0 ? Long.valueOf(args[0]) : null;
        int calls = venue == null ? 20 : 400;
        List<Double> list = new ArrayList<>();
        List<Double> json = new ArrayList<>();
        long checksum = 0;
        try (Connection connection = new ShopData().open()) {
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                for (int call = 0; call < calls; call++) {
                    checksum += ShopPeers.nestql(connection, venue).size();
                }
                long middle = System.nanoTime();
                for (int call = 0; call < calls; call++) {
                    checksum += ShopPeers.nestqlJson(connection, venue).length();
                }
                long end = System.nanoTime();
                if (round >= WARM_UP_ROUNDS) {
                    list.add((middle - start) / 1e6 / calls);
                    json.add((end - middle) / 1e6 / calls);
                }
            }
        }
        double listMedian = median(list);
        double jsonMedian = median(json);
        System.out.printf("list %.3f ms, json %.3f ms, json / list %.3f (checksum %d)%n",
                listMedian, jsonMedian, jsonMedian / listMedian, checksum);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
