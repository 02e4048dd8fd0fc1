package dev.nestql.example.support;

import dev.nestql.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Schemas of their own for the app's tests, on the server of {@link TestDatabase}
 * ({@code NESTQL_TEST_JDBC_URL}, or an embedded PostgreSQL started once per test JVM): the app
 * creates its demo data in the schema its JDBC URL names.
 */
public final class TestPostgres {
    private TestPostgres() {}

    /** Creates an empty schema and returns its name. */
    public static String createSchema() {
        String schema = "example_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    /** A JDBC URL of the server whose connections work in {@code schema}. */
    public static String url(String schema) {
        String url = TestDatabase.url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** Runs {@code sql} on the server, outside any test schema. */
    public static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(TestDatabase.url());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }
}
