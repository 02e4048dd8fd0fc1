package dev.nestql.it.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.binding.Binding.RegionView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.testsupport.Json;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code in(...)} sends its values as one array parameter: 100,000 values work on every terminal
 * method of a projection with two levels of nested lists (before, each value was a parameter of its
 * own, bound again in each {@code UNION ALL} branch, and {@code list()} failed past 65,535 / 3
 * values), the statement's text is the same for every length, and an index still serves it.
 */
class InListTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/in_list.sql");

    /** 100,000 region ids, of which 1 to 2,000 exist; every other one is odd, so 1,000 match. */
    private static final List<Long> MANY = LongStream.rangeClosed(1, 200_000).filter(id -> id % 2 == 1).boxed().toList();

    @Test
    void aHundredThousandValuesOnEveryTerminalMethodOfTwoNestedLevels() throws Exception {
        assertEquals(100_000, MANY.size());
        RegionViewQuery query = RegionViewQuery.select().where(RegionViewQuery.ID.in(MANY)).orderBy(RegionViewQuery.ID.asc());
        RegionViewQuery odd = RegionViewQuery.select().orderBy(RegionViewQuery.ID.asc());
        try (Connection connection = db.connection()) {
            List<RegionView> expected = odd.list(connection).stream().filter(region -> region.id() % 2 == 1).toList();
            assertEquals(1_000, expected.size());
            assertEquals(2, expected.get(0).stores().size());
            assertEquals(2, expected.get(0).stores().get(0).staff().size());

            assertEquals(expected, query.list(connection));
            assertEquals(expected.subList(0, 10), query.limit(10).list(connection));
            assertEquals(expected.get(0), query.first(connection).orElseThrow());
            try (Stream<RegionView> rows = query.stream(connection)) {
                assertEquals(expected, rows.toList());
            }
            assertEquals(1_000, query.count(connection));
            Object json = Json.parse(query.json(connection));
            assertEquals(1_000, ((List<?>) json).size());
            StringWriter out = new StringWriter();
            assertEquals(1_000, query.writeJson(connection, out));
            assertEquals(json, Json.parse(out.toString()));
        }
    }

    @Test
    void theStatementIsTheSameForEveryLength() {
        String two = RegionViewQuery.select().where(RegionViewQuery.ID.in(1L, 2L)).sql();
        assertEquals(two, RegionViewQuery.select().where(RegionViewQuery.ID.in(MANY)).sql());
        assertTrue(two.contains("t0.id = ANY(?)"), two);
        assertEquals(StoreViewQuery.select().where(StoreViewQuery.CODE.in("a")).streamSql(),
                StoreViewQuery.select().where(StoreViewQuery.CODE.in("a", "b", "c")).streamSql());
    }

    @Test
    void anIndexOnTheColumnServesIt() throws SQLException {
        String sql = StoreViewQuery.select().where(StoreViewQuery.REGION_ID.in(5L, 6L, 7L)).streamSql();
        try (Connection connection = db.connection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            explain.setObject(1, "{5,6,7}", Types.OTHER);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertTrue(plan.toString().contains("Index Scan using store_region_id_idx")
                    || plan.toString().contains("Bitmap Index Scan on store_region_id_idx"), plan.toString());
            assertTrue(plan.toString().contains("region_id = ANY"), plan.toString());
        }
    }
}
