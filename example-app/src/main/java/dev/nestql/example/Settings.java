package dev.nestql.example;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the example app runs: which database, which port, and how long to wait for a connection.
 *
 * @param databaseUrl the JDBC URL of the database to use; empty to start an embedded PostgreSQL
 * @param port the HTTP port; 0 for any free port
 * @param embeddedDirectory where the embedded PostgreSQL keeps its binaries and data
 * @param connectionTimeout how long a request waits for a database connection before it is
 *     answered with 503
 * @param statementTimeout how long a statement may run before PostgreSQL cancels it and the
 *     request is answered with 503
 * @param poolSize the most database connections the app opens
 */
public record Settings(
        Optional<String> databaseUrl,
        int port,
        Path embeddedDirectory,
        Duration connectionTimeout,
        Duration statementTimeout,
        int poolSize) {

    /** The port when {@code PORT} is not set. */
    public static final int DEFAULT_PORT = 8080;

    public Settings {
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(embeddedDirectory, "embeddedDirectory");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, not " + port);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, not " + poolSize);
        }
    }

    /**
     * The settings given by the environment: {@code DATABASE_URL} (a JDBC URL such as
     * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}) and {@code PORT}.
     *
     * @throws IllegalArgumentException when {@code PORT} is not a port number
     */
    public static Settings fromEnvironment(Map<String, String> environment) {
        Optional<String> url = Optional.ofNullable(environment.get("DATABASE_URL")).map(String::strip).filter(u -> !u.isEmpty());
        if (url.isPresent() && !url.get().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("DATABASE_URL must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://127.0.0.1:5432/test?user=postgres, not " + redact(url.get()));
        }
        int port = DEFAULT_PORT;
        String portText = environment.get("PORT");
        if (portText != null && !portText.isBlank()) {
            try {
                port = Integer.parseInt(portText.strip());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("PORT must be a number from 0 to 65535 (0: any free port), not \"" + portText + "\"");
            }
        }
        return new Settings(url, port, defaultEmbeddedDirectory(), Duration.ofSeconds(5), Duration.ofSeconds(30), 10);
    }

    /** A JDBC URL with its password, if any, replaced by {@code ***}, fit for a log. */
    public static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /**
     * {@code embedded-postgres} in the directory of the app's jar ({@code example-app/target/}), or
     * beside the compiled classes when run from an IDE or Maven.
     */
    static Path defaultEmbeddedDirectory() {
        try {
            CodeSource source = Settings.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                Path location = Path.of(source.getLocation().toURI());
                Path parent = location.getParent();
                if (parent != null && (Files.isRegularFile(location) || Files.isDirectory(location))) {
                    return parent.resolve("embedded-postgres");
                }
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // fall through to the working directory
        }
        return Path.of("target", "embedded-postgres").toAbsolutePath();
    }
}
