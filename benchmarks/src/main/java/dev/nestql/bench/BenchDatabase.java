package dev.nestql.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL the benchmarks run on: the server named by {@code NESTQL_BENCH_JDBC_URL}, or an
 * embedded PostgreSQL 15 whose data directory is kept under {@code benchmarks/target/}, so that
 * the data sets are generated once and reused by every fork and run.
 */
public final class BenchDatabase {
    /** The environment variable naming a server to benchmark against. */
    public static final String URL_VARIABLE = "NESTQL_BENCH_JDBC_URL";

    private static String url;
    private static EmbeddedPostgres embedded;

    private BenchDatabase() {}

    /** The JDBC URL of the server, starting the embedded one on first use. */
    public static synchronized String url() {
        if (url == null) {
            String configured = System.getenv(URL_VARIABLE);
            url = configured != null && !configured.isBlank() ? configured : startEmbedded();
        }
        return url;
    }

    /** Runs on the server of {@code jdbcUrl} instead: for the tests that check the peers agree. */
    public static synchronized void useServer(String jdbcUrl) {
        url = jdbcUrl;
    }

    /** A new connection whose search path is {@code schema}. */
    public static Connection connect(String schema) throws SQLException {
        String base = url();
        return DriverManager.getConnection(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    private static String startEmbedded() {
        Path directory = directory();
        try {
            embedded = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(directory.toFile())
                    .setDataDirectory(directory.resolve("data"))
                    .setCleanDataDirectory(false)
                    .start();
            return embedded.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory
                    + "; set " + URL_VARIABLE + " to benchmark against a running server", e);
        }
    }

    /** {@code bench-postgres} beside the benchmarks jar (or the compiled classes). */
    private static Path directory() {
        try {
            CodeSource source = BenchDatabase.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path location = Path.of(source.getLocation().toURI());
                if (location.getParent() != null && Files.exists(location)) {
                    return location.getParent().resolve("bench-postgres");
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // fall through
        }
        return Path.of("target", "bench-postgres").toAbsolutePath();
    }
}
