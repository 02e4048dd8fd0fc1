package dev.nestql.runtime;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * A nested JSON value that does not fit the record component it is read into. It surfaces to
 * callers as a {@link NestqlException} carrying the SQL.
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
