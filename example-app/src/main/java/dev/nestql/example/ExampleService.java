package dev.nestql.example;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import dev.nestql.example.api.Api;
import dev.nestql.example.db.ConnectionPool;
import dev.nestql.example.db.Database;
import dev.nestql.example.db.DemoData;
import dev.nestql.schema.verify.Finding;
import dev.nestql.schema.verify.SchemaVerifier;
import dev.nestql.schema.verify.VerificationReport;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running app: its database (embedded or not), connection pool and, once {@link #serve}d,
 * HTTP server. {@link #close()} stops them in reverse order.
 */
public final class ExampleService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExampleService.class);

    /** Threads that answer requests; more than the pool's connections, so that some wait for one. */
    private static final int HTTP_THREADS = 16;

    private final Settings settings;
    private Database database;
    private HikariDataSource pool;
    private HttpServer server;
    private ExecutorService executor;
    private boolean closed;

    private ExampleService(Settings settings) {
        this.settings = settings;
    }

    /**
     * Opens the database of {@code settings} and creates the demo data where it is missing.
     *
     * @throws IOException when the embedded database cannot start
     * @throws SQLException when the database cannot be reached or the demo data cannot be created
     */
    public static ExampleService open(Settings settings) throws IOException, SQLException {
        ExampleService service = new ExampleService(settings);
        try {
            service.start();
            return service;
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                service.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * A service that {@link #start()} opens; {@link #close()} may run at any time, from another
     * thread (a shutdown hook), and closes what has been opened so far.
     */
    static ExampleService unopened(Settings settings) {
        return new ExampleService(settings);
    }

    /**
     * Opens the database and the pool, creates the demo data where it is missing, and checks the
     * {@code @Table} records against the tables.
     *
     * @throws dev.nestql.schema.verify.SchemaMismatchException when they differ, with the report
     */
    synchronized void start() throws IOException, SQLException {
        if (closed) {
            throw new IllegalStateException("stopped before it started");
        }
        database = Database.open(settings);
        pool = ConnectionPool.open(database.jdbcUrl(), settings);
        List<String> created = DemoData.createMissing(pool);
        if (created.isEmpty()) {
            LOG.info("Demo data found: shop and network inventory");
        } else {
            LOG.info("Demo data created: {}", String.join(" and ", created));
        }
        // Fail fast, with every difference at once, when the tables are not what the records say.
        VerificationReport report = SchemaVerifier.requireValid(pool);
        LOG.info("Schema checked: the {} @Table records match the database", report.checkedTables());
        for (Finding advice : report.findings(Finding.Severity.ADVICE)) {
            LOG.info("Schema advice: {}", advice);
        }
    }

    /** The connection pool the endpoints read from. */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * Starts the HTTP server on {@code port} (0: any free port) and logs its address.
     *
     * @return the port it listens on
     * @throws BindException when the port is taken
     */
    public synchronized int serve(int port) throws IOException {
        if (pool == null || closed) {
            throw new IllegalStateException("not open");
        }
        if (server != null) {
            throw new IllegalStateException("already serving on port " + port());
        }
        // Only this machine can connect: the demo database is not for the network.
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        executor = Executors.newFixedThreadPool(HTTP_THREADS, new ThreadFactory() {
            private final AtomicInteger count = new AtomicInteger();

            @Override
            public Thread newThread(Runnable task) {
                return new Thread(task, "http-" + count.incrementAndGet());
            }
        });
        http.setExecutor(executor);
        http.createContext("/", Api.router(pool));
        http.start();
        server = http;
        LOG.info("Listening on http://localhost:{}/", port());
        return port();
    }

    /** The port the server listens on. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not serving");
        }
        return server.getAddress().getPort();
    }

    /**
     * Stops the server (letting requests in progress finish, up to a second), the pool and the
     * embedded database: whichever of them have been opened.
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (server != null) {
                server.stop(1);
                executor.shutdown();
                try {
                    if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                        executor.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    executor.shutdownNow();
                    Thread.currentThread().interrupt();
                }
                LOG.info("HTTP server stopped");
            }
        } finally {
            try {
                if (pool != null) {
                    pool.close();
                }
            } finally {
                if (database != null) {
                    database.close();
                }
            }
        }
    }
}
