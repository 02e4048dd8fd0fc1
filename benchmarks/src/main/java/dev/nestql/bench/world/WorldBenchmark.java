package dev.nestql.bench.world;

import dev.nestql.bench.Agreement;
import dev.nestql.bench.Jooq;
import java.sql.Connection;
import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Workload 4: every country with its cities and their addresses, 100,000 leaf rows. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class WorldBenchmark {
    private Connection connection;
    private DSLContext jooq;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        connection = new WorldData().open();
        jooq = Jooq.on(connection);
        checkPeersAgree(connection, jooq);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    /** Every peer returns nestql's records or JSON. */
    public static void checkPeersAgree(Connection connection, DSLContext jooq) throws SQLException {
        List<CountryView> expected = WorldPeers.nestql(connection);
        Agreement.check(expected.size() == WorldData.COUNTRIES, "unexpected number of countries: " + expected.size());
        Agreement.check(expected.stream().allMatch(country -> country.cities().size() == WorldData.CITIES_PER_COUNTRY
                        && country.cities().stream().allMatch(city -> city.addresses().size() == WorldData.ADDRESSES_PER_CITY)),
                "a country or city of unexpected size");
        Agreement.sameRecords("handDecoded", expected, WorldPeers.handDecoded(connection));
        Agreement.sameRecords("nestqlStream", expected, WorldPeers.nestqlStream(connection));
        Agreement.sameRecords("nPlusOne", expected, WorldPeers.nPlusOne(connection));
        Agreement.sameRecords("joinRegroup", expected, WorldPeers.joinRegroup(connection));
        Agreement.sameRecords("prefetch", expected, WorldPeers.prefetch(connection));
        Agreement.sameRecords("jooqMultiset", expected, WorldPeers.jooqMultiset(jooq));
        Agreement.sameRecords("unionAllSorted", expected, WorldPeers.unionAllSorted(connection));
        Agreement.sameRecords("unionAllUnsorted", expected, WorldPeers.unionAllUnsorted(connection));
        for (int call = 1; call <= 6; call++) { // pgjdbc reads the arrays as text for 5 calls, then in binary
            Agreement.sameRecords("arrayAgg, call " + call, expected, WorldPeers.arrayAgg(connection));
        }
        Agreement.sameJson("handJsonAgg", WorldPeers.nestqlJson(connection), WorldPeers.handJsonAgg(connection));
        Agreement.sameJson("nestqlServerJson", WorldPeers.nestqlJson(connection), WorldPeers.nestqlServerJson(connection));
        Agreement.sameJson("nestqlWriteJson", WorldPeers.nestqlJson(connection), WorldPeers.nestqlWriteJson(connection));
    }

    @Benchmark
    public List<CountryView> typedNestql() {
        return WorldPeers.nestql(connection);
    }

    @Benchmark
    public List<CountryView> typedNestqlStream() {
        return WorldPeers.nestqlStream(connection);
    }

    @Benchmark
    public List<CountryView> typedHandDecodedSameSql() throws SQLException {
        return WorldPeers.handDecoded(connection);
    }

    @Benchmark
    public List<CountryView> typedNPlusOne() throws SQLException {
        return WorldPeers.nPlusOne(connection);
    }

    @Benchmark
    public List<CountryView> typedJoinRegroup() throws SQLException {
        return WorldPeers.joinRegroup(connection);
    }

    @Benchmark
    public List<CountryView> typedPrefetch() throws SQLException {
        return WorldPeers.prefetch(connection);
    }

    @Benchmark
    public List<CountryView> typedJooqMultiset() {
        return WorldPeers.jooqMultiset(jooq);
    }

    @Benchmark
    public List<CountryView> typedUnionAllSorted() throws SQLException {
        return WorldPeers.unionAllSorted(connection);
    }

    @Benchmark
    public List<CountryView> typedUnionAllUnsorted() throws SQLException {
        return WorldPeers.unionAllUnsorted(connection);
    }

    @Benchmark
    public List<CountryView> typedArrayAgg() throws SQLException {
        return WorldPeers.arrayAgg(connection);
    }

    @Benchmark
    public String jsonNestql() {
        return WorldPeers.nestqlJson(connection);
    }

    @Benchmark
    public String jsonNestqlServer() {
        return WorldPeers.nestqlServerJson(connection);
    }

    @Benchmark
    public String jsonNestqlWriteJson() {
        return WorldPeers.nestqlWriteJson(connection);
    }

    @Benchmark
    public String jsonHandJsonAgg() throws SQLException {
        return WorldPeers.handJsonAgg(connection);
    }
}
