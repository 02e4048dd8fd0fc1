package dev.nestql.it.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.json.Ticketing.EventTextView;
import dev.nestql.it.json.Ticketing.MeasurementView;
import dev.nestql.it.json.Ticketing.OrganizerView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.ProjectionQuery;
import dev.nestql.testsupport.Json;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON that nestql writes in Java ({@code json}, {@code writeJson}, {@code writeFirstJson})
 * against the JSON PostgreSQL builds for the same rows ({@code serverJson}, {@code writeServerJson}):
 * parsed, they are equal, numbers compared with their digits and scale; on a schema with the types
 * a real application uses, in session time zones west and east of UTC and both interval styles
 * Java writes.
 */
class JsonAgreementTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/ticketing.sql").withPublic();

    private static final int MEASUREMENTS = 4000;

    @BeforeAll
    static void data() throws Exception {
        db.execute("""
                INSERT INTO organizer (id, handle, email, settings, created_at) VALUES
                    (1, 'Night-Owls', 'Booking@Night-Owls.example', '{"theme": "dark", "seats": [1, 2.50, null], "nested": {"x": true}}',
                        '2024-03-10 02:30:00+00'),
                    (2, 'ÜberConcerts 🎵', NULL, '{}', '1969-12-31 23:59:59.999999+00'),
                    (3, 'no-events', 'x@y.example', '[]', '0044-03-15 10:00:00+00 BC');
                INSERT INTO event (id, organizer_id, title, starts_at, starts_local, on_sale, duration, capacity, price, rating,
                        score, published, tags, venue_ip, metadata, external_id, poster) VALUES
                    (10, 1, 'Late show "Live"', '2024-10-06 02:30:00+10:30', '2024-10-06 02:30:00', '2024-02-29', '2 hours 30 minutes',
                        500, 25.00, 4.5, 0.1, true, '{rock,"roll, baby",NULL,""}', '192.168.0.1/24',
                        '{"a":  1, "b": [true, false]}', '123e4567-e89b-12d3-a456-426614174000', '\\x00ff10'),
                    (11, 1, E'Tab\\tand\\nnewline', 'infinity', '-infinity', '0001-12-31 BC', '-1 year -2 mons +3 days -04:05:06.7',
                        NULL, 0.10, 'NaN', 'Infinity', false, '{}', '::1', 'null', NULL, '\\x'),
                    (12, 1, 'Overnight', '2024-03-31 01:30:00+00', '9999-12-31 23:59:59.999999', 'infinity', '0 seconds', 0,
                        -99999999.99, '-0', '-0', true, '{"ünï"}', NULL, '[1, 2.0, 3e5]', '00000000-0000-0000-0000-000000000000', NULL),
                    (13, 2, 'Matinée', NULL, NULL, NULL, '1 mon 1 day 00:00:00.000001', 2147483647, 12345678.9, 3.4028235e38,
                        1.7976931348623157e308, false, '{a,b}', NULL, NULL, NULL, NULL),
                    (14, 2, 'Sold out', '1900-01-01 00:00:00+00', '1582-10-04 12:00:00', '1970-01-01', '100 years', -1, 1, 1e-38,
                        4.9e-324, true, '{}', '10.0.0.0/8', '"text"', NULL, '\\xdeadbeef');
                INSERT INTO ticket (id, event_id, holder, status, amount, issued_at, seat) VALUES
                    (100, 10, 'Ann', 'paid', 25.00, '2024-10-01 12:00:00+00', 'A1'),
                    (101, 10, 'bob', 'reserved', 25.00, '2024-10-01 12:00:00.5+00', 'A2  '),
                    (102, 10, NULL, 'refunded', 0, '2024-10-02 00:00:00+00', NULL),
                    (103, 11, 'Zoë', 'void', 0.10, '0001-01-01 00:00:00+00', 'Z9'),
                    (104, 13, 'Carl', 'paid', 12345678.90, '2038-01-19 03:14:08+00', 'B12 ');
                """);
        // Doubles and reals of every magnitude, subnormals included, from a fixed seed.
        StringBuilder values = new StringBuilder("INSERT INTO measurement (id, single, dbl) VALUES ");
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 1; i <= MEASUREMENTS; i++) {
            double dbl = Double.longBitsToDouble(random.nextLong());
            float single = Float.intBitsToFloat(random.nextInt());
            if (i % 4 == 0) {
                dbl = random.nextDouble() * Math.pow(10, random.nextInt(-20, 20));
                single = (float) dbl;
            }
            values.append(i == 1 ? "" : ", ").append('(').append(i).append(", ")
                    .append(Float.isFinite(single) ? "'" + single + "'" : "NULL").append(", ")
                    .append(Double.isFinite(dbl) ? "'" + dbl + "'" : "NULL").append(')');
        }
        db.execute(values.toString());
    }

    @ParameterizedTest(name = "{0}, IntervalStyle {1}")
    @CsvSource({"UTC, postgres", "America/Los_Angeles, postgres", "Asia/Kathmandu, iso_8601", "Pacific/Chatham, postgres"})
    void javaJsonParsesToWhatPostgresqlBuilds(String zone, String intervalStyle) throws Exception {
        try (Connection connection = db.connection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TIME ZONE '" + zone + "'");
                statement.execute("SET IntervalStyle = " + intervalStyle);
            }
            agree(connection, OrganizerViewQuery.select().orderBy(OrganizerViewQuery.ID.asc()));
            agree(connection, OrganizerViewQuery.select().where(OrganizerViewQuery.ID.eq(1L)));
            agree(connection, EventViewQuery.select().orderBy(EventViewQuery.ID.desc()).limit(3).offset(1));
            agree(connection, EventTextViewQuery.select().orderBy(EventTextViewQuery.ID.asc()));
            agree(connection, TicketViewQuery.select().orderBy(TicketViewQuery.ID.asc()));
            agree(connection, MeasurementViewQuery.select().orderBy(MeasurementViewQuery.ID.asc()));
            agree(connection, EventByHolderQuery.select().orderBy(EventByHolderQuery.ID.asc()));
            agree(connection, EventFirstHoldersQuery.select().orderBy(EventFirstHoldersQuery.ID.asc()));
            agree(connection, EventFirstHoldersQuery.select().where(EventFirstHoldersQuery.ID.ge(11L)).limit(2));
        }
    }

    /** json, writeJson and writeFirstJson against serverJson, writeServerJson and its first element. */
    private static void agree(Connection connection, ProjectionQuery<?, ?> query) {
        Object expected = Json.parse(query.serverJson(connection));
        String json = query.json(connection);
        assertSame(expected, Json.parse(json), "json() of " + query.sql());
        assertFalse(json.contains("\" : "), "written by Java, without PostgreSQL's blanks: " + json.substring(0, 80));

        StringWriter written = new StringWriter();
        long rows = query.writeJson(connection, written);
        assertSame(expected, Json.parse(written.toString()), "writeJson() of " + query.sql());
        StringWriter serverWritten = new StringWriter();
        assertEquals(rows, query.writeServerJson(connection, serverWritten));
        assertEquals(expected, Json.parse(serverWritten.toString()));

        StringWriter first = new StringWriter();
        boolean any = query.writeFirstJson(connection, first);
        List<?> all = (List<?>) expected;
        assertEquals(!all.isEmpty(), any);
        if (any) {
            assertSame(all.get(0), Json.parse(first.toString()), "writeFirstJson() of " + query.sql());
        }
    }

    /** Fails naming the first place where {@code actual} differs from {@code expected}. */
    private static void assertSame(Object expected, Object actual, String what) {
        String difference = difference(expected, actual, "$");
        if (difference != null) {
            throw new AssertionError(what + ": " + difference);
        }
    }

    private static String difference(Object expected, Object actual, String path) {
        if (expected instanceof Map<?, ?> left && actual instanceof Map<?, ?> right) {
            if (!List.copyOf(left.keySet()).equals(List.copyOf(right.keySet()))) {
                return path + ": keys " + left.keySet() + " but " + right.keySet();
            }
            for (Object key : left.keySet()) {
                String difference = difference(left.get(key), right.get(key), path + "." + key);
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected instanceof List<?> left && actual instanceof List<?> right) {
            if (left.size() != right.size()) {
                return path + ": " + left.size() + " elements but " + right.size();
            }
            for (int i = 0; i < left.size(); i++) {
                String difference = difference(left.get(i), right.get(i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return java.util.Objects.equals(expected, actual) ? null
                : path + ": PostgreSQL " + expected + (expected == null ? "" : " (" + expected.getClass().getSimpleName() + ")")
                        + ", nestql " + actual + (actual == null ? "" : " (" + actual.getClass().getSimpleName() + ")");
    }

    @Test
    void floatsHavePostgresqlsDigits() throws Exception {
        try (Connection connection = db.connection()) {
            List<?> java = (List<?>) Json.parse(MeasurementViewQuery.select().orderBy(MeasurementViewQuery.ID.asc()).json(connection));
            List<?> postgresql = (List<?>) Json.parse(
                    MeasurementViewQuery.select().orderBy(MeasurementViewQuery.ID.asc()).serverJson(connection));
            assertEquals(MEASUREMENTS, java.size());
            for (int i = 0; i < MEASUREMENTS; i++) {
                Map<?, ?> expected = (Map<?, ?>) postgresql.get(i);
                Map<?, ?> actual = (Map<?, ?>) java.get(i);
                // Parsed as decimals: the same digits, not only the same float.
                assertEquals(String.valueOf(expected.get("single")), String.valueOf(actual.get("single")), "real of row " + (i + 1));
                assertEquals(String.valueOf(expected.get("dbl")), String.valueOf(actual.get("dbl")), "double of row " + (i + 1));
            }
        }
    }

    @Test
    void postgresqlBuildsWhatJavaCannotWrite() throws Exception {
        try (Connection connection = db.connection()) {
            // A String inside a nested record, which travels as JSON: its column's type is not known.
            TicketWithEventQuery query = TicketWithEventQuery.select().orderBy(TicketWithEventQuery.ID.asc());
            assertEquals(query.serverJson(connection), query.json(connection));
            StringWriter written = new StringWriter();
            query.writeJson(connection, written);
            StringWriter serverWritten = new StringWriter();
            query.writeServerJson(connection, serverWritten);
            assertEquals(serverWritten.toString(), written.toString());
        }
    }

    @Test
    void aZoneJavaDoesNotKnowLeavesTheJsonToPostgresql() throws Exception {
        try (Connection connection = db.connection()) {
            try (Statement statement = connection.createStatement()) {
                // A POSIX rule: three hours east of UTC, which java.time cannot name.
                statement.execute("SET TIME ZONE '<+03>-03'");
            }
            OrganizerViewQuery query = OrganizerViewQuery.select().orderBy(OrganizerViewQuery.ID.asc());
            String json = query.json(connection);
            assertEquals(query.serverJson(connection), json);
            assertTrue(json.contains("+03:00"), json.substring(0, 200));
        }
    }
}
