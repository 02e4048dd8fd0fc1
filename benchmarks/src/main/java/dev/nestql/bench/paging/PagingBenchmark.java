package dev.nestql.bench.paging;

import dev.nestql.bench.Agreement;
import dev.nestql.bench.Explain;
import dev.nestql.bench.inventory.InventoryData;
import dev.nestql.bench.world.WorldData;
import dev.nestql.query.ProjectionQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToLongFunction;
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
 * Pages of {@value #PAGE_SIZE} rows, the 1st, 50th and 500th, by {@code offset} and by keyset
 * ({@code after} the last row of the page before): workload 3's 2,000 locations with their
 * per-row aggregates ({@code workload=inventory}) and workload 4's 2,000 cities with their
 * addresses nested ({@code workload=world}), ordered by id or by name (ties broken by the id).
 * The 500th page is the last.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PagingBenchmark {
    public static final int PAGE_SIZE = 4;

    @Param({"inventory", "world"})
    public String workload;

    @Param({"id", "name"})
    public String order;

    @Param({"1", "50", "500"})
    public int page;

    private Connection connection;
    private ProjectionQuery<?, ?> byOffset;
    private ProjectionQuery<?, ?> byKeyset;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        connection = (workload.equals("inventory") ? new InventoryData() : new WorldData()).open();
        Pages<?, ?> pages = pages(workload, order, connection, page);
        byOffset = pages.byOffset();
        byKeyset = pages.byKeyset();
        Agreement.sameRecords("keyset page " + page, byOffset.list(connection), byKeyset.list(connection));
        Agreement.check(byOffset.list(connection).size() == PAGE_SIZE, "page " + page + " is not full");
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    /**
     * The page by offset, and the same page by keyset after the last row of the page before it,
     * with their bound values for {@code EXPLAIN}.
     */
    record Pages<P, Q extends ProjectionQuery<P, Q>>(Q byOffset, Q byKeyset, Object[] offsetValues, Object[] keysetValues) {}

    static Pages<?, ?> pages(String workload, String order, Connection connection, int page) {
        boolean byId = order.equals("id");
        if (workload.equals("inventory")) {
            return pages(PagedLocationQuery.select()
                    .orderBy(byId ? PagedLocationQuery.ID.asc() : PagedLocationQuery.NAME.asc()),
                    order, connection, page, PagedLocation::id, PagedLocation::name);
        }
        return pages(PagedCityQuery.select().orderBy(byId ? PagedCityQuery.ID.asc() : PagedCityQuery.NAME.asc()),
                order, connection, page, PagedCity::id, PagedCity::name);
    }

    private static <P, Q extends ProjectionQuery<P, Q>> Pages<P, Q> pages(Q ordered, String order,
            Connection connection, int page, ToLongFunction<P> id, Function<P, String> name) {
        Q paged = ordered.limit(PAGE_SIZE);
        long offset = (long) (page - 1) * PAGE_SIZE;
        Object[] offsetValues = page == 1 ? new Object[] {(long) PAGE_SIZE} : new Object[] {(long) PAGE_SIZE, offset};
        if (page == 1) {
            return new Pages<>(paged.offset(offset), paged, offsetValues, offsetValues);
        }
        P last = paged.offset(offset - 1).first(connection).orElseThrow();
        return new Pages<>(paged.offset(offset), paged.after(last), offsetValues,
                keysetValues(order, id.applyAsLong(last), name.apply(last)));
    }

    /**
     * The values nestql binds for the page after a row: {@code t0.id > ?} by id; by a nullable
     * name, {@code (t0.name > ? OR t0.name IS NULL) OR (t0.name = ? AND t0.id > ?)}; then the limit.
     */
    private static Object[] keysetValues(String order, long id, String name) {
        Explain.Untyped key = new Explain.Untyped(Long.toString(id));
        return order.equals("id") ? new Object[] {key, (long) PAGE_SIZE}
                : new Object[] {new Explain.Untyped(name), new Explain.Untyped(name), key, (long) PAGE_SIZE};
    }

    @Benchmark
    public List<?> offsetPage() {
        return byOffset.list(connection);
    }

    @Benchmark
    public List<?> keysetPage() {
        return byKeyset.list(connection);
    }

    /**
     * The database's own execution time of each page's statement, {@code EXPLAIN (ANALYZE)},
     * median of 5:
     *
     * <pre>
     * java -cp benchmarks/target/benchmarks.jar dev.nestql.bench.paging.PagingBenchmark
     * </pre>
     */
    public static void main(String[] args) throws SQLException {
        for (String workload : List.of("inventory", "world")) {
            try (Connection connection = (workload.equals("inventory") ? new InventoryData() : new WorldData()).open()) {
                for (String order : List.of("id", "name")) {
                    System.out.println("#### workload=" + workload + ", order=" + order + ", server time\n");
                    System.out.println("| Page | offset | keyset |");
                    System.out.println("|---:|---:|---:|");
                    for (int page : List.of(1, 50, 500)) {
                        Pages<?, ?> pages = pages(workload, order, connection, page);
                        double offset = Explain.medianMillis(connection, List.of(
                                new Explain.Statement(pages.byOffset().sql(), pages.offsetValues())), 2, 5);
                        double keyset = Explain.medianMillis(connection, List.of(
                                new Explain.Statement(pages.byKeyset().sql(), pages.keysetValues())), 2, 5);
                        System.out.printf("| %d | %,.2f ms | %,.2f ms |%n", page, offset, keyset);
                    }
                    System.out.println();
                }
            }
        }
    }
}
