package dev.nestql.example.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.nestql.query.NestqlException;
import dev.nestql.testsupport.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP plumbing on its own, with endpoints written for the test: how paths match and decode,
 * HEAD, and what a client gets when an endpoint fails before or after its response has started.
 */
class RouterTest {
    private static HttpServer server;
    private static ExecutorService executor;
    private static URI base;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Router router = new Router()
                .get("/items/{id}", (request, response) -> {
                    Writer json = response.json();
                    json.write("{\"id\": \"" + request.path("id") + "\"}");
                })
                .get("/items/{id}/parts", (request, response) -> response.json().write("[]"))
                .get("/broken-before", (request, response) -> {
                    throw new IllegalStateException("a bug, with a message the client must not see");
                })
                .get("/error-before", (request, response) -> {
                    throw new NoClassDefFoundError("com/example/Missing");
                })
                .get("/database-before", (request, response) -> {
                    throw new NestqlException(new SQLException("boom", "57014"), "SELECT secret FROM t");
                })
                .get("/database-after", (request, response) -> {
                    Writer json = response.json();
                    json.write("[{\"row\": 1}");
                    json.flush();
                    throw new NestqlException(new SQLException("connection lost", "08006"), "SELECT 1");
                });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", router);
        server.start();
        base = URI.create("http://localhost:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void placeholdersAreDecodedAndLiteralSegmentsMatchFirst() throws Exception {
        assertEquals(Map.of("id", "a b+c"), Json.parse(get("/items/a%20b+c").body()));
        // Malformed percent-encoding never reaches the router: the JDK's server answers 400 itself.
        assertEquals(400, raw("GET", "/items/%ZZ").status());
        Raw nul = raw("GET", "/items/%00");
        assertEquals(400, nul.status());
        assertEquals("\"%00\" contains the character NUL (%00)", nul.message());
        assertEquals(404, raw("GET", "/items/%00/other").status(), "a path that cannot match is 404, whatever its placeholders");
        assertEquals(405, raw("DELETE", "/items/%00").status(), "the method is checked before the placeholders are decoded");
    }

    @Test
    void headIsAnsweredLikeGetWithoutABody() throws Exception {
        Raw head = raw("HEAD", "/items/1");
        assertEquals(200, head.status());
        assertTrue(head.headers().contains("Content-type: application/json; charset=utf-8"), head.headers());
        assertEquals("", head.body());
        Raw missing = raw("HEAD", "/nothing");
        assertEquals(404, missing.status());
        assertEquals("", missing.body());

        HttpResponse<String> delete = CLIENT.send(HttpRequest.newBuilder(base.resolve("/items/1")).timeout(Duration.ofSeconds(30)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, delete.statusCode());
        assertEquals("GET, HEAD", delete.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void failuresBeforeTheResponseStartsAreJsonErrorsWithoutDetails() throws Exception {
        HttpResponse<String> bug = get("/broken-before");
        assertEquals(500, bug.statusCode());
        assertEquals(Map.of("status", 500L, "error", "Internal Server Error",
                "message", "internal error; the server's log has the details"), Json.parse(bug.body()));

        HttpResponse<String> error = get("/error-before");
        assertEquals(500, error.statusCode());
        assertEquals(bug.body(), error.body());

        HttpResponse<String> database = get("/database-before");
        assertEquals(503, database.statusCode());
        assertFalse(database.body().contains("secret"), database.body());
        assertFalse(database.body().contains("57014"), database.body());
    }

    @Test
    void aFailureAfterTheResponseStartedBreaksTheConnectionRatherThanEndingTheBody() {
        IOException broken = assertThrows(IOException.class, () -> get("/database-after"));
        assertTrue(broken.getMessage() != null, broken.toString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Raw(int status, String headers, String body) {
        String message() {
            return (String) ((Map<?, ?>) Json.parse(body)).get("message");
        }
    }

    /** A request sent as written, for paths {@link URI} refuses (malformed percent-encoding) and HEAD. */
    private static Raw raw(String method, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String headers = response.substring(0, end);
            int status = Integer.parseInt(headers.split(" ", 3)[1]);
            return new Raw(status, headers, response.substring(end + 4));
        }
    }
}
