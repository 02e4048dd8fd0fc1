package dev.nestql.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The held cursors of streams that were abandoned on a caller's connection: the thread that finds
 * them must not use a connection the caller may be using, so they wait here, keyed by the physical
 * connection (a pool hands out a new wrapper on each borrow), until the next nestql call on that
 * connection closes them. A connection that is closed first takes its cursors with it.
 */
final class AbandonedCursors {
    private static final Map<Connection, List<String>> PENDING = new WeakHashMap<>();
    private static volatile boolean any;

    private AbandonedCursors() {}

    /** Remembers the held cursor {@code name} of the physical connection {@code physical} for closing later. */
    static void add(Connection physical, String name) {
        synchronized (PENDING) {
            PENDING.computeIfAbsent(physical, c -> new ArrayList<>()).add(name);
            any = true;
        }
    }

    /** Closes the abandoned cursors of {@code connection}, if there are any. */
    static void closeAll(Connection connection) throws SQLException {
        if (!any) {
            return;
        }
        Connection physical = physical(connection);
        List<String> names;
        synchronized (PENDING) {
            names = PENDING.remove(physical);
            any = !PENDING.isEmpty();
        }
        if (names != null) {
            for (String name : names) {
                close(connection, name);
            }
        }
    }

    /**
     * Closes the held cursor {@code name}. In auto-commit mode a failure (the caller closed it
     * already, say) changes nothing and is ignored. Inside a transaction of the caller's, the cursor
     * is closed only if it exists, since a failing statement would abort that transaction; when the
     * transaction is already failed, the cursor waits for the next call.
     */
    static void close(Connection connection, String name) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        if (connection.getAutoCommit()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CLOSE " + name);
            } catch (SQLException e) {
                if (!"34000".equals(e.getSQLState())) {
                    throw e;
                }
            }
            return;
        }
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_cursors WHERE name = ?")) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    return;
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CLOSE " + name);
            }
        } catch (SQLException e) {
            if (!"25P02".equals(e.getSQLState())) {
                throw e;
            }
            add(physical(connection), name);
        }
    }

    /** The physical connection under a pool's wrapper, or {@code connection} when it wraps none. */
    static Connection physical(Connection connection) {
        try {
            Connection unwrapped = connection.unwrap(Connection.class);
            return unwrapped != null ? unwrapped : connection;
        } catch (SQLException | RuntimeException e) {
            return connection;
        }
    }
}
