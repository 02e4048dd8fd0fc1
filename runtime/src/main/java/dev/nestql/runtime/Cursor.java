package dev.nestql.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A statement read through a server-side cursor, a fetch size of rows at a time. PostgreSQL's
 * driver uses a cursor only outside auto-commit, so a connection in auto-commit mode is switched
 * out of it while the cursor is open and back when it closes.
 */
final class Cursor implements AutoCloseable {

    /** Binds the parameters of the statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private final Connection connection;
    private final boolean ownsConnection;
    private final boolean restoreAutoCommit;
    private final String sql;
    private PreparedStatement statement;
    private ResultSet rows;
    private boolean closed;

    private Cursor(Connection connection, boolean ownsConnection, boolean restoreAutoCommit, String sql) {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        this.restoreAutoCommit = restoreAutoCommit;
        this.sql = sql;
    }

    static Cursor open(Connection connection, boolean ownsConnection, String sql, Binder binder, int fetchSize) {
        Cursor cursor = null;
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            cursor = new Cursor(connection, ownsConnection, autoCommit, sql);
            cursor.statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            cursor.statement.setFetchSize(fetchSize);
            binder.bind(cursor.statement);
            cursor.rows = cursor.statement.executeQuery();
            return cursor;
        } catch (SQLException e) {
            NestqlException failure = new NestqlException(e, sql);
            if (cursor != null) {
                cursor.closeQuietly(failure);
            } else if (ownsConnection) {
                closeQuietly(connection, failure);
            }
            throw failure;
        }
    }

    /** The rows as a lazy stream that closes this cursor when it is closed or exhausted. */
    <P> Stream<P> stream(RowReader<P> reader) {
        Spliterator<P> rowsSpliterator = new Spliterators.AbstractSpliterator<P>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super P> action) {
                if (closed) {
                    return false;
                }
                P row;
                try {
                    if (!rows.next()) {
                        close();
                        return false;
                    }
                    row = reader.read(rows);
                } catch (SQLException e) {
                    throw fail(new NestqlException(e, sql));
                } catch (IOException e) {
                    throw fail(ProjectionQuery.unreadable(e, sql));
                }
                action.accept(row);
                return true;
            }
        };
        return StreamSupport.stream(rowsSpliterator, false).onClose(this::close);
    }

    /** Writes the rows, each a JSON text, as one JSON array; returns the number of rows. */
    long writeJsonArray(Writer out) {
        long count = 0;
        try {
            out.write('[');
            while (rows.next()) {
                if (count++ > 0) {
                    out.write(',');
                }
                out.write(rows.getString(1));
            }
            out.write(']');
            return count;
        } catch (SQLException e) {
            throw fail(new NestqlException(e, sql));
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
            closeQuietly(failure);
            throw failure;
        }
    }

    private NestqlException fail(NestqlException failure) {
        closeQuietly(failure);
        return failure;
    }

    @Override
    public void close() {
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
            if (restoreAutoCommit) {
                // Nothing but this read ran in the transaction; ending it releases the cursor for sure.
                connection.rollback();
                connection.setAutoCommit(true);
            }
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

    private void closeQuietly(RuntimeException primary) {
        try {
            close();
        } catch (RuntimeException e) {
            primary.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection, RuntimeException primary) {
        try {
            connection.close();
        } catch (SQLException e) {
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
