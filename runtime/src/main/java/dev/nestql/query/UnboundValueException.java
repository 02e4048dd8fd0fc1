package dev.nestql.query;

/**
 * A value of a condition that cannot be sent to PostgreSQL, such as an {@code Instant} past the
 * years a {@code timestamptz} holds. Thrown while a statement's parameters are bound, and turned
 * into a {@link NestqlException} with the statement's SQL.
 */
final class UnboundValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnboundValueException(String column, Class<?> type, RuntimeException cause) {
        super("cannot bind the " + type.getSimpleName() + " compared with " + column + ": " + cause.getMessage(), cause);
    }
}
