package dev.nestql.processor.where;

/**
 * A comparison operator of the filter language, with the SQL it is written as.
 *
 * <p>The filter language uses the SQL spelling for every operator, so the text a user writes and the SQL
 * that is generated are the same.
 */
public enum Operator {
    /** Equal: {@code =}. */
    EQ("="),
    /** Not equal: {@code <>}. */
    NE("<>"),
    /** Less than: {@code <}. */
    LT("<"),
    /** Less than or equal: {@code <=}. */
    LE("<="),
    /** Greater than: {@code >}. */
    GT(">"),
    /** Greater than or equal: {@code >=}. */
    GE(">=");

    private final String sql;

    Operator(String sql) {
        this.sql = sql;
    }

    /**
     * Returns the operator as written in SQL and in where strings.
     *
     * @return the operator symbol, e.g. {@code "<="}
     */
    public String sql() {
        return sql;
    }
}
