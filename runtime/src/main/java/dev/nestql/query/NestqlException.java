package dev.nestql.query;

import java.sql.SQLException;

/**
 * A database error raised while running a nestql query, carrying the SQL state and the SQL text of
 * the statement that failed.
 *
 * <p>nestql never writes a bound value into the SQL text or into a message of its own: the SQL
 * text holds {@code ?} where values were bound, and a value that cannot be bound is named by its
 * column and Java type. PostgreSQL's own error text, which the message includes, can quote a value,
 * for example {@code invalid input value for enum shade: "teal"}: treat messages as possibly
 * holding data when they are logged.
 */
public class NestqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;
    private final String sql;

    /**
     * Wraps a JDBC error.
     *
     * @param cause the driver's exception
     * @param sql the statement that was running, or {@code null} when none was
     */
    public NestqlException(SQLException cause, String sql) {
        super(message(cause.getMessage(), cause.getSQLState(), sql), cause);
        this.sqlState = cause.getSQLState();
        this.sql = sql;
    }

    /**
     * An error found by nestql itself while reading a result, such as a value that does not fit the
     * record component.
     *
     * @param message what went wrong
     * @param sql the statement whose result was being read
     * @param cause the underlying problem, or {@code null}
     */
    public NestqlException(String message, String sql, Throwable cause) {
        super(message(message, null, sql), cause);
        this.sqlState = null;
        this.sql = sql;
    }

    /** The five-character SQLSTATE reported by PostgreSQL, or {@code null} when there was none. */
    public String sqlState() {
        return sqlState;
    }

    /** The SQL text of the failing statement, with {@code ?} for bound values. */
    public String sql() {
        return sql;
    }

    private static String message(String what, String sqlState, String sql) {
        StringBuilder text = new StringBuilder(what == null ? "database error" : what);
        if (sqlState != null) {
            text.append(" [SQL state ").append(sqlState).append(']');
        }
        if (sql != null) {
            text.append("\nSQL: ").append(sql);
        }
        return text.toString();
    }
}
