package dev.nestql.it.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.json.Ticketing.EventView;
import dev.nestql.it.json.Ticketing.OrganizerView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.NestqlException;
import dev.nestql.testsupport.Json;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code stream} and {@code writeJson} of a projection with nested lists read the top-level rows
 * through a cursor and each batch's nested rows with a statement of its own: the records are
 * {@code list}'s, in every batch size; a failing batch closes the cursor; a read in a transaction
 * of its own sees one snapshot.
 */
class NestedBatchesTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/ticketing.sql").withPublic();

    private static final int ORGANIZERS = 23;

    @BeforeAll
    static void data() throws Exception {
        // Organizer i has i % 4 events, event e has e % 3 tickets: empty lists at both levels.
        db.execute("""
                INSERT INTO organizer (id, handle, created_at)
                    SELECT i, 'organizer ' || i, timestamptz '2024-01-01 00:00:00+00' + i * interval '1 day'
                    FROM generate_series(1, %d) i;
                INSERT INTO event (id, organizer_id, title, price, tags)
                    SELECT o.id * 10 + e, o.id, 'event ' || e || ' of ' || o.id, e * 1.25, ARRAY['t' || e]
                    FROM organizer o, generate_series(1, 3) e WHERE e <= o.id %% 4;
                INSERT INTO ticket (id, event_id, holder, status, amount, issued_at)
                    SELECT ev.id * 10 + t, ev.id, 'holder ' || t, 'paid', t, timestamptz '2024-06-01 12:00:00+00'
                    FROM event ev, generate_series(1, 2) t WHERE t <= ev.id %% 3;
                """.formatted(ORGANIZERS));
    }

    private static OrganizerViewQuery ordered() {
        return OrganizerViewQuery.select().orderBy(OrganizerViewQuery.HANDLE.desc());
    }

    @Test
    void streamGivesListsRecordsInEveryBatchSize() throws Exception {
        try (Connection connection = db.connection()) {
            List<OrganizerView> all = ordered().list(connection);
            assertEquals(ORGANIZERS, all.size());
            assertTrue(all.stream().anyMatch(o -> o.events().isEmpty()));
            assertTrue(all.stream().flatMap(o -> o.events().stream()).anyMatch(e -> e.tickets().isEmpty()));
            for (int fetchSize : new int[] {1, 2, 7, 23, 1000}) {
                try (Stream<OrganizerView> rows = ordered().fetchSize(fetchSize).stream(connection)) {
                    assertEquals(all, rows.toList(), "fetch size " + fetchSize);
                }
                try (Stream<OrganizerView> rows = ordered().fetchSize(fetchSize).stream(db.dataSource())) {
                    assertEquals(all, rows.toList(), "fetch size " + fetchSize + ", borrowed connection");
                }
                StringWriter out = new StringWriter();
                assertEquals(ORGANIZERS, ordered().fetchSize(fetchSize).writeJson(connection, out));
                assertEquals(Json.parse(ordered().serverJson(connection)), Json.parse(out.toString()), "fetch size " + fetchSize);
            }
            // A condition, a limit and an offset select the top-level rows; the batches their children.
            OrganizerViewQuery page = ordered().where(OrganizerViewQuery.ID.gt(3L)).limit(9).offset(2);
            try (Stream<OrganizerView> rows = page.fetchSize(4).stream(connection)) {
                assertEquals(page.list(connection), rows.toList());
            }
        }
    }

    @Test
    void theStatementsAreTheRootsAndTheChildrenOfABatch() {
        String roots = ordered().nestedRootsSql();
        assertEquals(roots, ordered().streamSql());
        assertTrue(roots.endsWith(", t0.id FROM organizer t0 ORDER BY t0.handle DESC, t0.id ASC"), roots);
        String children = ordered().nestedChildrenSql();
        assertEquals(2, children.split("= ANY\\(\\?\\)", -1).length - 1, children);
        assertFalse(children.contains("json"), children);
    }

    @Test
    void aStreamReadInATransactionOfItsOwnSeesOneSnapshot() throws Exception {
        try (Stream<OrganizerView> rows = OrganizerViewQuery.select().orderBy(OrganizerViewQuery.ID.asc()).fetchSize(1)
                .stream(db.dataSource())) {
            Iterator<OrganizerView> organizers = rows.iterator();
            assertEquals(1, organizers.next().id());
            // Organizer 2 gets an event after the first batch was read, before its own batch is.
            db.execute("INSERT INTO event (id, organizer_id, title) VALUES (9999, 2, 'late')");
            try {
                OrganizerView second = organizers.next();
                assertEquals(2, second.id());
                assertEquals(List.of(21L, 22L), second.events().stream().map(EventView::id).toList());
            } finally {
                db.execute("DELETE FROM event WHERE id = 9999");
            }
        }
    }

    @Test
    void aFailingBatchClosesTheCursorAndNamesItsStatement() throws Exception {
        String children = ordered().nestedChildrenSql();
        try (Connection connection = db.connection(); Connection locker = db.connection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET lock_timeout = '200ms'");
            }
            try (Stream<OrganizerView> rows = ordered().fetchSize(5).stream(connection)) {
                // The cursor is open (a held one: auto-commit is on). Now another transaction holds a
                // lock on ticket that the nested rows of the first batch wait for longer than
                // lock_timeout allows: the batch's statement fails.
                locker.setAutoCommit(false);
                try (Statement lock = locker.createStatement()) {
                    lock.execute("LOCK TABLE ticket IN ACCESS EXCLUSIVE MODE");
                }
                NestqlException failure = assertThrows(NestqlException.class, rows::toList);
                assertEquals("55P03", failure.sqlState());
                assertEquals(children, failure.sql());
            }
            locker.rollback();
            assertEquals(0, openCursors(connection));
            assertTrue(connection.getAutoCommit());
            assertEquals(ORGANIZERS, ordered().list(connection).size());
        }
    }

    private static long openCursors(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM pg_cursors WHERE name <> ''")) {
            result.next();
            return result.getLong(1);
        }
    }
}
