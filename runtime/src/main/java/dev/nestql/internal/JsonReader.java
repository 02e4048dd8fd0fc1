package dev.nestql.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one value from a parser positioned on the value's first token; generated query classes
 * implement one per nested projection. For generated code only: see
 * {@link dev.nestql.internal}.
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface JsonReader<T> {
    /**
     * Reads the value whose first token is {@code parser.currentToken()}, leaving the parser on its
     * last token.
     */
    T read(JsonParser parser) throws IOException;
}
