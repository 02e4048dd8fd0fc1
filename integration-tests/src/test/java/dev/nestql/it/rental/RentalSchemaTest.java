package dev.nestql.it.rental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.Interval;
import dev.nestql.generator.GeneratorOptions;
import dev.nestql.generator.SchemaGenerator;
import dev.nestql.it.rental.RentalViews.ActorName;
import dev.nestql.it.rental.RentalViews.AuditView;
import dev.nestql.it.rental.RentalViews.CategoryName;
import dev.nestql.it.rental.RentalViews.CategoryView;
import dev.nestql.it.rental.RentalViews.CustomerView;
import dev.nestql.it.rental.RentalViews.FilmView;
import dev.nestql.it.rental.RentalViews.Genre;
import dev.nestql.it.rental.RentalViews.LanguageView;
import dev.nestql.it.rental.RentalViews.LineView;
import dev.nestql.it.rental.RentalViews.OrderView;
import dev.nestql.it.rental.RentalViews.RentalView;
import dev.nestql.it.rental.RentalViews.Role;
import dev.nestql.it.rental.RentalViews.StaffName;
import dev.nestql.it.rental.RentalViews.StaffView;
import dev.nestql.it.rental.RentalViews.TicketView;
import dev.nestql.it.rental.db.OrderStatus;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.ProjectionQuery;
import dev.nestql.testsupport.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rental schema's records ({@code db}) are the schema generator's output, committed; the
 * projections written over them ({@link RentalViews}) return what plain SQL returns for the same
 * rows, through {@code list}, {@code stream}, {@code first} and {@code json}.
 */
class RentalSchemaTest {
    private static final Path COMMITTED = Path.of(System.getProperty("basedir", "."), "src", "test", "java", "dev", "nestql",
            "it", "rental", "db");

    @RegisterExtension
    static final TestSchema db = new TestSchema("schemas/rental.sql", "sql/rental_data.sql").withPublic();

    /** Regenerating the records from the schema script changes no byte; run the generator to update them. */
    @Test
    void theCommittedRecordsAreTheGeneratorsOutput(@TempDir Path sources) throws Exception {
        try (Connection connection = db.connection()) {
            SchemaGenerator.generate(connection, GeneratorOptions.of(db.name(), "dev.nestql.it.rental.db"), sources);
        }
        Path generated = sources.resolve("dev/nestql/it/rental/db");
        List<String> names = fileNames(generated);
        assertEquals(fileNames(COMMITTED), names, "regenerate with nestql-generator into integration-tests/src/test/java");
        for (String name : names) {
            assertEquals(Files.readString(generated.resolve(name), StandardCharsets.UTF_8),
                    Files.readString(COMMITTED.resolve(name), StandardCharsets.UTF_8), name);
        }
    }

    @Test
    void filmsWithCastGenresLanguagesAndCopies() throws SQLException {
        try (Connection c = db.connection()) {
            List<FilmView> expected = rows(c, """
                    SELECT f.film_id, f.title, f.release_year, f.rating, f.special_features, l.name, ol.name,
                           (SELECT count(*) FROM inventory i WHERE i.film_id = f.film_id)
                    FROM film f JOIN language l ON l.language_id = f.language_id
                    LEFT JOIN language ol ON ol.language_id = f.original_language_id ORDER BY f.film_id""",
                    r -> new FilmView(r.getInt(1), r.getString(2), (Integer) r.getObject(3), r.getString(4),
                            strings(r.getArray(5)), r.getString(6), r.getString(7),
                            rows(c, "SELECT a.actor_id, a.first_name, a.last_name FROM film_actor fa JOIN actor a"
                                    + " USING (actor_id) WHERE fa.film_id = ? ORDER BY fa.actor_id",
                                    a -> new Role(new ActorName(a.getInt(1), a.getString(2), a.getString(3))), r.getInt(1)),
                            rows(c, "SELECT c.name FROM film_category fc JOIN category c USING (category_id)"
                                    + " WHERE fc.film_id = ? ORDER BY fc.category_id", g -> new Genre(g.getString(1)),
                                    r.getInt(1)),
                            r.getLong(8)));
            assertEquals("PG-13", expected.get(1).rating());
            assertEquals("English             ", expected.get(1).language());
            assertEveryPath(c, expected, FilmViewQuery.select().orderBy(FilmViewQuery.FILM_ID.asc()));
            assertEquals(List.of(2), FilmViewQuery.select().where(FilmViewQuery.RATING.eq("PG-13")).list(c).stream()
                    .map(FilmView::filmId).toList());
        }
    }

    @Test
    void languagesCountTheirFilmsOverEachOfTheTwoKeys() throws SQLException {
        try (Connection c = db.connection()) {
            List<LanguageView> expected = rows(c, """
                    SELECT l.language_id, l.name,
                           (SELECT count(*) FROM film f WHERE f.language_id = l.language_id),
                           (SELECT count(*) FROM film f WHERE f.original_language_id = l.language_id)
                    FROM language l ORDER BY l.language_id""",
                    r -> new LanguageView(r.getShort(1), r.getString(2), r.getLong(3), r.getLong(4)));
            assertEquals(new LanguageView((short) 1, "English             ", 3, 0), expected.get(0));
            assertEveryPath(c, expected, LanguageViewQuery.select().orderBy(LanguageViewQuery.LANGUAGE_ID.asc()));
        }
    }

