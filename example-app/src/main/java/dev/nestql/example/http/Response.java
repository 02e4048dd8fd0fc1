package dev.nestql.example.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The response to one request. {@link #json()} gives a writer that sends the status line and
 * headers only when the first character is written: an endpoint streams PostgreSQL's JSON into it,
 * and when the database fails before the first row, the {@link Router} can still answer 503.
 */
public final class Response {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<Integer, String> REASONS = Map.of(
            200, "OK",
            400, "Bad Request",
            404, "Not Found",
            405, "Method Not Allowed",
            500, "Internal Server Error",
            503, "Service Unavailable");

    private final HttpExchange exchange;
    private final boolean head;
    private int status;
    private Writer body;

    Response(HttpExchange exchange) {
        this.exchange = exchange;
        this.head = exchange.getRequestMethod().equals("HEAD");
    }

    /**
     * A writer for a 200 JSON body, sent chunked as it is written. Not flushed or closed by the
     * endpoint: the router does that.
     */
    public Writer json() {
        return new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                if (length > 0) {
                    open(200, "application/json", 0).write(chars, offset, length);
                }
            }

            @Override
            public void write(String text) throws IOException {
                if (!text.isEmpty()) {
                    open(200, "application/json", 0).write(text);
                }
            }

            @Override
            public void flush() throws IOException {
                if (body != null) {
                    body.flush();
                }
            }

            @Override
            public void close() {
                // the router finishes the response
            }
        };
    }

    /** Sends a whole HTML page. */
    public void html(String page) throws IOException {
        send(200, "text/html; charset=utf-8", page);
    }

    /**
     * Sends {@code {"status": 404, "error": "Not Found", "message": "..."}}.
     *
     * @throws IllegalStateException when the response has started
     */
    void error(int status, String message) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("status", status);
            json.writeStringField("error", REASONS.getOrDefault(status, "Error"));
            json.writeStringField("message", message);
            json.writeEndObject();
        }
        send(status, "application/json", text.toString());
    }

    /** Whether the status line has been sent. */
    boolean started() {
        return body != null;
    }

    /** The status sent, or 0 when nothing has been sent yet. */
    int status() {
        return status;
    }

    /**
     * Flushes the body and ends the response.
     *
     * @throws IllegalStateException when nothing was sent: an endpoint always answers
     */
    void finish() throws IOException {
        if (body == null) {
            throw new IllegalStateException("the endpoint sent no response");
        }
        body.close();
    }

    /**
     * Adds a {@code Link} header (RFC 8288) to {@code target} with relation {@code rel}, such as
     * {@code next}; before the body is written.
     */
    public void link(String target, String rel) {
        if (body != null) {
            throw new IllegalStateException("the response has started");
        }
        exchange.getResponseHeaders().add("Link", "<" + target + ">; rel=\"" + rel + "\"");
    }

    /** The extra header of a 405. */
    void allow(String methods) {
        exchange.getResponseHeaders().set("Allow", methods);
    }

    private void send(int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        open(status, contentType, bytes.length == 0 ? -1 : bytes.length);
        if (!head) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private Writer open(int status, String contentType, long length) throws IOException {
        if (body != null) {
            if (length != 0) {
                throw new IllegalStateException("the response has started");
            }
            return body;
        }
        this.status = status;
        exchange.getResponseHeaders().set("Content-Type", contentType.startsWith("application/json")
                ? "application/json; charset=utf-8" : contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (head) {
            // Same status and headers as GET; the body the endpoint writes is dropped.
            exchange.sendResponseHeaders(status, -1);
            body = Writer.nullWriter();
            return body;
        }
        exchange.sendResponseHeaders(status, length);
        body = new BufferedWriter(new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8), 16 * 1024);
        return body;
    }
}
