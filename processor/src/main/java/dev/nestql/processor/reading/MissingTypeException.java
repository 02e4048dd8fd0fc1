package dev.nestql.processor.reading;

/**
 * Thrown when a type a projection needs does not exist yet, probably because another processor
 * generates it in a later round: the projection is tried again next round.
 */
public final class MissingTypeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String typeName;

    MissingTypeException(String typeName) {
        super(typeName, null, false, false);
        this.typeName = typeName;
    }

    /** The type that could not be resolved, as javac prints it. */
    public String typeName() {
        return typeName;
    }
}
