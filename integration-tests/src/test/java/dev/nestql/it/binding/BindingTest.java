package dev.nestql.it.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.binding.Binding.FilmView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.Condition;
import dev.nestql.query.NestqlException;
import dev.nestql.query.StringColumn;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * String values are compared as the column's type, exactly as a quoted literal in a plain
 * {@code SELECT} is: {@code citext} case-insensitively, {@code char(n)} without its padding, an
 * enum, {@code timetz}, {@code interval}, {@code inet}, {@code cidr}, {@code macaddr},
 * {@code tsvector}, {@code jsonb}, {@code money} and arrays by their own operators. Before, values were bound as {@code varchar}: {@code citext}
 * compared case-sensitively (silently wrong) and every other type here failed with
 * {@code operator does not exist: X = character varying}.
 */
class BindingTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/binding.sql").withPublic();

    /** A handle, its column, and two values to compare with. */
    private record Probe(StringColumn<FilmView> handle, String column, String value, String other) {}

    private static final List<Probe> PROBES = List.of(
            new Probe(FilmViewQuery.TITLE, "title", "hello", "world"),
            new Probe(FilmViewQuery.RATING, "rating", "PG-13", "G"),
            new Probe(FilmViewQuery.CODE, "code", "English", "German"),
            new Probe(FilmViewQuery.TAG, "tag", "b", "a"),
            new Probe(FilmViewQuery.HANDLE, "handle", "beta", "alpha"),
            new Probe(FilmViewQuery.STARTS, "starts", "10:00+02", "08:00-05"),
            new Probe(FilmViewQuery.DURATION, "duration", "60 minutes", "1 day"),
            new Probe(FilmViewQuery.HOST, "host", "192.168.0.1", "::1"),
            new Probe(FilmViewQuery.NETWORK, "network", "10.0.0.0/8", "192.168.0.0/24"),
            new Probe(FilmViewQuery.META, "meta", "{\"a\":1}", "[1,2]"),
            new Probe(FilmViewQuery.PRICE, "price", "9.99", "5"),
            new Probe(FilmViewQuery.TAGS, "tags", "{a,b}", "{}"),
            new Probe(FilmViewQuery.MAC, "mac", "08:00:2b:01:02:03", "0800.2b01.0205"),
            new Probe(FilmViewQuery.WORDS, "words", "a cat fat", "'the' 'cat' 'sat'"));

    private record Operator(String sql, BiFunction<Probe, String, Condition<FilmView>> condition) {}

    private static final List<Operator> OPERATORS = List.of(
            new Operator("=", (p, v) -> p.handle().eq(v)),
            new Operator("<>", (p, v) -> p.handle().ne(v)),
            new Operator("<", (p, v) -> p.handle().lt(v)),
            new Operator("<=", (p, v) -> p.handle().le(v)),
            new Operator(">", (p, v) -> p.handle().gt(v)),
            new Operator(">=", (p, v) -> p.handle().ge(v)));

    @Test
    void everyComparisonMatchesTheSameRowsAsAQuotedLiteralInPlainSql() throws SQLException {
        try (Connection connection = db.connection()) {
            List<String> checked = new ArrayList<>();
            for (Probe probe : PROBES) {
                for (Operator operator : OPERATORS) {
                    String plain = "SELECT id FROM film WHERE " + probe.column() + ' ' + operator.sql() + ' '
                            + literal(probe.value()) + " ORDER BY id";
                    FilmViewQuery query = FilmViewQuery.select()
                            .where(operator.condition().apply(probe, probe.value()))
                            .orderBy(FilmViewQuery.ID.asc());
                    assertEquals(ids(connection, plain), ids(query.list(connection)), plain);
                    assertEquals(ids(connection, plain).size(), query.count(connection), plain);
                    checked.add(plain);
                }
                if (probe.column().equals("tags")) {
                    continue; // An array column: see inOnAnArrayColumnIsAClearError.
                }
                String plainIn = "SELECT id FROM film WHERE " + probe.column() + " IN (" + literal(probe.value()) + ", "
                        + literal(probe.other()) + ") ORDER BY id";
                FilmViewQuery in = FilmViewQuery.select()
                        .where(probe.handle().in(probe.value(), probe.other()))
                        .orderBy(FilmViewQuery.ID.asc());
                assertEquals(ids(connection, plainIn), ids(in.list(connection)), plainIn);
                try (Stream<FilmView> rows = in.stream(connection)) {
                    assertEquals(ids(connection, plainIn), ids(rows.toList()), plainIn);
                }
            }
            assertEquals(PROBES.size() * OPERATORS.size(), checked.size());
        }
    }

    /**
     * {@code in} compares with {@code = ANY(array)}, and PostgreSQL has no array of arrays: on a
     * String handle over an array column it fails with PostgreSQL's own error, never with a wrong
     * result. Compare such a column with {@code eq} and {@code or}.
     */
    @Test
    void inOnAnArrayColumnIsAClearError() throws SQLException {
        try (Connection connection = db.connection()) {
            NestqlException failure = assertThrows(NestqlException.class,
                    () -> FilmViewQuery.select().where(FilmViewQuery.TAGS.in("{a,b}", "{}")).list(connection));
            assertEquals("42704", failure.sqlState());
            assertTrue(failure.getMessage().contains("could not find array type for data type text[]"), failure.getMessage());
        }
    }

    @Test
    void citextComparesCaseInsensitivelyAndCharIgnoresPadding() throws SQLException {
        try (Connection connection = db.connection()) {
            assertEquals(List.of(1L, 2L), ids(FilmViewQuery.select().where(FilmViewQuery.TITLE.eq("hello"))
                    .orderBy(FilmViewQuery.ID.asc()).list(connection)));
            assertEquals(List.of(1L, 2L, 4L), ids(FilmViewQuery.select().where(FilmViewQuery.TITLE.like("HELLO%"))
                    .orderBy(FilmViewQuery.ID.asc()).list(connection)));
            assertEquals(List.of(1L, 4L), ids(FilmViewQuery.select().where(FilmViewQuery.CODE.eq("English"))
                    .orderBy(FilmViewQuery.ID.asc()).list(connection)));
            assertEquals(List.of(1L, 3L), ids(FilmViewQuery.select().where(FilmViewQuery.RATING.in("PG-13", "G"))
                    .orderBy(FilmViewQuery.ID.asc()).list(connection)));
        }
    }

    @Test
    void likeComparesAsTheColumnsTypeDoes() throws SQLException {
        try (Connection connection = db.connection()) {
            for (Probe probe : List.of(PROBES.get(0), PROBES.get(2), PROBES.get(3), PROBES.get(4))) {
                for (String pattern : List.of("h%", "A%", "%a%", "_e%")) {
                    String plain = "SELECT id FROM film WHERE " + probe.column() + " LIKE " + literal(pattern) + " ORDER BY id";
                    assertEquals(ids(connection, plain), ids(FilmViewQuery.select().where(probe.handle().like(pattern))
                            .orderBy(FilmViewQuery.ID.asc()).list(connection)), plain);
                }
            }
        }
    }

    @Test
    void everyColumnSortsAsInPlainSql() throws SQLException {
        try (Connection connection = db.connection()) {
            for (Probe probe : PROBES) {
                for (boolean descending : new boolean[] {false, true}) {
                    String plain = "SELECT id FROM film ORDER BY " + probe.column() + (descending ? " DESC" : "") + ", id";
                    FilmViewQuery query = FilmViewQuery.select()
                            .orderBy(descending ? probe.handle().desc() : probe.handle().asc(), FilmViewQuery.ID.asc());
                    assertEquals(ids(connection, plain), ids(query.list(connection)), plain);
                }
            }
        }
    }

    @Test
    void everyValueReadsAsGetStringReadsIt() throws SQLException {
        try (Connection connection = db.connection()) {
            List<FilmView> expected = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id, title, rating, code, tag, handle, starts, duration,"
                            + " host, network, meta, price, tags, mac, words FROM film ORDER BY id")) {
                while (rows.next()) {
                    expected.add(new FilmView(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getString(9), rows.getString(10), rows.getString(11), rows.getString(12),
                            rows.getString(13), rows.getString(14), rows.getString(15)));
                }
            }
            FilmViewQuery all = FilmViewQuery.select().orderBy(FilmViewQuery.ID.asc());
            assertEquals(expected, all.list(connection));
            try (Stream<FilmView> rows = all.stream(connection)) {
                assertEquals(expected, rows.toList());
            }
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static List<Long> ids(List<FilmView> films) {
        return films.stream().map(FilmView::id).collect(Collectors.toList());
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
}
