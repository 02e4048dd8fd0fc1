package dev.nestql.example.http;

/**
 * A request the app cannot answer as asked: thrown by an endpoint, answered by the {@link Router}
 * with {@link #status()} and a JSON body that carries the message.
 */
public final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    private HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** 400: a parameter is malformed or unknown; the message says which and what is accepted. */
    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    /** 404: the path names nothing, or a row that does not exist. */
    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    /** 405: the path exists but not for this method. */
    public static HttpError methodNotAllowed(String message) {
        return new HttpError(405, message);
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }
}
