package dev.nestql.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.example.support.TcpProxy;
import dev.nestql.example.support.TestPostgres;
import dev.nestql.testsupport.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's database goes away while it serves: requests that need it get a 503 with a JSON body
 * (no stack trace, no SQL), requests it can reject without the database still get their 400, and
 * once the database is back the app answers again without a restart. A statement that PostgreSQL
 * cancels (here: past its timeout, waiting for a lock) is a 503 too.
 */
class DatabaseOutageTest {
    private static final Pattern SERVER = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/(.*)");

    private static String schema;
    private static TcpProxy proxy;
    private static ExampleService app;
    private static URI base;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        schema = TestPostgres.createSchema();
        Matcher server = SERVER.matcher(TestPostgres.url(schema));
        assertTrue(server.matches(), TestPostgres.url(schema));
        proxy = new TcpProxy(server.group(1), server.group(2) == null ? 5432 : Integer.parseInt(server.group(2)));
        String throughProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + server.group(3);
        app = ExampleService.open(new Settings(Optional.of(throughProxy), 0,
                Files.createTempDirectory("unused-embedded"), Duration.ofSeconds(1), Duration.ofSeconds(1), 4));
        base = URI.create("http://localhost:" + app.serve(0));
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        TestPostgres.dropSchema(schema);
    }

    @Test
    void aLostDatabaseIsA503AndTheAppRecoversWhenItIsBack() throws Exception {
        assertEquals(200, get("/providers").statusCode());

        proxy.cut();
        for (String path : new String[] {"/providers", "/locations/lax", "/venues/16/categories", "/locations?limit=2"}) {
            HttpResponse<String> response = get(path);
            assertEquals(503, response.statusCode(), path + ": " + response.body());
            assertEquals(Map.of("status", 503L, "error", "Service Unavailable",
                            "message", "the database is unavailable or failed to answer; try again later"),
                    Json.parse(response.body()));
            assertFalse(response.body().contains("SELECT"), response.body());
        }
        assertEquals(400, get("/locations?limit=-1").statusCode(), "parameters are checked before the database is asked");

        proxy.restore();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status;
        do {
            status = get("/providers").statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertEquals(200, status, "the app answers again once the database is back");
        assertEquals(16, ((java.util.List<?>) Json.parse(get("/providers").body())).size());
    }

    @Test
    void aStatementCancelledByItsTimeoutIsA503() throws Exception {
        // Another session holds a lock the app's statement waits for, past the 1 s statement timeout.
        try (Connection blocker = DriverManager.getConnection(TestPostgres.url(schema))) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("LOCK TABLE provider IN ACCESS EXCLUSIVE MODE");
            }
            HttpResponse<String> response = get("/providers");
            assertEquals(503, response.statusCode(), response.body());
            assertEquals("the database is unavailable or failed to answer; try again later",
                    ((Map<?, ?>) Json.parse(response.body())).get("message"));
            blocker.rollback();
        }
        assertEquals(200, get("/providers").statusCode(), "answers again once the lock is released");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
