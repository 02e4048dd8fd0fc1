package dev.nestql.it.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nestql.Interval;
import dev.nestql.it.interval.Loans.LoanView;
import dev.nestql.it.interval.Loans.PlanView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.Condition;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An {@code interval} reads into {@link Interval} with exactly the months, days and microseconds
 * PostgreSQL stores, on every path and under every {@code IntervalStyle}; the expected fields come
 * from PostgreSQL's own {@code extract}, not from text. Conditions compare as {@code interval}s do.
 */
class IntervalTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/interval.sql");

    private static final List<String> STYLES = List.of("postgres", "postgres_verbose", "sql_standard", "iso_8601");
    /** The stored fields, by PostgreSQL's extract of each part. */
    private static final String FIELDS = "SELECT id, (extract(year FROM period) * 12 + extract(month FROM period))::int,"
            + " extract(day FROM period)::int,"
            + " ((extract(hour FROM period) * 3600 + extract(minute FROM period) * 60) * 1000000"
            + " + extract(microseconds FROM period))::bigint, period IS NULL FROM loan ORDER BY id";

    @Test
    void everyPathReadsTheStoredFieldsUnderEveryIntervalStyle() throws SQLException {
        for (String style : STYLES) {
            try (Connection connection = db.connection()) {
                execute(connection, "SET intervalstyle = '" + style + "'");
                List<LoanView> expected = fields(connection);
                assertEquals(new Interval(14, 3, 14_706_789_000L), expected.get(0).period());
                assertEquals(new Interval(0, 1, 0), expected.get(7).period());
                assertEquals(new Interval(0, 0, 86_400_000_000L), expected.get(8).period());

                LoanViewQuery all = LoanViewQuery.select().orderBy(LoanViewQuery.ID.asc());
                assertEquals(expected, all.list(connection), style);
                try (Stream<LoanView> rows = all.stream(connection)) {
                    assertEquals(expected, rows.toList(), style);
                }
                PlanViewQuery plans = PlanViewQuery.select().orderBy(PlanViewQuery.ID.asc());
                for (List<PlanView> read : List.of(plans.list(connection), plans.stream(connection).toList())) {
                    assertEquals(expected, read.get(0).loans(), style);
                    assertEquals(expected, read.get(0).firstLoans(), style);
                    assertEquals(List.of(), read.get(1).loans());
                    assertEquals(expected.get(9).period(), read.get(0).longest(), style);
                }
            }
        }
    }

    @Test
    void textFormsRoundTripThroughPostgresql() throws SQLException {
        try (Connection connection = db.connection()) {
            for (LoanView loan : fields(connection)) {
                if (loan.period() == null) {
                    continue;
                }
                // The ISO 8601 text nestql binds reads back as the same stored fields.
                try (Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery("SELECT period = '" + loan.period() + "'::interval,"
                                + " extract(day FROM '" + loan.period() + "'::interval)::int FROM loan WHERE id = " + loan.id())) {
                    row.next();
                    assertEquals(true, row.getBoolean(1), loan.period().toString());
                    assertEquals(loan.period().days(), row.getInt(2), loan.period().toString());
                }
            }
        }
    }

    @Test
    void conditionsCompareAsIntervals() throws SQLException {
        record Case(String sql, Function<Interval, Condition<LoanView>> condition) {}
        List<Case> cases = List.of(new Case("=", LoanViewQuery.PERIOD::eq), new Case("<", LoanViewQuery.PERIOD::lt),
                new Case(">=", LoanViewQuery.PERIOD::ge), new Case("<>", LoanViewQuery.PERIOD::ne));
        try (Connection connection = db.connection()) {
            for (Interval probe : List.of(new Interval(0, 1, 0), new Interval(0, 0, 86_400_000_000L), Interval.ZERO,
                    new Interval(1, 0, -1_000_000))) {
                for (Case c : cases) {
                    String plain = "SELECT id FROM loan WHERE period " + c.sql() + " '" + probe + "' ORDER BY id";
                    assertEquals(ids(connection, plain), LoanViewQuery.select().where(c.condition().apply(probe))
                            .orderBy(LoanViewQuery.ID.asc()).list(connection).stream().map(LoanView::id).toList(), plain);
                }
                // '1 day' = '24 hours' in PostgreSQL: in() finds both, as eq does.
                assertEquals(ids(connection, "SELECT id FROM loan WHERE period IN ('" + probe + "') ORDER BY id"),
                        LoanViewQuery.select().where(LoanViewQuery.PERIOD.in(probe)).orderBy(LoanViewQuery.ID.asc())
                                .list(connection).stream().map(LoanView::id).toList());
            }
            assertEquals(ids(connection, "SELECT id FROM loan ORDER BY period DESC, id"), LoanViewQuery.select()
                    .orderBy(LoanViewQuery.PERIOD.desc(), LoanViewQuery.ID.asc()).list(connection).stream()
                    .map(LoanView::id).toList());
        }
    }

    private static List<LoanView> fields(Connection connection) throws SQLException {
        List<LoanView> loans = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(FIELDS)) {
            while (rows.next()) {
                loans.add(new LoanView(rows.getLong(1),
                        rows.getBoolean(5) ? null : new Interval(rows.getInt(2), rows.getInt(3), rows.getLong(4))));
            }
        }
        return loans;
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
