package dev.nestql.it.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nestql.it.streaming.Streaming.StreamView;
import dev.nestql.testsupport.TestDatabase;
import dev.nestql.it.support.TestSchema;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code stream} and {@code writeJson} read through a server-side cursor: the cursor is released
 * and the connection left as it was when the stream is closed or exhausted, a borrowed connection
 * is closed, and {@code writeJson} of a million rows runs in a 64 MB heap.
 */
class StreamingTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/streaming.sql");

    private static final int ROWS = 1_000;
    private static final List<Long> ALL_IDS = LongStream.rangeClosed(1, ROWS).boxed().toList();

    /** Ten rows at a time, in id order. */
    private static final StreamViewQuery QUERY = StreamViewQuery.select().orderBy(StreamViewQuery.ID.asc()).fetchSize(10);

    @BeforeAll
    static void data() throws Exception {
        db.execute("INSERT INTO stream_row (id, label) SELECT g, 'row ' || g FROM generate_series(1, " + ROWS + ") g");
    }

    // (i) Closing a partly read stream.

    @Test
    void closingAStreamOnAnAutoCommitConnectionReleasesTheCursorAndKeepsAutoCommit() throws Exception {
        try (Connection connection = db.connection()) {
            assertTrue(connection.getAutoCommit());
            assertEquals(0, openCursors(connection));

            try (Stream<StreamView> rows = QUERY.stream(connection)) {
                assertEquals(List.of(new StreamView(1, "row 1"), new StreamView(2, "row 2"), new StreamView(3, "row 3")), firstThree(rows));
                // While the stream is open the rows come from a held cursor; auto-commit stays on.
                assertEquals(1, openCursors(connection));
                assertTrue(connection.getAutoCommit());
            }

            assertEquals(0, openCursors(connection));
            assertTrue(connection.getAutoCommit());
            // Auto-commit really is back: a write is visible at once to another session.
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO stream_row (id, label) VALUES (" + (ROWS + 1) + ", 'extra')");
            }
            try {
                try (Connection other = db.connection()) {
                    assertEquals(1, queryLong(other, "SELECT count(*) FROM stream_row WHERE id = " + (ROWS + 1)));
                }
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("DELETE FROM stream_row WHERE id = " + (ROWS + 1));
                }
            }
        }
    }

    @Test
    void closingAStreamInAUserTransactionReleasesTheCursorAndKeepsTheTransaction() throws Exception {
        try (Connection connection = db.connection()) {
            connection.setAutoCommit(false);
            try {
                long transaction = queryLong(connection, "SELECT txid_current()");

                try (Stream<StreamView> rows = QUERY.stream(connection)) {
                    assertEquals(List.of(new StreamView(1, "row 1"), new StreamView(2, "row 2"), new StreamView(3, "row 3")),
                            firstThree(rows));
                    assertEquals(1, openCursors(connection));
                }

                assertEquals(0, openCursors(connection));
                assertFalse(connection.getAutoCommit());
                // Neither committed nor rolled back: still the same transaction.
                assertEquals(transaction, queryLong(connection, "SELECT txid_current()"));
            } finally {
                connection.rollback();
            }
        }
    }

    // (ii) A stream over a DataSource owns its connection.

    @Test
    void closingAStreamOverADataSourceClosesItsConnection() throws Exception {
        CountingDataSource dataSource = new CountingDataSource(db.dataSource());

        try (Stream<StreamView> rows = QUERY.stream(dataSource)) {
            assertEquals(3, firstThree(rows).size());
            assertEquals(1, dataSource.open());
        }

        assertEquals(1, dataSource.opened());
        assertEquals(0, dataSource.open());
        assertTrue(dataSource.connections.get(0).isClosed());
    }

    // (iii) Exhausting a stream without closing it.

    @Test
    void exhaustingAStreamWithoutClosingItReleasesTheCursor() throws Exception {
        try (Connection connection = db.connection()) {
            Stream<StreamView> rows = QUERY.stream(connection);
            assertEquals(ALL_IDS, rows.map(StreamView::id).toList());

            assertEquals(0, openCursors(connection));
            assertTrue(connection.getAutoCommit());
        }
        try (Connection connection = db.connection()) {
            connection.setAutoCommit(false);
            try {
                long transaction = queryLong(connection, "SELECT txid_current()");
                Iterator<StreamView> rows = QUERY.stream(connection).iterator();
                int read = 0;
                while (rows.hasNext()) {
                    assertEquals(++read, rows.next().id());
                }
                assertEquals(ROWS, read);

                assertEquals(0, openCursors(connection));
                assertFalse(connection.getAutoCommit());
                assertEquals(transaction, queryLong(connection, "SELECT txid_current()"));
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void exhaustingAStreamOverADataSourceClosesItsConnection() throws Exception {
        CountingDataSource dataSource = new CountingDataSource(db.dataSource());

        Stream<StreamView> rows = QUERY.stream(dataSource);
        assertEquals(ALL_IDS, rows.map(StreamView::id).toList());

        assertEquals(1, dataSource.opened());
        assertEquals(0, dataSource.open());
        assertTrue(dataSource.connections.get(0).isClosed());
    }

    @Test
    void writeJsonLeavesNoCursorAndRestoresAutoCommit() throws Exception {
        try (Connection connection = db.connection()) {
            StringWriter out = new StringWriter();
            assertEquals(ROWS, QUERY.writeJson(connection, out));

            assertTrue(out.toString().startsWith("[{\"id\":1,\"label\":\"row 1\"},{\"id\":2,"), out.toString().substring(0, 60));
            assertEquals(0, openCursors(connection));
            assertTrue(connection.getAutoCommit());
        }
        CountingDataSource dataSource = new CountingDataSource(db.dataSource());
        assertEquals(ROWS, QUERY.writeJson(dataSource, new StringWriter()));
        assertEquals(1, dataSource.opened());
        assertEquals(0, dataSource.open());
    }

    // (iv) writeJson of a million rows in a 64 MB heap.

    @Test
    void writeJsonOfAMillionRowsRunsInA64MegabyteHeap() throws Exception {
        // About 100 characters of JSON a row: 100 million in all, more than the child's heap holds.
        db.execute("INSERT INTO million_row (id, label, amount) "
                + "SELECT g, 'row ' || g || ' ' || repeat('x', 60), g / 100.0 FROM generate_series(1, 1000000) g");

        Path log = Files.createTempFile("nestql-write-json", ".log");
        try {
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m",
                    "-cp", testClassPath(),
                    WriteJsonMain.class.getName(),
                    TestDatabase.url(),
                    db.name());
            Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!child.waitFor(120, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                fail("the child JVM did not finish in 120 s:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println("write-json child: " + output.trim());
            assertEquals(0, child.exitValue(), output);

            Map<String, String> seen = report(output);
            assertEquals("1000000", seen.get("rows"), output);
            assertEquals("1000000", seen.get("objects"), output);
            assertEquals("999999", seen.get("separators"), output);
            assertEquals("[", seen.get("first"), output);
            assertEquals("]", seen.get("last"), output);
            assertEquals("0", seen.get("depth"), output);
            assertTrue(Long.parseLong(seen.get("chars")) > 64L * 1024 * 1024, output);
            long maxMemory = Long.parseLong(seen.get("maxMemory"));
            assertTrue(maxMemory <= 64L * 1024 * 1024, "the child's heap is limited to 64 MB: " + output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * The test class path. Surefire starts the test JVM with a manifest-only jar but then sets
     * {@code java.class.path} to the real class path (the jar is left in
     * {@code surefire.real.class.path}); {@code surefire.test.class.path} holds it too.
     */
    private static String testClassPath() {
        String classPath = System.getProperty("java.class.path");
        String testClasses = WriteJsonMain.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (new File(entry).getAbsoluteFile().equals(new File(testClasses).getAbsoluteFile())) {
                return classPath;
            }
        }
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null ? surefire : classPath;
    }

    /** The {@code key=value} pairs of the child's report line. */
    private static Map<String, String> report(String output) {
        for (String line : output.split("\n")) {
            if (line.startsWith("rows=")) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String pair : line.trim().split(" ")) {
                    int equals = pair.indexOf('=');
                    values.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
                return values;
            }
        }
        throw new AssertionError("no report from the child JVM:\n" + output);
    }

    private static List<StreamView> firstThree(Stream<StreamView> rows) {
        Iterator<StreamView> iterator = rows.iterator();
        List<StreamView> three = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            three.add(iterator.next());
        }
        return three;
    }

    /**
     * Cursors and protocol-level portals open in the session of {@code connection}. pg_cursors also
     * lists the unnamed portal of the statement that reads it (the driver uses the extended query
     * protocol), so that one is left out: a cursor the driver opens for a fetch size is named.
     */
    private static long openCursors(Connection connection) throws SQLException {
        return queryLong(connection, "SELECT count(*) FROM pg_cursors WHERE name <> ''");
    }

    private static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next());
            return result.getLong(1);
        }
    }

    /** Counts the connections it hands out and how many of them are still open. */
    static final class CountingDataSource implements DataSource {
        private final DataSource target;
        private final AtomicInteger opened = new AtomicInteger();
        private final AtomicInteger open = new AtomicInteger();
        final List<Connection> connections = new ArrayList<>();

        CountingDataSource(DataSource target) {
            this.target = target;
        }

        int opened() {
            return opened.get();
        }

        int open() {
            return open.get();
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(target.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return counted(target.getConnection(user, password));
        }

        private Connection counted(Connection connection) {
            opened.incrementAndGet();
            open.incrementAndGet();
            connections.add(connection);
            boolean[] closed = {false};
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0 && !closed[0]) {
                            closed[0] = true;
                            open.decrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return target.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return target.isWrapperFor(type);
        }
    }
}
