package dev.nestql.it.safety;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A fixed pool of physical connections that, unlike a production pool, repairs nothing when a
 * connection comes back: a connection left with auto-commit off, in a transaction or with an open
 * cursor comes back that way, so the tests see whatever nestql left behind. Each borrow hands out a
 * new wrapper, as real pools do.
 */
final class TestPool implements DataSource, AutoCloseable {
    private final List<Connection> all = new ArrayList<>();
    private final List<Integer> backends = new ArrayList<>();
    private final BlockingQueue<Connection> idle;
    private final long waitMillis;
    private final boolean unwrapsToItself;

    TestPool(DataSource target, int size, long waitMillis) throws SQLException {
        this(target, size, waitMillis, false);
    }

    /**
     * @param unwrapsToItself whether each wrapper answers {@code unwrap(Connection.class)} with
     *     itself, as Apache DBCP's does, rather than with the physical connection
     */
    TestPool(DataSource target, int size, long waitMillis, boolean unwrapsToItself) throws SQLException {
        this.unwrapsToItself = unwrapsToItself;
        this.idle = new ArrayBlockingQueue<>(size);
        this.waitMillis = waitMillis;
        for (int i = 0; i < size; i++) {
            Connection connection = target.getConnection();
            all.add(connection);
            try (Statement statement = connection.createStatement();
                    ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
                pid.next();
                backends.add(pid.getInt(1));
            }
            idle.add(connection);
        }
    }

    /** The physical connections, whether borrowed or not. */
    List<Connection> connections() {
        return all;
    }

    /** The server process of each physical connection. */
    List<Integer> backends() {
        return backends;
    }

    /** How many connections are in the pool now. */
    int idle() {
        return idle.size();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        try {
            physical = idle.poll(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
        if (physical == null) {
            throw new SQLException("no connection came back to the pool of " + all.size() + " in " + waitMillis + " ms",
                    "08001");
        }
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("close") && method.getParameterCount() == 0) {
                        if (!returned[0]) {
                            returned[0] = true;
                            idle.add(physical);
                        }
                        return null;
                    }
                    if (name.equals("isClosed") && method.getParameterCount() == 0) {
                        return returned[0];
                    }
                    if (returned[0]) {
                        throw new SQLException("connection used after it was returned to the pool: " + name);
                    }
                    if (unwrapsToItself && name.equals("unwrap") && args[0] == Connection.class) {
                        return proxy;
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : all) {
            connection.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
