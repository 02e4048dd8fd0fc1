package dev.nestql.processor.where;

/**
 * Thrown when the text of a where string is not a valid condition.
 *
 * <p>The message says what was expected and what was found, and {@link #column()} says where, so that the
 * annotation processor can report the mistake at the right place in the user's annotation.
 */
public final class WhereSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;

    /**
     * Creates the exception.
     *
     * @param message what was expected and what was found instead
     * @param column the 1-based position in the text at which parsing stopped
     */
    public WhereSyntaxException(String message, int column) {
        super(message);
        this.column = column;
    }

    /**
     * Returns where parsing stopped. A problem at the end of the text is reported one past its last
     * character, i.e. at {@code text.length() + 1}.
     *
     * @return the 1-based position in the text
     */
    public int column() {
        return column;
    }
}
