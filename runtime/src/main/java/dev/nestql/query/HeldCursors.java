package dev.nestql.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The cursors that {@code stream(Connection)} declares on callers' connections ({@code WITH HOLD}
 * in auto-commit mode, or in the caller's transaction), by physical connection (a
 * pool hands out a new wrapper on each borrow): their names, and those of streams abandoned
 * without being closed.
 *
 * <p>Names are reused: a connection's cursors are {@code nestql_<p>_1}, {@code nestql_<p>_2}, ...,
 * the lowest number not in use, so that the driver's statement cache sees a few texts, not one
 * per stream; {@code <p>} is random for each loading of this class, so that two applications
 * sharing a pool never pick the same name.
 *
 * <p>The cursor of an abandoned stream cannot be closed by the thread that finds it, which must not
 * use a connection the caller may be using; it waits here until the next nestql call on that
 * connection closes it. Closing never aborts the caller's transaction: a cursor is closed only
 * after a query has found it open, and a failure leaves it waiting for the next call.
 */
final class HeldCursors {
    private static final String PREFIX = "nestql_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 24)) + "_";
    private static final Class<?> DRIVER_CONNECTION = driverConnection();

    /** Names in use and names waiting to be closed, of one physical connection. */
    private static final class Names {
        final Set<Integer> inUse = new HashSet<>();
        final Set<String> abandoned = new HashSet<>();
    }

    private static final Map<Connection, Names> CONNECTIONS = new WeakHashMap<>();
    private static volatile boolean anyAbandoned;

    private HeldCursors() {}

    /** A name for a new held cursor on {@code physical}: the lowest one not in use. */
    static String acquire(Connection physical) {
        synchronized (CONNECTIONS) {
            Names names = CONNECTIONS.computeIfAbsent(physical, c -> new Names());
            int number = 1;
            while (names.inUse.contains(number)) {
                number++;
            }
            names.inUse.add(number);
            return PREFIX + number;
        }
    }

    /** Remembers the cursor of a stream abandoned on {@code physical}, for the next call to close. */
    static void abandon(Connection physical, String name) {
        synchronized (CONNECTIONS) {
            CONNECTIONS.computeIfAbsent(physical, c -> new Names()).abandoned.add(name);
            anyAbandoned = true;
        }
    }

    /**
     * Closes the held cursor {@code name} of a stream being closed: at once if the connection is
     * usable, else at the next call on it.
     *
     * @throws SQLException when the connection fails (the cursor then waits for the next call)
     */
    static void close(Connection connection, Connection physical, String name) throws SQLException {
        synchronized (CONNECTIONS) {
            Names names = CONNECTIONS.get(physical);
            if (names != null) {
                names.abandoned.remove(name);
            }
        }
        if (connection.isClosed()) {
            // The caller returned the connection to its pool before closing the stream.
            abandon(physical, name);
            return;
        }
        try {
            closeIfOpen(connection, List.of(name));
            release(physical, name);
        } catch (SQLException e) {
            abandon(physical, name);
            if (!"25P02".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /**
     * Closes the cursors of streams abandoned on {@code connection}, if there are any. Never throws:
     * a cursor that cannot be closed now (the caller's transaction has failed, say) waits for the
     * next call.
     */
    static void closeAbandoned(Connection connection) {
        if (!anyAbandoned) {
            return;
        }
        Connection physical = physical(connection);
        List<String> names;
        synchronized (CONNECTIONS) {
            Names all = CONNECTIONS.get(physical);
            if (all == null || all.abandoned.isEmpty()) {
                return;
            }
            names = new ArrayList<>(all.abandoned);
            all.abandoned.clear();
            anyAbandoned = CONNECTIONS.values().stream().anyMatch(n -> !n.abandoned.isEmpty());
        }
        try {
            closeIfOpen(connection, names);
            for (String name : names) {
                release(physical, name);
            }
        } catch (SQLException e) {
            for (String name : names) {
                abandon(physical, name);
            }
        }
    }

    /**
     * Closes those of the cursors {@code names} that are open: a {@code CLOSE} of a cursor that does
     * not exist (closed by the caller's {@code CLOSE ALL}, say) would abort a transaction.
     */
    private static void closeIfOpen(Connection connection, List<String> names) throws SQLException {
        List<String> open = new ArrayList<>();
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT name FROM pg_catalog.pg_cursors WHERE name = ANY(?)")) {
            exists.setObject(1, "{" + String.join(",", names) + "}", Types.OTHER);
            try (ResultSet rows = exists.executeQuery()) {
                while (rows.next()) {
                    open.add(rows.getString(1));
                }
            }
        }
        for (String name : open) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CLOSE " + name);
            }
        }
    }

    private static void release(Connection physical, String name) {
        int number = Integer.parseInt(name.substring(PREFIX.length()));
        synchronized (CONNECTIONS) {
            Names names = CONNECTIONS.get(physical);
            if (names != null) {
                names.inUse.remove(number);
            }
        }
    }

    /**
     * The physical connection under a pool's wrapper: the driver's own connection where the
     * PostgreSQL driver is on the class path (every pool passes {@code unwrap} of a driver type
     * through; some return themselves for {@code unwrap(Connection.class)}), else what
     * {@code unwrap(Connection.class)} gives, else {@code connection}.
     */
    static Connection physical(Connection connection) {
        try {
            if (DRIVER_CONNECTION != null && connection.isWrapperFor(DRIVER_CONNECTION)) {
                Object unwrapped = connection.unwrap(DRIVER_CONNECTION);
                if (unwrapped instanceof Connection driver) {
                    return driver;
                }
            }
            Connection unwrapped = connection.unwrap(Connection.class);
            return unwrapped != null ? unwrapped : connection;
        } catch (SQLException | RuntimeException e) {
            return connection;
        }
    }

    private static Class<?> driverConnection() {
        try {
            return Class.forName("org.postgresql.PGConnection", false, HeldCursors.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
