package dev.nestql.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * A nested JSON value that does not fit the record component it is read into, thrown by the
 * readers of generated code. It surfaces to callers as the cause of a
 * {@link dev.nestql.query.NestqlException} carrying the SQL, which is what to catch.
 */
public final class JsonValueException extends IOException {
    private static final long serialVersionUID = 1L;

    JsonValueException(String message, JsonParser parser) {
        this(message, parser, null);
    }

    JsonValueException(String message, JsonParser parser, Throwable cause) {
        super(message + " (JSON " + parser.currentLocation().offsetDescription() + ")", cause);
    }
}
