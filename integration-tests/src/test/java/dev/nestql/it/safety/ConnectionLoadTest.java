package dev.nestql.it.safety;

import static dev.nestql.it.safety.ConnectionSafetyTest.assertPoolClean;
import static dev.nestql.it.safety.ConnectionSafetyTest.awaitIdle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.safety.ConnectionSafetyTest.FailingWriter;
import dev.nestql.it.safety.Safety.EventView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.NestqlException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Sixteen threads share a pool of eight connections and mix, in a fixed random order, everything
 * that can go wrong around a cursor: abandoned streams (on borrowed connections and on the caller's
 * own), writers that fail with an exception or an {@link Error}, values that fail to bind,
 * statement timeouts, consumers that throw, and ordinary complete reads with writes in between.
 * Afterwards every connection is back in the pool, idle on the server, in auto-commit mode, and
 * without a cursor; and every write the threads made is there.
 */
class ConnectionLoadTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/safety.sql");

    private static final int THREADS = 16;
    private static final int POOL = 8;
    private static final int ROUNDS = 30;
    private static final int KINDS = 9;

    private static final EventViewQuery BY_ID = EventViewQuery.select().orderBy(EventViewQuery.ID.asc()).fetchSize(25);
    private static final EventViewQuery UNBINDABLE = BY_ID.where(EventViewQuery.CREATED.gt(Instant.MIN));
    /** 100 rows of 20 ms each: two seconds, over the pool's one-second statement timeout. */
    private static final SlowEventViewQuery SLOW = SlowEventViewQuery.select().limit(100);

    @Test
    void everyConnectionEndsIdleInAutoCommitWithoutCursorsWhateverWasThrown() throws Exception {
        PGSimpleDataSource target = (PGSimpleDataSource) db.dataSource();
        target.setOptions("-c statement_timeout=1000");
        AtomicIntegerArray done = new AtomicIntegerArray(KINDS);
        int[] audits = new int[THREADS];
        try (TestPool pool = new TestPool(target, POOL, 30_000)) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                    java.sql.ResultSet row = statement.executeQuery("SHOW statement_timeout")) {
                row.next();
                assertEquals("1s", row.getString(1));
            }
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            // Abandoned streams return their connections when the garbage collector finds them, which
            // in a busy application its own allocation brings about; this test allocates too little,
            // so a thread asks for a collection now and then.
            Thread collector = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    System.gc();
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "gc-nudge");
            collector.setDaemon(true);
            collector.start();
            try {
                List<Future<?>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    results.add(threads.submit(() -> {
                        Random random = new Random(thread);
                        for (int round = 0; round < ROUNDS; round++) {
                            int kind = random.nextInt(KINDS);
                            audits[thread] += run(kind, pool, thread);
                            done.incrementAndGet(kind);
                        }
                        return null;
                    }));
                }
                for (Future<?> result : results) {
                    result.get(5, TimeUnit.MINUTES);
                }
            } finally {
                threads.shutdownNow();
                collector.interrupt();
            }
            for (int kind = 0; kind < KINDS; kind++) {
                assertTrue(done.get(kind) > 0, "operation " + kind + " never ran");
            }
            awaitIdle(pool);
            assertPoolClean(pool, db.dataSource());
            int expected = 0;
            for (int count : audits) {
                expected += count;
            }
            try (Connection connection = pool.getConnection()) {
                assertEquals(expected, ConnectionSafetyTest.queryLong(connection, "SELECT count(*) FROM audit_row"));
            }
        }
    }

    /** Runs operation {@code kind}; returns the number of audit rows it wrote. */
    private static int run(int kind, TestPool pool, int thread) throws Exception {
        switch (kind) {
            case 0: {
                // A complete read, closed.
                try (Stream<EventView> events = BY_ID.stream(pool)) {
                    assertEquals(200, events.count());
                }
                return 0;
            }
            case 1: {
                // Abandoned part-way on a borrowed connection.
                assertEquals(1, BY_ID.stream(pool).findFirst().orElseThrow().id());
                return 0;
            }
            case 2: {
                // A writer that fails, then one that throws an Error.
                assertThrows(UncheckedIOException.class,
                        () -> BY_ID.writeJson(pool, new FailingWriter(500, () -> new IOException("gone"))));
                assertThrows(Error.class, () -> BY_ID.writeJson(pool, new FailingWriter(500, () -> new Error("broke"))));
                return 0;
            }
            case 3: {
                // A value that cannot be bound, on each kind of method.
                assertThrows(NestqlException.class, () -> UNBINDABLE.stream(pool));
                assertThrows(NestqlException.class, () -> UNBINDABLE.list(pool));
                assertThrows(NestqlException.class, () -> UNBINDABLE.writeJson(pool, new StringWriter()));
                return 0;
            }
            case 4: {
                // Statement timeouts: in list, and in a stream's first fetch.
                NestqlException timeout = assertThrows(NestqlException.class, () -> SLOW.list(pool));
                assertEquals("57014", timeout.sqlState());
                NestqlException streamTimeout = assertThrows(NestqlException.class, () -> {
                    try (Stream<?> rows = SLOW.fetchSize(100).stream(pool)) {
                        rows.count();
                    }
                });
                assertEquals("57014", streamTimeout.sqlState());
                return 0;
            }
            case 5: {
                // The caller's auto-commit connection: writes while streaming, then a stream abandoned on it.
                try (Connection connection = pool.getConnection()) {
                    int written = 0;
                    try (Stream<EventView> events = BY_ID.stream(connection)) {
                        Iterator<EventView> rows = events.iterator();
                        for (int i = 0; i < 3; i++) {
                            written += ConnectionSafetyTest.update(connection,
                                    "INSERT INTO audit_row (event_id) VALUES (" + rows.next().id() + ")");
                        }
                    }
                    BY_ID.stream(connection).iterator().next();
                    assertTrue(connection.getAutoCommit());
                    return written;
                }
            }
            case 6: {
                // The caller's transaction: a stream inside it, a write, a commit.
                try (Connection connection = pool.getConnection()) {
                    connection.setAutoCommit(false);
                    try {
                        int written;
                        try (Stream<EventView> events = BY_ID.stream(connection)) {
                            written = ConnectionSafetyTest.update(connection,
                                    "INSERT INTO audit_row (event_id) VALUES (" + events.findFirst().orElseThrow().id() + ")");
                        }
                        connection.commit();
                        return written;
                    } finally {
                        connection.setAutoCommit(true);
                    }
                }
            }
            case 7: {
                // A consumer that throws inside a closed stream.
                assertThrows(IllegalStateException.class, () -> {
                    try (Stream<EventView> events = BY_ID.stream(pool)) {
                        events.forEach(event -> {
                            if (event.id() == 30) {
                                throw new IllegalStateException("consumer failed");
                            }
                        });
                    }
                });
                return 0;
            }
            case 8: {
                // Plain reads between the failures.
                assertEquals(200, BY_ID.list(pool).size());
                assertEquals(200, BY_ID.count(pool));
                try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("INSERT INTO audit_row (event_id) VALUES (" + thread + ")");
                }
            }
            default:
                throw new AssertionError(kind);
        }
    }
}
