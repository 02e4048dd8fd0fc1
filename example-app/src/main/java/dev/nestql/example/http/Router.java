package dev.nestql.example.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.nestql.query.NestqlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to the endpoint whose path pattern matches ({@code /locations/{name}}), and
 * turns failures into JSON error responses: {@link HttpError} into its status, a database failure
 * into 503, anything else into 500. The client never sees a stack trace or SQL; the log gets the
 * SQL state and the SQL.
 */
public final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    /** Answers one request. */
    @FunctionalInterface
    public interface Endpoint {
        void handle(Request request, Response response) throws IOException;
    }

    private record Route(String[] segments, Endpoint endpoint) {}

    private final List<Route> routes = new ArrayList<>();

    /**
     * Routes {@code GET pattern} (and {@code HEAD pattern}, answered with the same status and
     * headers but no body) to {@code endpoint}; a segment {@code {name}} matches any one segment.
     */
    public Router get(String pattern, Endpoint endpoint) {
        routes.add(new Route(segments(pattern), endpoint));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        Response response = new Response(exchange);
        try {
            dispatch(exchange, response);
            response.finish();
        } catch (HttpError e) {
            if (e.status() == 405) {
                response.allow("GET, HEAD");
            }
            fail(response, e.status(), e.getMessage(), null);
        } catch (NestqlException e) {
            LOG.warn("{} {}: database failure, SQL state {}: {}{}", exchange.getRequestMethod(), exchange.getRequestURI(),
                    e.sqlState(), e.getMessage(), e.sql() == null ? "" : "\n  SQL: " + e.sql());
            fail(response, 503, "the database is unavailable or failed to answer; try again later", e);
        } catch (UncheckedIOException e) {
            // Writing to the client failed: it has most likely gone away. Nothing to answer.
            LOG.info("{} {}: cannot write the response: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.getMessage());
            throw e.getCause();
        } catch (RuntimeException | Error e) {
            // Errors too (a class that fails to link after a bad deployment, say): the JDK's server
            // would otherwise drop the exchange without an answer and leave the client waiting.
            LOG.error(exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": failed", e);
            fail(response, 500, "internal error; the server's log has the details", e);
        } finally {
            LOG.info("{} {} {} {} ms", exchange.getRequestMethod(), exchange.getRequestURI(), response.status(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        exchange.close();
    }

    private void dispatch(HttpExchange exchange, Response response) throws IOException {
        String[] path = segments(exchange.getRequestURI().getRawPath());
        boolean pathMatched = false;
        for (Route route : routes) {
            if (!matches(route.segments(), path)) {
                continue;
            }
            pathMatched = true;
            if (exchange.getRequestMethod().equals("GET") || exchange.getRequestMethod().equals("HEAD")) {
                Request request = new Request(
                        values(route.segments(), path), Request.parseQuery(exchange.getRequestURI().getRawQuery()));
                route.endpoint().handle(request, response);
                return;
            }
        }
        if (pathMatched) {
            throw HttpError.methodNotAllowed(exchange.getRequestMethod() + " is not supported here; use GET or HEAD");
        }
        throw HttpError.notFound("no such path: " + exchange.getRequestURI().getRawPath() + "; GET / lists the endpoints");
    }

    /**
     * Sends an error response, or, when the response has started (a failure in the middle of a
     * stream), aborts the connection so that the client sees a broken response, not a short one.
     */
    private static void fail(Response response, int status, String message, Throwable cause) throws IOException {
        if (response.started()) {
            throw new IOException("response aborted after its start: " + message, cause);
        }
        response.error(status, message);
    }

    /** Whether {@code path} has the segments of {@code pattern}, placeholders matching any. */
    private static boolean matches(String[] pattern, String[] path) {
        if (pattern.length != path.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!placeholder(pattern[i]) && !pattern[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    /** The decoded values of the placeholders of a matching path. */
    private static Map<String, String> values(String[] pattern, String[] path) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            if (placeholder(pattern[i])) {
                values.put(pattern[i].substring(1, pattern[i].length() - 1), Request.decode(path[i], false));
            }
        }
        return values;
    }

    private static boolean placeholder(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static String[] segments(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
