package dev.nestql.query;

import dev.nestql.internal.JsonOutput;
import dev.nestql.internal.RowReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.ref.Cleaner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A statement read a fetch size of rows at a time, so that memory stays bounded however many rows
 * there are, without changing the outcome of anything else the caller runs on the connection.
 *
 * <p>PostgreSQL keeps a cursor only inside a transaction, or as a {@code WITH HOLD} cursor that
 * outlives its transaction. Which one is used depends on the connection:
 *
 * <ul>
 *   <li>{@link Mode#CALLER_TRANSACTION}: the caller's connection is in a transaction (auto-commit
 *       off) and nothing else runs on it while the rows are read ({@code writeJson}). The cursor
 *       is a portal of that transaction; closing it closes the statement and neither commits nor
 *       rolls back.
 *   <li>{@link Mode#DECLARED}: the caller's connection is in a transaction and the caller may run
 *       statements of its own while the rows are read ({@code stream(Connection)}). The statement
 *       runs as a {@code DECLARE ... CURSOR} of that transaction, and before each further
 *       {@code FETCH} a query checks that the cursor is still open: a caller who ended the
 *       transaction mid-stream gets a clear error instead of a failing {@code FETCH}, which would
 *       abort the transaction the caller is in by then and lose its work.
 *   <li>{@link Mode#HELD}: the caller's connection is in auto-commit mode and the caller may run
 *       statements of its own while the rows are read ({@code stream(Connection)}). The statement
 *       runs as a {@code DECLARE ... CURSOR WITH HOLD}, which PostgreSQL completes and keeps for the
 *       session, and the rows are fetched from it. Auto-commit stays on, so the caller's statements
 *       commit as they always do; the cost is that the whole result is computed before the first
 *       row arrives.
 *   <li>{@link Mode#OWN_TRANSACTION}: a connection in auto-commit mode that nothing else uses while
 *       the rows are read (a borrowed connection, or {@code writeJson}, which returns only when all
 *       rows are written). Auto-commit is switched off for the read and back on afterwards; the
 *       read's transaction is committed when it succeeded, as auto-commit would have, and rolled back
 *       when it failed.
 * </ul>
 *
 * <p>Whatever is thrown, and from wherever (the driver, a value that cannot be bound, the writer,
 * an {@link Error}), the cursor is closed, auto-commit is restored and a borrowed connection is
 * closed. A stream that is abandoned without being closed is closed by a {@link Cleaner} when it
 * becomes unreachable: on a borrowed connection everything is released then; a held cursor of the
 * caller's connection is closed by the next nestql call on that connection, since the cleaning
 * thread must not use a connection that the caller may be using.
 */
final class Cursor implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();

    /** How the cursor lives; see the class comment. */
    enum Mode {
        CALLER_TRANSACTION,
        DECLARED,
        HELD,
        OWN_TRANSACTION
    }

    /** Binds the parameters of the statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private final Connection connection;
    private final boolean ownsConnection;
    private final Mode mode;
    private final String sql;
    private final int fetchSize;
    /** The name of a held cursor. */
    private String name;
    /**
     * The physical connection under a pool's wrapper, for a held cursor: once the caller returns
     * the wrapper to its pool, the wrapper can no longer tell.
     */
    private Connection physical;
    private PreparedStatement statement;
    private Statement fetch;
    private ResultSet rows;
    /** Rows read from the current batch of a held cursor. */
    private int batchRows;
    private boolean closed;
    /** Whether the cleaner found the stream unreachable; its cursor may still be closed by the caller. */
    private boolean abandoned;
    private boolean failed;

    private Cursor(Connection connection, boolean ownsConnection, Mode mode, String sql, int fetchSize) {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        this.mode = mode;
        this.sql = sql;
        this.fetchSize = fetchSize;
    }

    /**
     * Runs {@code sql} and opens its cursor.
     *
     * @param ownsConnection whether the connection was borrowed for this cursor and is closed with it
     * @param shared whether the caller may run statements of its own on the connection while the
     *     cursor is open
     */
    static Cursor open(Connection connection, boolean ownsConnection, boolean shared, String sql, Binder binder,
            int fetchSize) {
        return open(connection, ownsConnection, shared, sql, binder, fetchSize, false);
    }

    /**
     * Runs {@code sql} and opens its cursor; with {@code oneSnapshot}, a read in a transaction of
     * its own runs at {@code REPEATABLE READ}, so that statements run beside the cursor (the
     * nested rows of each batch) see the data as the cursor does.
     */
    static Cursor open(Connection connection, boolean ownsConnection, boolean shared, String sql, Binder binder,
            int fetchSize, boolean oneSnapshot) {
        Cursor cursor = null;
        try {
            HeldCursors.closeAbandoned(connection);
            boolean callersStatements = shared && !ownsConnection;
            Mode mode = !connection.getAutoCommit()
                    ? callersStatements ? Mode.DECLARED : Mode.CALLER_TRANSACTION
                    : callersStatements ? Mode.HELD : Mode.OWN_TRANSACTION;
            cursor = new Cursor(connection, ownsConnection, mode, sql, fetchSize);
            cursor.execute(binder, oneSnapshot);
            return cursor;
        } catch (Throwable e) {
            if (cursor != null) {
                throw cursor.abort(e);
            }
            RuntimeException failure = ProjectionQuery.failure(e, sql);
            if (ownsConnection) {
                closeQuietly(connection, failure != null ? failure : e);
            }
            if (failure != null) {
                throw failure;
            }
            throw (Error) e;
        }
    }

    private void execute(Binder binder, boolean oneSnapshot) throws SQLException {
        switch (mode) {
            case HELD:
                physical = HeldCursors.physical(connection);
                name = HeldCursors.acquire(physical);
                statement = connection.prepareStatement("DECLARE " + name + " NO SCROLL CURSOR WITH HOLD FOR " + sql);
                binder.bind(statement);
                applyStatementTimeout();
                statement.execute();
                fetch = connection.createStatement();
                nextBatch();
                return;
            case DECLARED:
                physical = HeldCursors.physical(connection);
                name = HeldCursors.acquire(physical);
                statement = connection.prepareStatement("DECLARE " + name + " NO SCROLL CURSOR FOR " + sql);
                binder.bind(statement);
                statement.execute();
                fetch = connection.createStatement();
                nextBatch();
                return;
            case OWN_TRANSACTION:
                connection.setAutoCommit(false);
                if (oneSnapshot) {
                    try (Statement isolation = connection.createStatement()) {
                        isolation.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                    }
                }
                // fall through: from here on, a portal in a transaction
            case CALLER_TRANSACTION:
                statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                statement.setFetchSize(fetchSize);
                binder.bind(statement);
                rows = statement.executeQuery();
                return;
            default:
                throw new AssertionError(mode);
        }
    }

    /**
     * PostgreSQL computes a held cursor's rows when the statement that declares it commits, after
     * it has switched the session's {@code statement_timeout} off; so the timeout is applied here,
     * by the driver, to the {@code DECLARE} (rounded up to whole seconds, JDBC's unit). A timeout
     * cancels the statement with SQL state 57014, as the server's own would.
     */
    private void applyStatementTimeout() throws SQLException {
        String setting;
        try (Statement show = connection.createStatement();
                ResultSet row = show.executeQuery("SELECT pg_catalog.current_setting('statement_timeout')")) {
            row.next();
            setting = row.getString(1);
        }
        long millis = timeoutMillis(setting);
        if (millis > 0) {
            statement.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000));
        }
    }

    /** A {@code statement_timeout} as PostgreSQL shows it ({@code 0}, {@code 1500ms}, {@code 2s}, {@code 5min}) in milliseconds. */
    static long timeoutMillis(String setting) {
        int digits = 0;
        while (digits < setting.length() && Character.isDigit(setting.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return 0;
        }
        long value = Long.parseLong(setting.substring(0, digits));
        switch (setting.substring(digits).trim()) {
            case "":
            case "ms":
                return value;
            case "s":
                return value * 1_000;
            case "min":
                return value * 60_000;
            case "h":
                return value * 3_600_000;
            case "d":
                return value * 86_400_000;
            default:
                return 0;
        }
    }

    private void nextBatch() throws SQLException {
        if (rows != null) {
            rows.close();
            if (mode == Mode.DECLARED) {
                requireOpen();
            }
        }
        rows = fetch.executeQuery("FETCH FORWARD " + fetchSize + " FROM " + name);
        batchRows = 0;
    }

    /**
     * Checks that the cursor of the caller's transaction is still open before fetching from it. A
     * {@code FETCH} from a cursor that the end of the transaction closed would fail, and a failing
     * statement aborts the transaction the caller is in by then, whose work a later commit would
     * silently roll back; this query fails only when that transaction has failed already.
     */
    private void requireOpen() throws SQLException {
        try (PreparedStatement open = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_cursors WHERE name = ?")) {
            open.setString(1, name);
            try (ResultSet row = open.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("the transaction this stream was reading in has ended (committed or rolled back),"
                            + " and its cursor with it: read a stream before ending its transaction", "34000");
                }
            }
        }
    }

    /** Whether the cursor is an SQL cursor of nestql's own, fetched with {@code FETCH}, not a driver portal. */
    private boolean declaresCursor() {
        return mode == Mode.HELD || mode == Mode.DECLARED;
    }

    /** Moves to the next row; {@code false} at the end. */
    private boolean next() throws SQLException {
        if (rows.next()) {
            batchRows++;
            return true;
        }
        if (!declaresCursor() || batchRows < fetchSize) {
            return false;
        }
        nextBatch();
        return next();
    }

    /** Turns a cursor's rows into records: one per row, or a batch of rows at a time. */
    @FunctionalInterface
    interface Records<P> {
        /** The next record, reading as many of the cursor's rows as it needs; {@code null} after the last. */
        P next(Cursor cursor) throws SQLException, IOException;
    }

    /** One record per row, read by {@code reader}. */
    static <P> Records<P> perRow(RowReader<P> reader) {
        return cursor -> cursor.next() ? reader.read(cursor.rows) : null;
    }

    /** Moves to the next row, fetching the next batch when needed; {@code false} after the last. */
    boolean advance() throws SQLException {
        return next();
    }

    /** The current row. */
    ResultSet row() {
        return rows;
    }

    /** The connection the cursor reads on. */
    Connection connection() {
        return connection;
    }

    /** The number of rows fetched at a time. */
    int fetchSize() {
        return fetchSize;
    }

    /**
     * The records as a lazy stream that closes this cursor when it is closed or exhausted, or when
     * a record cannot be read; and when it is abandoned, once the garbage collector finds it
     * unreachable.
     */
    <P> Stream<P> stream(Records<P> records) {
        RowSpliterator<P> spliterator = new RowSpliterator<>(this, records);
        Cleaner.Cleanable cleanable = CLEANER.register(spliterator, new Abandoned(this));
        return StreamSupport.stream(spliterator, false).onClose(() -> {
            try {
                close();
            } finally {
                cleanable.clean();
            }
        });
    }

    /**
     * The records of a cursor. The cleaner watches this object, which everything reading the rows
     * (a stream pipeline, an iterator) holds, while the cursor does not refer to it.
     */
    private static final class RowSpliterator<P> extends Spliterators.AbstractSpliterator<P> {
        private final Cursor cursor;
        private final Records<P> records;

        RowSpliterator(Cursor cursor, Records<P> records) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.cursor = cursor;
            this.records = records;
        }

        @Override
        public boolean tryAdvance(Consumer<? super P> action) {
            P row = cursor.read(records);
            if (row == null) {
                return false;
            }
            action.accept(row);
            return true;
        }
    }

    /** The next record, or {@code null} after the last one (the cursor is closed then). */
    private synchronized <P> P read(Records<P> records) {
        if (closed) {
            return null;
        }
        try {
            P record = records.next(this);
            if (record == null) {
                close();
            }
            return record;
        } catch (Throwable e) {
            throw abort(e);
        }
    }

    /**
     * The cleaning action of an abandoned stream; refers to the cursor only. The cleaner's one
     * thread must never wait on a network, so the release runs on a thread of its own: a connection
     * that hangs holds up its own release, not every other one.
     */
    private record Abandoned(Cursor cursor) implements Runnable {
        @Override
        public void run() {
            Thread release = new Thread(cursor::abandon, "nestql-abandoned-stream");
            release.setDaemon(true);
            release.start();
        }
    }

    /**
     * Releases the cursor of a stream that became unreachable without being closed. A borrowed
     * connection is used by nobody else now, so everything is released. The caller's connection is
     * not touched from this thread: a held cursor is left to the next nestql call on it, and a
     * portal of the caller's transaction ends with that transaction. Either is still released at
     * once if the caller closes the stream after all (it may hold the stream while a terminal
     * operation has let go of its rows).
     */
    private synchronized void abandon() {
        if (closed || abandoned) {
            return;
        }
        if (ownsConnection) {
            failed = true;
            try {
                close();
            } catch (RuntimeException e) {
                // Nobody is left to tell: the stream is gone, and the connection is closed regardless.
            }
            return;
        }
        abandoned = true;
        if (declaresCursor() && name != null) {
            HeldCursors.abandon(physical, name);
        }
    }

    /** Gives the output of the records of a result with {@code metadata}, or {@code null} when Java cannot write them. */
    @FunctionalInterface
    interface JsonOpener {
        JsonOutput open(ResultSetMetaData metadata) throws SQLException, IOException;
    }

    /**
     * Writes the records that {@code records} reads, as one JSON array through the output
     * {@code opener} gives for the result; returns the number of rows, or -1, having written
     * nothing, when it gives none.
     */
    <P> long writeJsonRecords(Records<P> records, JsonOpener opener, JsonOutput.RecordWriter<P> writer) {
        long count = 0;
        boolean writing = false;
        try {
            JsonOutput json = opener.open(rows.getMetaData());
            if (json == null) {
                return -1;
            }
            writing = true;
            json.beginArray();
            while (true) {
                writing = false;
                P record = records.next(this);
                if (record == null) {
                    break;
                }
                writing = true;
                writer.write(json, record);
                count++;
            }
            json.endArray();
            json.flush();
            return count;
        } catch (IOException e) {
            if (!writing) {
                throw abort(e);
            }
            UncheckedIOException failure = new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
            failed = true;
            closeQuietly(failure);
            throw failure;
        } catch (Throwable e) {
            throw abort(e);
        }
    }

    /** Writes the rows, each a JSON text, as one JSON array; returns the number of rows. */
    long writeJsonArray(Writer out) {
        long count = 0;
        try {
            out.write('[');
            while (next()) {
                if (count++ > 0) {
                    out.write(',');
                }
                out.write(rows.getString(1));
            }
            out.write(']');
            return count;
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
            failed = true;
            closeQuietly(failure);
            throw failure;
        } catch (Throwable e) {
            throw abort(e);
        }
    }

    /**
     * Marks the read failed, closes the cursor and returns what to throw for {@code e} (see
     * {@link ProjectionQuery#failure}); an {@link Error} is rethrown as it is, after closing.
     */
    private RuntimeException abort(Throwable e) {
        RuntimeException failure = ProjectionQuery.failure(e, sql);
        failed = true;
        closeQuietly(failure != null ? failure : e);
        if (failure == null) {
            throw (Error) e;
        }
        return failure;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        SQLException failure = null;
        try {
            if (rows != null) {
                rows.close();
            }
        } catch (SQLException e) {
            failure = e;
        }
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException e) {
            failure = add(failure, e);
        }
        try {
            if (fetch != null) {
                fetch.close();
            }
        } catch (SQLException e) {
            failure = add(failure, e);
        }
        try {
            endRead();
        } catch (SQLException e) {
            failure = add(failure, e);
        }
        try {
            if (ownsConnection) {
                connection.close();
            }
        } catch (SQLException e) {
            failure = add(failure, e);
        }
        if (failure != null) {
            throw new NestqlException(failure, sql);
        }
    }

    /** Ends what the read started on the connection: the held cursor, or the read's own transaction. */
    private void endRead() throws SQLException {
        if (declaresCursor() && name != null) {
            HeldCursors.close(connection, physical, name);
        } else if (mode == Mode.OWN_TRANSACTION) {
            SQLException failure = null;
            try {
                // Only this read ran in the transaction: commit it, as auto-commit would have.
                if (failed) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
            } catch (SQLException e) {
                failure = e;
            }
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                failure = add(failure, e);
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private void closeQuietly(Throwable primary) {
        try {
            close();
        } catch (RuntimeException e) {
            primary.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection, Throwable primary) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            primary.addSuppressed(e);
        }
    }

    private static SQLException add(SQLException first, SQLException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
