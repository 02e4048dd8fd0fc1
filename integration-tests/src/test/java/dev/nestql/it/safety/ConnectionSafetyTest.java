package dev.nestql.it.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.safety.Safety.EventView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.NestqlException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nothing nestql does changes the outcome of the caller's own statements, and whatever is thrown
 * the connection is left as it was and a borrowed one is returned. Each test here failed on the
 * version before these guarantees: writes made while a stream was open were rolled back, a value
 * that failed to bind left auto-commit off and kept a borrowed connection, and an abandoned stream
 * never returned its connection.
 */
class ConnectionSafetyTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/safety.sql");

    private static final int ROWS = 200;
    private static final List<Long> ALL_IDS = LongStream.rangeClosed(1, ROWS).boxed().toList();
    private static final EventViewQuery BY_ID = EventViewQuery.select().orderBy(EventViewQuery.ID.asc()).fetchSize(10);
    /** Binding fails: no {@code timestamptz} holds {@code Instant.MAX}. */
    private static final EventViewQuery UNBINDABLE = BY_ID.where(EventViewQuery.CREATED.lt(Instant.MAX));

    @BeforeEach
    void noAudit() throws SQLException {
        db.execute("TRUNCATE audit_row");
    }

    // Finding 1: writes made while a stream is open are the caller's, committed as the caller's mode says.

    @Test
    void writesMadeWhileAStreamIsOpenOnAnAutoCommitConnectionCommitAtOnce() throws Exception {
        try (Connection connection = db.connection(); Connection other = db.connection()) {
            try (Stream<EventView> events = BY_ID.stream(connection)) {
                events.forEach(event -> {
                    assertEquals(1, update(connection, "INSERT INTO audit_row (event_id) VALUES (" + event.id() + ")"));
                    try {
                        assertTrue(connection.getAutoCommit());
                    } catch (SQLException e) {
                        throw new AssertionError(e);
                    }
                });
                // Committed already, while the stream is still open: another session sees them.
                assertEquals(ROWS, queryLong(other, "SELECT count(*) FROM audit_row"));
            }
            assertEquals(ROWS, queryLong(other, "SELECT count(*) FROM audit_row"));
            assertTrue(connection.getAutoCommit());
            assertEquals(0, openCursors(connection));
        }
    }

    @Test
    void writesMadeWhileAStreamIsOpenInTheCallersTransactionStayInIt() throws Exception {
        try (Connection connection = db.connection(); Connection other = db.connection()) {
            connection.setAutoCommit(false);
            try (Stream<EventView> events = BY_ID.stream(connection)) {
                events.limit(20).forEach(event ->
                        update(connection, "INSERT INTO audit_row (event_id) VALUES (" + event.id() + ")"));
            }
            assertEquals(0, queryLong(other, "SELECT count(*) FROM audit_row"));
            connection.commit();
            assertEquals(20, queryLong(other, "SELECT count(*) FROM audit_row"));
        }
    }

    @Test
    void writeJsonOnAnAutoCommitConnectionLeavesTheCallersEarlierWritesCommitted() throws Exception {
        try (Connection connection = db.connection(); Connection other = db.connection()) {
            update(connection, "INSERT INTO audit_row (event_id) VALUES (1)");
            assertEquals(ROWS, BY_ID.writeJson(connection, new StringWriter()));
            update(connection, "INSERT INTO audit_row (event_id) VALUES (2)");
            assertEquals(2, queryLong(other, "SELECT count(*) FROM audit_row"));
            assertTrue(connection.getAutoCommit());
        }
    }

    // Finding 2: a value that cannot be bound.

    @Test
    void aValueThatCannotBeBoundIsANestqlExceptionOnEveryTerminalMethodAndLeavesTheConnectionAsItWas()
            throws Exception {
        List<Consumer<Connection>> calls = List.of(
                UNBINDABLE::list,
                UNBINDABLE::first,
                UNBINDABLE::count,
                UNBINDABLE::json,
                c -> UNBINDABLE.writeJson(c, new StringWriter()),
                c -> UNBINDABLE.writeFirstJson(c, new StringWriter()),
                c -> UNBINDABLE.stream(c).close(),
                c -> BY_ID.where(EventViewQuery.CREATED.in(Instant.EPOCH, Instant.MAX)).list(c),
                c -> BY_ID.where(EventViewQuery.CREATED.in(Instant.EPOCH, Instant.MAX)).stream(c).close());
        for (boolean autoCommit : new boolean[] {true, false}) {
            try (Connection connection = db.connection(); Connection other = db.connection()) {
                connection.setAutoCommit(autoCommit);
                for (Consumer<Connection> call : calls) {
                    NestqlException failure = assertThrows(NestqlException.class, () -> call.accept(connection));
                    assertTrue(failure.getMessage().startsWith("cannot bind the Instant compared with t0.created: "),
                            failure.getMessage());
                    assertNull(failure.sqlState());
                    assertTrue(failure.sql().contains("t0.created"), failure.sql());
                    assertEquals(autoCommit, connection.getAutoCommit());
                    assertEquals(0, openCursors(connection));
                }
                // The connection still works as it did: a write commits at once, or with the caller's commit.
                update(connection, "INSERT INTO audit_row (event_id) VALUES (1)");
                if (!autoCommit) {
                    connection.commit();
                }
                assertEquals(1, queryLong(other, "SELECT count(*) FROM audit_row"));
            }
            db.execute("TRUNCATE audit_row");
        }
    }

    @Test
    void aValueThatCannotBeBoundReturnsABorrowedConnection() throws Exception {
        try (TestPool pool = new TestPool(db.dataSource(), 2, 2_000)) {
            for (int i = 0; i < 5; i++) {
                assertThrows(NestqlException.class, () -> UNBINDABLE.stream(pool));
                assertThrows(NestqlException.class, () -> UNBINDABLE.list(pool));
                assertThrows(NestqlException.class, () -> UNBINDABLE.writeJson(pool, new StringWriter()));
                assertThrows(NestqlException.class, () -> UNBINDABLE.count(pool));
            }
            assertEquals(2, pool.idle());
            assertPoolClean(pool, db.dataSource());
        }
    }

    // Failing writers, and an Error from anywhere.

    @Test
    void aWriterThatFailsLeavesTheConnectionAsItWas() throws Exception {
        try (Connection connection = db.connection()) {
            UncheckedIOException io = assertThrows(UncheckedIOException.class,
                    () -> BY_ID.writeJson(connection, new FailingWriter(100, () -> new IOException("disk full"))));
            assertTrue(io.getMessage().contains("disk full"), io.getMessage());
            assertTrue(connection.getAutoCommit());
            assertEquals(0, openCursors(connection));

            Error error = assertThrows(Error.class,
                    () -> BY_ID.writeJson(connection, new FailingWriter(100, () -> new Error("writer broke"))));
            assertEquals("writer broke", error.getMessage());
            assertTrue(connection.getAutoCommit());
            assertEquals(0, openCursors(connection));
            assertEquals("idle", sessionState(connection, db.dataSource()));
        }
        try (TestPool pool = new TestPool(db.dataSource(), 1, 2_000)) {
            assertThrows(Error.class, () -> BY_ID.writeJson(pool, new FailingWriter(10, () -> new Error("writer broke"))));
            assertThrows(UncheckedIOException.class,
                    () -> BY_ID.writeJson(pool, new FailingWriter(10, () -> new IOException("gone"))));
            assertEquals(1, pool.idle());
            assertPoolClean(pool, db.dataSource());
        }
    }

    @Test
    void anErrorThrownWhileReadingAStreamReturnsABorrowedConnection() throws Exception {
        try (TestPool pool = new TestPool(db.dataSource(), 1, 2_000)) {
            Error error = assertThrows(Error.class, () -> {
                try (Stream<EventView> events = BY_ID.stream(pool)) {
                    events.forEach(event -> {
                        if (event.id() == 15) {
                            throw new Error("consumer broke");
                        }
                    });
                }
            });
            assertEquals("consumer broke", error.getMessage());
            assertEquals(1, pool.idle());
            assertPoolClean(pool, db.dataSource());
        }
    }

    // Finding 3: abandoned streams.

    @Test
    void anAbandonedStreamReturnsItsBorrowedConnectionOnceUnreachable() throws Exception {
        try (TestPool pool = new TestPool(db.dataSource(), 2, 10_000)) {
            for (int i = 0; i < 10; i++) {
                // findFirst() does not close the stream: its connection comes back when the garbage
                // collector finds the stream unreachable, which a busy application's allocation does.
                System.gc();
                assertEquals(1, BY_ID.stream(pool).findFirst().orElseThrow().id());
                Iterator<EventView> partly = BY_ID.stream(pool).iterator();
                assertEquals(1, partly.next().id());
                partly = null;
            }
            awaitIdle(pool);
            assertPoolClean(pool, db.dataSource());
        }
    }

    @Test
    void anAbandonedStreamOnTheCallersAutoCommitConnectionIsClosedByTheNextCall() throws Exception {
        try (Connection connection = db.connection()) {
            Iterator<EventView> partly = BY_ID.stream(connection).iterator();
            assertEquals(1, partly.next().id());
            partly = null;
            assertEquals(1, openCursors(connection));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (openCursors(connection) > 0 && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(20);
                assertEquals(ROWS, BY_ID.count(connection));
            }
            assertEquals(0, openCursors(connection));
            assertTrue(connection.getAutoCommit());
            assertEquals(ALL_IDS, BY_ID.list(connection).stream().map(EventView::id).toList());
        }
    }

    // Helpers.

    static void awaitIdle(TestPool pool) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (pool.idle() < pool.connections().size() && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(pool.connections().size(), pool.idle(), "connections back in the pool");
    }

    /**
     * Every physical connection of the pool as a new one is: auto-commit on, no transaction open on
     * the server, and no cursor once nestql has run on it after the garbage collector found the
     * streams abandoned on it (the next call closes their held cursors).
     */
    static void assertPoolClean(TestPool pool, DataSource monitor) throws SQLException, InterruptedException {
        for (Connection connection : pool.connections()) {
            assertTrue(connection.getAutoCommit());
            assertEquals("idle", sessionState(connection, monitor));
            long deadline = System.nanoTime() + 10_000_000_000L;
            EventViewQuery.select().count(connection);
            while (openCursors(connection) > 0 && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(20);
                EventViewQuery.select().count(connection);
            }
            assertEquals(0, openCursors(connection));
        }
    }

    /** The server's state of the session of {@code connection}, as another session sees it. */
    static String sessionState(Connection connection, DataSource monitor) throws SQLException {
        int pid;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            pid = row.getInt(1);
        }
        // pg_backend_pid() itself ran in auto-commit or in the caller's transaction; look from outside.
        try (Connection other = monitor.getConnection(); Statement statement = other.createStatement();
                ResultSet row = statement.executeQuery("SELECT state FROM pg_stat_activity WHERE pid = " + pid)) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }

    static long openCursors(Connection connection) throws SQLException {
        return queryLong(connection, "SELECT count(*) FROM pg_cursors WHERE name <> ''");
    }

    static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next());
            return result.getLong(1);
        }
    }

    static int update(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Accepts {@code chars} characters, then throws what {@code failure} makes. */
    static final class FailingWriter extends Writer {
        interface Failure {
            Throwable make();
        }

        private long left;
        private final Failure failure;

        FailingWriter(long chars, Failure failure) {
            this.left = chars;
            this.failure = failure;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            left -= length;
            if (left < 0) {
                Throwable thrown = failure.make();
                if (thrown instanceof IOException io) {
                    throw io;
                }
                if (thrown instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw (Error) thrown;
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
