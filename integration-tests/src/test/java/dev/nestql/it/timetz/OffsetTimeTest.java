package dev.nestql.it.timetz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nestql.it.support.TestSchema;
import dev.nestql.it.timetz.Rota.RotaView;
import dev.nestql.it.timetz.Rota.ShiftView;
import dev.nestql.query.Condition;
import dev.nestql.testsupport.Json;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code timetz} reads into {@link OffsetTime} as PgJDBC's {@code getObject(i, OffsetTime.class)}
 * reads it, with its offset (seconds included, and {@code 24:00:00} as {@code OffsetTime.MAX}), on
 * every path and whatever the session time zone, and compares as {@code timetz} does.
 */
class OffsetTimeTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/timetz.sql");

    @Test
    void everyPathReadsWhatGetObjectReads() throws SQLException {
        for (String zone : List.of("America/New_York", "Asia/Tokyo", "Asia/Kolkata")) {
            try (Connection connection = db.connection()) {
                execute(connection, "SET TIME ZONE '" + zone + "'");
                List<ShiftView> expected = shifts(connection, "SELECT id, starts FROM shift ORDER BY id");
                assertEquals(OffsetTime.MAX, expected.get(4).starts(), "PgJDBC reads 24:00:00 as OffsetTime.MAX");
                assertEquals(ZoneOffset.ofHoursMinutesSeconds(5, 30, 10), expected.get(3).starts().getOffset());

                ShiftViewQuery all = ShiftViewQuery.select().orderBy(ShiftViewQuery.ID.asc());
                assertEquals(expected, all.list(connection), zone);
                try (Stream<ShiftView> rows = all.stream(connection)) {
                    assertEquals(expected, rows.toList(), zone);
                }
                RotaViewQuery rotas = RotaViewQuery.select().orderBy(RotaViewQuery.ID.asc());
                // Nested lists as rows of their own (list) and as JSON (stream, and the list with a limit).
                for (List<RotaView> read : List.of(rotas.list(connection), rotas.stream(connection).toList())) {
                    assertEquals(expected, read.get(0).shifts(), zone);
                    assertEquals(expected, read.get(0).firstTen(), zone);
                    assertEquals(List.of(), read.get(1).shifts());
                    assertEquals(scalar(connection, "SELECT max(starts) FROM shift"), read.get(0).latest(), zone);
                }
                // JSON: the text PostgreSQL writes for each value.
                List<?> json = (List<?>) Json.parse(all.json(connection));
                List<String> texts = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT to_json(starts)::text FROM shift ORDER BY id")) {
                    while (rows.next()) {
                        texts.add(rows.getString(1));
                    }
                }
                for (int i = 0; i < json.size(); i++) {
                    Object starts = texts.get(i) == null ? null : Json.parse(texts.get(i));
                    assertEquals(starts, ((Map<?, ?>) json.get(i)).get("starts"), zone);
                }
            }
        }
    }

    /**
     * From a statement's fifth run the driver receives rows in binary, where it fails on
     * {@code 24:00:00} (even for {@code getString}); nestql reads it as the text form does.
     */
    @Test
    void theEndOfTheDayReadsTheSameOnEveryRunOfAStatement() throws SQLException {
        try (Connection connection = db.connection()) {
            ShiftViewQuery all = ShiftViewQuery.select().orderBy(ShiftViewQuery.ID.asc());
            for (int run = 1; run <= 8; run++) {
                assertEquals(OffsetTime.MAX, all.list(connection).get(4).starts(), "run " + run);
            }
        }
    }

    @Test
    void conditionsCompareAsTimetz() throws SQLException {
        record Case(String sql, Function<OffsetTime, Condition<ShiftView>> condition) {}
        List<Case> cases = List.of(
                new Case("=", ShiftViewQuery.STARTS::eq),
                new Case("<>", ShiftViewQuery.STARTS::ne),
                new Case("<", ShiftViewQuery.STARTS::lt),
                new Case("<=", ShiftViewQuery.STARTS::le),
                new Case(">", ShiftViewQuery.STARTS::gt),
                new Case(">=", ShiftViewQuery.STARTS::ge));
        List<OffsetTime> probes = List.of(
                OffsetTime.of(9, 0, 0, 0, ZoneOffset.ofHours(9)),
                OffsetTime.of(0, 0, 0, 0, ZoneOffset.ofHours(9)),
                OffsetTime.of(10, 0, 1, 500_000_000, ZoneOffset.ofHoursMinutesSeconds(5, 30, 10)));
        try (Connection connection = db.connection()) {
            for (OffsetTime probe : probes) {
                String literal = "'" + probe + "'";
                for (Case c : cases) {
                    String plain = "SELECT id, starts FROM shift WHERE starts " + c.sql() + " " + literal + " ORDER BY id";
                    assertEquals(shifts(connection, plain), ShiftViewQuery.select().where(c.condition().apply(probe))
                            .orderBy(ShiftViewQuery.ID.asc()).list(connection), plain);
                }
                String in = "SELECT id, starts FROM shift WHERE starts IN (" + literal + ", '01:00+01') ORDER BY id";
                assertEquals(shifts(connection, in), ShiftViewQuery.select()
                        .where(ShiftViewQuery.STARTS.in(probe, OffsetTime.of(1, 0, 0, 0, ZoneOffset.ofHours(1))))
                        .orderBy(ShiftViewQuery.ID.asc()).list(connection), in);
            }
            for (boolean descending : new boolean[] {false, true}) {
                String plain = "SELECT id, starts FROM shift ORDER BY starts" + (descending ? " DESC" : "") + ", id";
                assertEquals(shifts(connection, plain), ShiftViewQuery.select()
                        .orderBy(descending ? ShiftViewQuery.STARTS.desc() : ShiftViewQuery.STARTS.asc(), ShiftViewQuery.ID.asc())
                        .list(connection), plain);
            }
        }
    }

    private static List<ShiftView> shifts(Connection connection, String sql) throws SQLException {
        List<ShiftView> shifts = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                shifts.add(new ShiftView(rows.getLong(1), rows.getObject(2, OffsetTime.class)));
            }
        }
        return shifts;
    }

    private static OffsetTime scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1, OffsetTime.class);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
