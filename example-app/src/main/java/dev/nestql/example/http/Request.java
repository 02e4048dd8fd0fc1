package dev.nestql.example.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** What an endpoint reads of a request: the values of its path's {@code {placeholders}} and the query parameters. */
public final class Request {
    private final Map<String, String> pathValues;
    private final Map<String, String> query;

    Request(Map<String, String> pathValues, Map<String, String> query) {
        this.pathValues = Map.copyOf(pathValues);
        this.query = query;
    }

    /** The decoded value of the path placeholder {@code {name}}. */
    public String path(String name) {
        String value = pathValues.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no placeholder {" + name + "}");
        }
        return value;
    }

    /**
     * The path placeholder {@code {name}} as a whole number.
     *
     * @throws HttpError 400 when it is not one
     */
    public long pathLong(String name, String what) {
        String value = path(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(what + " must be a whole number, not \"" + value + "\"");
        }
    }

    /**
     * Rejects a query parameter not in {@code accepted}: a misspelt parameter should not be
     * silently ignored.
     *
     * @throws HttpError 400 naming the parameter and the accepted ones
     */
    public void acceptOnly(List<String> accepted) {
        Set<String> names = Set.copyOf(accepted);
        for (String name : query.keySet()) {
            if (!names.contains(name)) {
                throw HttpError.badRequest(accepted.isEmpty()
                        ? "unknown query parameter \"" + name + "\": this path takes none"
                        : "unknown query parameter \"" + name + "\"; accepted: " + String.join(", ", accepted));
            }
        }
    }

    /** The query parameter {@code name}, empty when absent. */
    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /**
     * The query parameter {@code name} as a whole number of at least 0, empty when absent.
     *
     * @throws HttpError 400 when it is something else
     */
    public OptionalLong queryNonNegative(String name) {
        String value = query.get(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be a whole number of at least 0, not \"" + value + "\"");
        }
        if (number < 0) {
            throw HttpError.badRequest(name + " must be at least 0, not " + number);
        }
        return OptionalLong.of(number);
    }

    /**
     * Decodes a raw query string ({@code a=1&b=x%20y}).
     *
     * @throws HttpError 400 when a parameter is given twice or is not decodable
     */
    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            if (parameters.put(name, value) != null) {
                throw HttpError.badRequest("query parameter \"" + name + "\" is given twice; give it once");
            }
        }
        return parameters;
    }

    /** Decodes one percent-encoded path segment or query part; {@code +} is a space only in a query. */
    static String decode(String raw, boolean query) {
        String decoded;
        try {
            decoded = URLDecoder.decode(query ? raw : raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("\"" + raw + "\" is not correctly percent-encoded");
        }
        if (decoded.indexOf('\0') >= 0) {
            // PostgreSQL text cannot hold it; no name or parameter contains it.
            throw HttpError.badRequest("\"" + raw + "\" contains the character NUL (%00)");
        }
        return decoded;
    }
}
