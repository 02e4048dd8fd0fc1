package dev.nestql.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's own execution time of statements, from {@code EXPLAIN (ANALYZE, TIMING OFF)}. */
public final class Explain {
    private static final Pattern EXECUTION_TIME = Pattern.compile("\"Execution Time\": ([0-9.]+)");

    private Explain() {}

    /**
     * A statement with its bound values; a {@code long[]} is bound as a {@code bigint[]}, an
     * {@link Untyped} as untyped text, as nestql binds keyset positions.
     */
    public record Statement(String sql, Object... values) {}

    /** A value bound as untyped text, which PostgreSQL reads as the type of what it is compared with. */
    public record Untyped(String text) {}

    /**
     * The median over {@code runs} (after {@code warmups}) of the summed execution times of
     * {@code statements}, in milliseconds.
     */
    public static double medianMillis(Connection connection, List<Statement> statements, int warmups, int runs)
            throws SQLException {
        for (int i = 0; i < warmups; i++) {
            total(connection, statements);
        }
        double[] totals = new double[runs];
        for (int i = 0; i < runs; i++) {
            totals[i] = total(connection, statements);
        }
        Arrays.sort(totals);
        return totals[runs / 2];
    }

    private static double total(Connection connection, List<Statement> statements) throws SQLException {
        double total = 0;
        for (Statement statement : statements) {
            total += executionMillis(connection, statement);
        }
        return total;
    }

    private static double executionMillis(Connection connection, Statement statement) throws SQLException {
        List<Array> arrays = new ArrayList<>();
        try (PreparedStatement explain = connection.prepareStatement(
                "EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON, FORMAT JSON) " + statement.sql())) {
            for (int i = 0; i < statement.values().length; i++) {
                Object value = statement.values()[i];
                if (value instanceof long[] ids) {
                    Array array = connection.createArrayOf("bigint", Arrays.stream(ids).boxed().toArray());
                    arrays.add(array);
                    explain.setArray(i + 1, array);
                } else if (value instanceof Untyped untyped) {
                    explain.setObject(i + 1, untyped.text(), Types.OTHER);
                } else {
                    explain.setObject(i + 1, value);
                }
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                Matcher time = EXECUTION_TIME.matcher(plan.getString(1));
                if (!time.find()) {
                    throw new IllegalStateException("no execution time in the plan of " + statement.sql());
                }
                return Double.parseDouble(time.group(1));
            }
        } finally {
            for (Array array : arrays) {
                array.free();
            }
        }
    }
}