    @Test
    void staffWithTheirBossReportsAndCity() throws SQLException {
        try (Connection c = db.connection()) {
            List<StaffView> expected = rows(c, """
                    SELECT s.staff_id, s.first_name, s.email, s."Role", s.shift_start, b.first_name, ci.city
                    FROM staff s LEFT JOIN staff b ON b.staff_id = s.reports_to
                    JOIN store st ON st.store_id = s.store_id JOIN address a ON a.address_id = st.address_id
                    JOIN city ci ON ci.city_id = a.city_id ORDER BY s.staff_id""",
                    r -> new StaffView(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getObject(5, OffsetTime.class), r.getString(6),
                            rows(c, "SELECT staff_id, first_name FROM staff WHERE reports_to = ? ORDER BY staff_id",
                                    s -> new StaffName(s.getInt(1), s.getString(2)), r.getInt(1)),
                            r.getString(7)));
            assertEquals(2, expected.get(0).reports().size());
            assertEveryPath(c, expected, StaffViewQuery.select().orderBy(StaffViewQuery.STAFF_ID.asc()));
            // The citext email compares as citext.
            assertEquals(List.of(1), StaffViewQuery.select().where(StaffViewQuery.EMAIL.eq("mike@example.COM")).list(c)
                    .stream().map(StaffView::staffId).toList());
        }
    }

    @Test
    void customersWithRentalsAndPaymentsOfThePartitionedTable() throws SQLException {
        try (Connection c = db.connection()) {
            List<CustomerView> expected = rows(c, """
                    SELECT c.customer_id, c."firstName", c.email, c.preferences, c.tags, c.last_ip, c.credit_limit,
                           c.birth_date,
                           (SELECT count(*) FROM payment p WHERE p.customer_id = c.customer_id),
                           (SELECT sum(p.amount) FROM payment p WHERE p.customer_id = c.customer_id)
                    FROM customer c ORDER BY c.customer_id""",
                    r -> new CustomerView(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                            strings(r.getArray(5)), r.getString(6), r.getString(7), r.getObject(8, java.time.LocalDate.class),
                            rows(c, """
                                    SELECT r.rental_id, r.rental_date, r.planned, f.title,
                                           (extract(year FROM r.late_by) * 12 + extract(month FROM r.late_by))::int,
                                           extract(day FROM r.late_by)::int,
                                           (extract(epoch FROM r.late_by - date_trunc('day', r.late_by)) * 1000000)::bigint
                                    FROM rental r JOIN inventory i USING (inventory_id) JOIN film f USING (film_id)
                                    WHERE r.customer_id = ? ORDER BY r.rental_id""",
                                    t -> new RentalView(t.getLong(1), t.getObject(2, OffsetDateTime.class),
                                            t.getObject(5) == null ? null : new Interval(t.getInt(5), t.getInt(6), t.getLong(7)),
                                            t.getString(3), t.getString(4)),
                                    r.getObject(1, UUID.class)),
                            r.getLong(9), r.getBigDecimal(10)));
            assertEquals(new BigDecimal("8.97"), expected.get(0).paid());
            assertEquals(3, expected.get(0).rentals().size());
            assertEveryPath(c, expected, CustomerViewQuery.select().orderBy(CustomerViewQuery.CUSTOMER_ID.asc()));
        }
    }

    @Test
    void ordersOfTheQuotedTableWithTheirLines() throws SQLException {
        try (Connection c = db.connection()) {
            List<OrderView> expected = rows(c, """
                    SELECT o.id, o.status, o.total, u.login FROM "Order" o JOIN "user" u ON u.id = o.user_id ORDER BY o.id""",
                    r -> new OrderView(r.getLong(1), OrderStatus.valueOf(r.getString(2)), r.getString(3), r.getString(4),
                            rows(c, "SELECT ol.line_no, ol.quantity, ol.unit_price, ol.discounts, f.title FROM order_line ol"
                                    + " JOIN film f USING (film_id) WHERE ol.order_id = ? ORDER BY ol.line_no",
                                    l -> new LineView(l.getInt(1), l.getInt(2), l.getBigDecimal(3), decimals(l.getArray(4)),
                                            l.getString(5)),
                                    r.getLong(1))));
            assertEquals(OrderStatus.paid, expected.get(0).status());
            assertEveryPath(c, expected, OrderViewQuery.select().orderBy(OrderViewQuery.ID.asc()));
            assertEquals(List.of(3L), OrderViewQuery.select().where(OrderViewQuery.STATUS.eq(OrderStatus.shipped)).list(c)
                    .stream().map(OrderView::id).toList());
        }
    }

