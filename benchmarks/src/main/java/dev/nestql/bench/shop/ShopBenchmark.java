package dev.nestql.bench.shop;

import dev.nestql.bench.Agreement;
import dev.nestql.bench.Jooq;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
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
 * Workloads 1 and 2: categories with their products, all 1,000 ({@code rows=all}) or the 50 of
 * one venue ({@code rows=venue}), as records ({@code typed*}) and as JSON ({@code json*}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ShopBenchmark {
    @Param({"all", "venue"})
    public String rows;

    private Connection connection;
    private DSLContext jooq;
    private Long venue;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        connection = new ShopData().open();
        jooq = Jooq.on(connection);
        venue = rows.equals("venue") ? 7L : null;
        checkPeersAgree(connection, jooq, venue);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    /** Every peer returns nestql's records or JSON, on the data set's expected shape. */
    public static void checkPeersAgree(Connection connection, DSLContext jooq, Long venue) throws SQLException {
        List<CategoryView> expected = ShopPeers.nestql(connection, venue);
        Agreement.check(expected.size() == (venue == null ? ShopData.CATEGORIES : ShopData.CATEGORIES / ShopData.VENUES),
                "unexpected number of categories: " + expected.size());
        Agreement.check(expected.stream().allMatch(c -> c.products().size() == ShopData.PRODUCTS_PER_CATEGORY),
                "a category without 20 products");
        Agreement.sameRecords("handDecoded", expected, ShopPeers.handDecoded(connection, venue));
        Agreement.sameRecords("nestqlStream", expected, ShopPeers.nestqlStream(connection, venue));
        Agreement.sameRecords("nPlusOne", expected, ShopPeers.nPlusOne(connection, venue));
        Agreement.sameRecords("joinRegroup", expected, ShopPeers.joinRegroup(connection, venue));
        Agreement.sameRecords("prefetch", expected, ShopPeers.prefetch(connection, venue));
        Agreement.sameRecords("jooqMultiset", expected, ShopPeers.jooqMultiset(jooq, venue));
        Agreement.sameRecords("unionAllSorted", expected, ShopPeers.unionAllSorted(connection, venue));
        Agreement.sameRecords("unionAllUnsorted", expected, ShopPeers.unionAllUnsorted(connection, venue));
        for (int call = 1; call <= 6; call++) { // pgjdbc reads the arrays as text for 5 calls, then in binary
            Agreement.sameRecords("arrayAgg, call " + call, expected, ShopPeers.arrayAgg(connection, venue));
        }
        Agreement.sameJson("handJsonAgg", ShopPeers.nestqlJson(connection, venue), ShopPeers.handJsonAgg(connection, venue));
        // The ranked lists hold the same products, in their own orders.
        List<CategoryView> byId = ShopPeers.nestql(connection, venue);
        List<RankedViews.CategoryLimited> limited = ShopPeers.nestqlLimited(connection, venue);
        Agreement.check(limited.size() == byId.size(), "the limited lists have other categories");
        for (int i = 0; i < byId.size(); i++) {
            Agreement.check(limited.get(i).products().equals(byId.get(i).products()), "limited products differ");
        }
        List<RankedViews.CategoryByName> byName = ShopPeers.nestqlByName(connection, venue);
        for (int i = 0; i < byId.size(); i++) {
            Agreement.check(new HashSet<>(byName.get(i).products()).equals(new HashSet<>(byId.get(i).products())),
                    "products by name differ");
        }
        Agreement.sameJson("nestqlServerJson", ShopPeers.nestqlJson(connection, venue), ShopPeers.nestqlServerJson(connection, venue));
        Agreement.sameJson("nestqlWriteJson", ShopPeers.nestqlJson(connection, venue), ShopPeers.nestqlWriteJson(connection, venue));
    }

    @Benchmark
    public List<CategoryView> typedNestql() {
        return ShopPeers.nestql(connection, venue);
    }

    @Benchmark
    public List<RankedViews.CategoryByName> typedNestqlByName() {
        return ShopPeers.nestqlByName(connection, venue);
    }

    @Benchmark
    public List<RankedViews.CategoryLimited> typedNestqlLimited() {
        return ShopPeers.nestqlLimited(connection, venue);
    }

    @Benchmark
    public List<CategoryView> typedNestqlStream() {
        return ShopPeers.nestqlStream(connection, venue);
    }

    @Benchmark
    public List<CategoryView> typedHandDecodedSameSql() throws SQLException {
        return ShopPeers.handDecoded(connection, venue);
    }

    @Benchmark
    public List<CategoryView> typedNPlusOne() throws SQLException {
        return ShopPeers.nPlusOne(connection, venue);
    }

    @Benchmark
    public List<CategoryView> typedJoinRegroup() throws SQLException {
        return ShopPeers.joinRegroup(connection, venue);
    }

    @Benchmark
    public List<CategoryView> typedPrefetch() throws SQLException {
        return ShopPeers.prefetch(connection, venue);
    }

    @Benchmark
    public List<CategoryView> typedJooqMultiset() {
        return ShopPeers.jooqMultiset(jooq, venue);
    }

    @Benchmark
    public List<CategoryView> typedUnionAllSorted() throws SQLException {
        return ShopPeers.unionAllSorted(connection, venue);
    }

    @Benchmark
    public List<CategoryView> typedUnionAllUnsorted() throws SQLException {
        return ShopPeers.unionAllUnsorted(connection, venue);
    }

    @Benchmark
    public List<CategoryView> typedArrayAgg() throws SQLException {
        return ShopPeers.arrayAgg(connection, venue);
    }

    @Benchmark
    public String jsonNestql() {
        return ShopPeers.nestqlJson(connection, venue);
    }

    @Benchmark
    public String jsonNestqlServer() {
        return ShopPeers.nestqlServerJson(connection, venue);
    }

    @Benchmark
    public String jsonNestqlWriteJson() {
        return ShopPeers.nestqlWriteJson(connection, venue);
    }

    @Benchmark
    public String jsonHandJsonAgg() throws SQLException {
        return ShopPeers.handJsonAgg(connection, venue);
    }
}
