package dev.nestql.query;

/**
 * A page token passed to {@link ProjectionQuery#after(String)} or
 * {@link ProjectionQuery#before(String)} that the query cannot continue from: one that nestql did
 * not make or that was altered on its way, or one made by another query class or for another
 * order. A web application answers it as a bad request (HTTP 400): the token came from the client.
 */
public final class InvalidPageTokenException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidPageTokenException(String message) {
        super(message);
    }
}