    @Test
    void categoriesWithTheirParentChildrenAndFilms() throws SQLException {
        try (Connection c = db.connection()) {
            List<CategoryView> expected = rows(c, """
                    SELECT c.category_id, c.name, p.name,
                           (SELECT count(*) FROM film_category fc WHERE fc.category_id = c.category_id)
                    FROM category c LEFT JOIN category p ON p.category_id = c.parent_id ORDER BY c.category_id""",
                    r -> new CategoryView(r.getInt(1), r.getString(2), r.getString(3),
                            rows(c, "SELECT category_id, name FROM category WHERE parent_id = ? ORDER BY name",
                                    k -> new CategoryName(k.getInt(1), k.getString(2)), r.getInt(1)),
                            r.getLong(4)));
            assertEveryPath(c, expected, CategoryViewQuery.select().orderBy(CategoryViewQuery.CATEGORY_ID.asc()));
        }
    }

    @Test
    void columnsNamedLikeJavaKeywords() throws SQLException {
        try (Connection c = db.connection()) {
            List<TicketView> expected = rows(c, "SELECT id, class, hash_code, \"default\", seat, row_label FROM ticket ORDER BY id",
                    r -> new TicketView(r.getLong(1), r.getString(2), (Integer) r.getObject(3), r.getBoolean(4), r.getString(5),
                            r.getString(6)));
            assertEveryPath(c, expected, TicketViewQuery.select().orderBy(TicketViewQuery.ID.asc()));
        }
    }

    @Test
    void anAuditLogsArraysEnumsAndTextReadTypes() throws SQLException {
        try (Connection c = db.connection()) {
            List<AuditView> expected = rows(c, """
                    SELECT a.id, a.occurred_at, u.login, a.statuses, a.ratings, a.years::int[], a.documents, a.lsn,
                           a.network, a."Level"
                    FROM audit_event a LEFT JOIN "user" u ON u.id = a.actor_user_id ORDER BY a.id""",
                    r -> new AuditView(r.getLong(1), r.getObject(2, LocalDateTime.class), r.getString(3),
                            statuses(r.getArray(4)), strings(r.getArray(5)), integers(r.getArray(6)),
                            elements(c, r.getLong(1), "moments", "e", e -> e.getObject(1, OffsetDateTime.class)),
                            elements(c, r.getLong(1), "gaps", "e, (extract(year FROM e) * 12 + extract(month FROM e))::int,"
                                    + " extract(day FROM e)::int,"
                                    + " (extract(epoch FROM e - date_trunc('day', e)) * 1000000)::bigint",
                                    e -> e.getObject(1) == null ? null : new Interval(e.getInt(2), e.getInt(3), e.getLong(4))),
                            r.getString(7), r.getString(8), r.getString(9), r.getShort(10)));
            assertEquals(List.of(OrderStatus.paid, OrderStatus.pending), expected.get(0).statuses());
            assertEquals(OffsetDateTime.MIN, expected.get(0).moments().get(1));
            assertEveryPath(c, expected, AuditViewQuery.select().orderBy(AuditViewQuery.ID.asc()));
        }
    }

    /** {@code list}, {@code stream} and {@code first} return {@code expected}; {@code json} has one object per row. */
    private static <P> void assertEveryPath(Connection connection, List<P> expected, ProjectionQuery<P, ?> query) {
        assertEquals(expected, query.list(connection));
        try (Stream<P> rows = query.stream(connection)) {
            assertEquals(expected, rows.toList());
        }
        assertEquals(expected.get(0), query.first(connection).orElseThrow());
        Object json = Json.parse(query.json(connection));
        assertTrue(json instanceof List<?> list && list.size() == expected.size(), String.valueOf(json));
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private static <T> List<T> rows(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
        }
        return rows;
    }

    /** The elements of array column {@code column} of audit event {@code id} (null when it is), read from {@code unnest} as {@code e}. */
    private static <T> List<T> elements(Connection connection, long id, String column, String select, RowMapper<T> element)
            throws SQLException {
        boolean isNull = rows(connection, "SELECT " + column + " IS NULL FROM audit_event WHERE id = ?",
                row -> row.getBoolean(1), id).get(0);
        return isNull ? null : rows(connection, "SELECT " + select + " FROM audit_event, unnest(" + column
                + ") WITH ORDINALITY AS u (e, n) WHERE id = ? ORDER BY n", element, id);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? null : Arrays.stream((Object[]) array.getArray()).map(e -> e == null ? null : e.toString()).toList();
    }

    private static List<BigDecimal> decimals(Array array) throws SQLException {
        return array == null ? null : Arrays.stream((Object[]) array.getArray()).map(e -> (BigDecimal) e).toList();
    }

    private static List<Integer> integers(Array array) throws SQLException {
        return array == null ? null : Arrays.stream((Object[]) array.getArray()).map(e -> (Integer) e).toList();
    }

    private static List<OrderStatus> statuses(Array array) throws SQLException {
        return array == null ? null : Arrays.stream((Object[]) array.getArray())
                .map(e -> e == null ? null : OrderStatus.valueOf(e.toString())).toList();
    }

    private static List<String> fileNames(Path directory) throws java.io.IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
