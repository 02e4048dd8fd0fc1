package dev.nestql.it.safety;

import static dev.nestql.it.safety.ConnectionSafetyTest.openCursors;
import static dev.nestql.it.safety.ConnectionSafetyTest.queryLong;
import static dev.nestql.it.safety.ConnectionSafetyTest.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.safety.Safety.EventView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.NestqlException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Held cursors (streams on a caller's auto-commit connection) under the cases a review of the
 * first version found wrong, one test each: the statement timeout, pools whose wrappers unwrap to
 * themselves, a stream closed after its connection went back to the pool, a stream closed after
 * the cleaner found it, the caller's own SQL-level transaction, and the driver's statement cache.
 */
class ReviewFindingsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/safety.sql");

    private static final EventViewQuery BY_ID = EventViewQuery.select().orderBy(EventViewQuery.ID.asc()).fetchSize(10);

    @BeforeEach
    void noAudit() throws SQLException {
        db.execute("TRUNCATE audit_row");
    }

    /**
     * PostgreSQL computes a held cursor when its statement commits, with the statement timeout
     * already off: the first version ran any query to its end. Now the timeout applies.
     */
    @Test
    void aHeldStreamObeysTheSessionsStatementTimeout() throws Exception {
        try (Connection connection = db.connection()) {
            update(connection, "SET statement_timeout = '1s'");
            long start = System.nanoTime();
            // 100 rows of 20 ms each: two seconds.
            NestqlException timeout = assertThrows(NestqlException.class,
                    () -> SlowEventViewQuery.select().limit(100).stream(connection).close());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("57014", timeout.sqlState());
            assertTrue(millis < 1_900, "cancelled after " + millis + " ms");
            assertTrue(connection.getAutoCommit());
            assertEquals(0, openCursors(connection));
            assertEquals(200, BY_ID.count(connection));
        }
    }

    @Test
    void anAbandonedHeldCursorIsClosedThroughAPoolWhoseWrappersUnwrapToThemselves() throws Exception {
        try (TestPool pool = new TestPool(db.dataSource(), 1, 5_000, true)) {
            try (Connection connection = pool.getConnection()) {
                Iterator<EventView> partly = BY_ID.stream(connection).iterator();
                partly.next();
                partly = null;
            }
            Connection physical = pool.connections().get(0);
            assertEquals(1, openCursors(physical));
            awaitClosedByNextCall(pool, physical);
        }
    }

    @Test
    void aStreamClosedAfterItsConnectionWentBackToThePoolHasItsCursorClosedByTheNextCall() throws Exception {
        try (TestPool pool = new TestPool(db.dataSource(), 1, 5_000)) {
            Stream<EventView> events;
            try (Connection connection = pool.getConnection()) {
                events = BY_ID.stream(connection);
                events.iterator().next();
            }
            events.close();
            Connection physical = pool.connections().get(0);
            assertEquals(1, openCursors(physical));
            try (Connection connection = pool.getConnection()) {
                assertEquals(200, BY_ID.count(connection));
            }
            assertEquals(0, openCursors(physical));
        }
    }

    /**
     * A terminal operation lets go of the rows while the caller still holds the stream: the cleaner
     * may find them before the caller closes the stream, and closing must still release the cursor.
     */
    @Test
    void closingAStreamAfterTheCleanerFoundItsRowsStillReleasesTheCursor() throws Exception {
        for (boolean autoCommit : new boolean[] {true, false}) {
            try (Connection connection = db.connection()) {
                connection.setAutoCommit(autoCommit);
                try (Stream<EventView> events = BY_ID.stream(connection)) {
                    assertEquals(1, events.findFirst().orElseThrow().id());
                    for (int i = 0; i < 5; i++) {
                        System.gc();
                        Thread.sleep(50);
                    }
                }
                assertEquals(0, openCursors(connection), autoCommit ? "held cursor" : "portal");
                if (!autoCommit) {
                    connection.rollback();
                }
            }
        }
    }

    /**
     * The caller's own {@code BEGIN} leaves the driver in auto-commit mode; closing a held cursor
     * that the caller's {@code CLOSE ALL} already closed must not abort that transaction.
     */
    @Test
    void closingAbandonedCursorsNeverAbortsTheCallersTransaction() throws Exception {
        try (Connection connection = db.connection(); Connection other = db.connection()) {
            Iterator<EventView> partly = BY_ID.stream(connection).iterator();
            partly.next();
            partly = null;
            for (int i = 0; i < 5; i++) {
                System.gc();
                Thread.sleep(50);
            }
            update(connection, "BEGIN");
            update(connection, "CLOSE ALL");
            update(connection, "INSERT INTO audit_row (event_id) VALUES (1)");
            assertEquals(200, BY_ID.count(connection));
            update(connection, "INSERT INTO audit_row (event_id) VALUES (2)");
            update(connection, "COMMIT");
            assertEquals(2, queryLong(other, "SELECT count(*) FROM audit_row"));
        }
    }

    /**
     * Reading a stream after ending its transaction cannot work, but used to fail with a
     * {@code FETCH} from a closed portal: that failing statement aborted the caller's next
     * transaction, whose commit then silently rolled back. Now the read fails by itself.
     */
    @Test
    void readingAStreamAfterItsTransactionEndedFailsClearlyAndLeavesTheNextTransactionAlone() throws Exception {
        try (Connection connection = db.connection(); Connection other = db.connection()) {
            connection.setAutoCommit(false);
            Iterator<EventView> events = BY_ID.stream(connection).iterator();
            assertEquals(1, events.next().id());
            connection.commit();
            update(connection, "INSERT INTO audit_row (event_id) VALUES (1)");
            NestqlException ended = assertThrows(NestqlException.class, () -> {
                while (events.hasNext()) {
                    events.next();
                }
            });
            assertEquals("34000", ended.sqlState());
            assertTrue(ended.getMessage().contains("the transaction this stream was reading in has ended"), ended.getMessage());
            update(connection, "INSERT INTO audit_row (event_id) VALUES (2)");
            connection.commit();
            assertEquals(2, queryLong(other, "SELECT count(*) FROM audit_row"));
            assertEquals(0, openCursors(connection));
        }
    }

    /** One cursor name per stream would push the caller's prepared statements out of the driver's cache. */
    @Test
    void streamsReuseTheirCursorNamesAndLeaveTheCallersPreparedStatementsCached() throws Exception {
        String sql = "SELECT count(*) + ? FROM event_row";
        try (Connection connection = db.connection()) {
            for (int i = 0; i < 6; i++) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setInt(1, i);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                    }
                }
            }
            assertEquals(1, prepared(connection, "SELECT count(*) + $1 FROM event_row"));
            for (int i = 0; i < 300; i++) {
                try (Stream<EventView> events = BY_ID.stream(connection)) {
                    events.iterator().next();
                }
            }
            assertEquals(1, prepared(connection, "SELECT count(*) + $1 FROM event_row"));
            assertTrue(prepared(connection, "FETCH%") <= 2, "FETCH statements: " + prepared(connection, "FETCH%"));
        }
    }

    private static long prepared(Connection connection, String pattern) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE ?")) {
            statement.setString(1, pattern);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void awaitClosedByNextCall(TestPool pool, Connection physical) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (openCursors(physical) > 0 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
            try (Connection connection = pool.getConnection()) {
                assertEquals(200, BY_ID.count(connection));
            }
        }
        assertEquals(0, openCursors(physical));
    }
}
