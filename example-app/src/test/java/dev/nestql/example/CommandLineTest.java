package dev.nestql.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.example.support.TestPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app as a user starts it: {@code ExampleApp.main} in a JVM of its own, configured by the
 * environment, stopped the way Ctrl-C stops it (a signal that runs the shutdown hooks).
 */
class CommandLineTest {
    private static final Pattern LISTENING = Pattern.compile("Listening on http://localhost:(\\d+)/");
    private static String schema;

    @BeforeAll
    static void createSchema() {
        schema = TestPostgres.createSchema();
    }

    @AfterAll
    static void dropSchema() {
        TestPostgres.dropSchema(schema);
    }

    @Test
    void servesOnDatabaseUrlAndStopsCleanlyOnASignal() throws Exception {
        Path logFile = Files.createTempFile("example-app", ".log");
        Process app = start(logFile, Map.of("DATABASE_URL", TestPostgres.url(schema), "PORT", "0"));
        Log log = new Log(logFile);
        try {
            int port = log.awaitPort();
            List<String> started = log.all();
            assertTrue(started.get(0).contains("Using the database of DATABASE_URL: jdbc:postgresql:"), started.get(0));
            assertTrue(started.stream().anyMatch(line -> line.endsWith("Demo data created: shop and network inventory")),
                    started.toString());
            // The registry is read from the packaged jar too: every record is checked, not none.
            assertTrue(started.stream().anyMatch(line -> line.endsWith("Schema checked: the 11 @Table records match the"
                    + " database")), started.toString());

            HttpResponse<String> providers = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/providers"))
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, providers.statusCode());

            app.destroy(); // SIGTERM, as a service manager sends; Ctrl-C's SIGINT runs the same hooks
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app stops");
        } finally {
            app.destroyForcibly();
        }
        List<String> lines = log.all();
        assertEquals(143, app.exitValue(), "ended by SIGTERM, after the shutdown hook: " + lines);
        // The router logs a request after its response is sent, so that line may come after "Stopping".
        List<String> lifecycle = lines.stream().filter(line -> !line.contains(" Router - ")).toList();
        List<String> tail = lifecycle.subList(lifecycle.size() - 3, lifecycle.size());
        assertTrue(tail.get(0).endsWith("Stopping"), lines.toString());
        assertTrue(tail.get(1).endsWith("HTTP server stopped"), lines.toString());
        assertTrue(tail.get(2).endsWith("Stopped"), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains("Exception")), lines.toString());
    }

    @Test
    void withoutDatabaseUrlStartsAnEmbeddedPostgresUnderTargetAndSaysSoFirst() throws Exception {
        Path logFile = Files.createTempFile("example-app", ".log");
        Process app = start(logFile, Map.of("PORT", "0"));
        Log log = new Log(logFile);
        try {
            int port = log.awaitPort();
            Path expected = Path.of("target", "embedded-postgres").toAbsolutePath();
            String first = log.all().get(0);
            assertTrue(first.contains("DATABASE_URL is not set: starting an embedded PostgreSQL in " + expected), first);

            // A second run while the first holds the data directory gets a temporary one, deleted after.
            Path secondLog = Files.createTempFile("example-app", ".log");
            Process second = start(secondLog, Map.of(), "--print");
            assertTrue(second.waitFor(120, TimeUnit.SECONDS), "--print ends");
            List<String> secondLines = Files.readAllLines(secondLog);
            assertEquals(0, second.exitValue(), secondLines.toString());
            Matcher temporary = Pattern.compile("starting an embedded PostgreSQL in (\\S+) \\("
                    + Pattern.quote(expected.resolve("data") + " is in use by another run)")).matcher(secondLines.get(0));
            assertTrue(temporary.find(), secondLines.get(0));
            assertFalse(Files.exists(Path.of(temporary.group(1))), "the temporary directory is deleted");

            HttpResponse<String> lax = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/locations/lax"))
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, lax.statusCode());

            app.destroy();
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app stops");
        } finally {
            app.destroyForcibly();
        }
        List<String> lines = log.all();
        assertTrue(lines.get(lines.size() - 2).endsWith("Embedded PostgreSQL stopped"), lines.toString());
        assertTrue(lines.get(lines.size() - 1).endsWith("Stopped"), lines.toString());
    }

    @Test
    void aBadPortOrArgumentIsReportedWithoutAStackTrace() throws Exception {
        Path logFile = Files.createTempFile("example-app", ".log");
        Process badPort = start(logFile, Map.of("PORT", "eighty"));
        assertTrue(badPort.waitFor(30, TimeUnit.SECONDS));
        String err = Files.readString(logFile);
        assertEquals(2, badPort.exitValue());
        assertTrue(err.contains("PORT must be a number from 0 to 65535 (0: any free port), not \"eighty\""), err);
        assertTrue(!err.contains("Exception"), err);

        Process badArgument = start(logFile, Map.of(), "--prnt");
        assertTrue(badArgument.waitFor(30, TimeUnit.SECONDS));
        String usage = Files.readString(logFile);
        assertEquals(2, badArgument.exitValue());
        assertTrue(usage.startsWith("unknown arguments: --prnt\n\nusage: java -jar nestql-example-app.jar [--print]"), usage);
    }

    private static Process start(Path log, Map<String, String> environment, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                ExampleApp.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("PORT");
        builder.environment().putAll(environment);
        builder.redirectError(log.toFile());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    /**
     * The app's log: its standard error, sent to a file (reading the pipe of a process that ends
     * can fail with "Stream closed").
     */
    private static final class Log {
        private final Path file;

        Log(Path file) {
            this.file = file;
        }

        /** Waits until the app says where it listens. */
        int awaitPort() throws IOException, InterruptedException {
            long deadline = System.currentTimeMillis() + 90_000;
            while (System.currentTimeMillis() < deadline) {
                for (String line : all()) {
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        return Integer.parseInt(listening.group(1));
                    }
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the app did not start listening: " + all());
        }

        /** The lines so far. */
        List<String> all() throws IOException {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
    }
}
