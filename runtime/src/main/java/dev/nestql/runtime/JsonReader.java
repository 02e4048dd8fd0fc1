package dev.nestql.runtime;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one value from a parser positioned on the value's first token; generated query classes
 * implement one per nested projection.
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
