package dev.nestql.it.support;

import dev.nestql.testsupport.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema of its own for one test class: created before its tests from SQL scripts on the class
 * path, dropped after them. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestSchema db = new TestSchema("sql/shop.sql");
 * }</pre>
 */
public final class TestSchema implements BeforeAllCallback, AfterAllCallback {
    private final String[] scripts;
    private boolean withPublic;
    private String name;
    private PGSimpleDataSource dataSource;

    public TestSchema(String... scripts) {
        this.scripts = scripts;
    }

    /**
     * This schema with {@code public} after it on the search path, as applications have it, so
     * that extensions installed in {@code public} (their types and operators) are found.
     */
    public TestSchema withPublic() {
        withPublic = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        name = "it_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        try (Connection connection = TestDatabase.dataSource(null).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            statement.execute("CREATE SCHEMA " + name);
        }
        dataSource = TestDatabase.dataSource(withPublic ? name + ",public" : name);
        for (String script : scripts) {
            execute(resource(script));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try (Connection connection = TestDatabase.dataSource(null).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    /** The schema's name. */
    public String name() {
        return name;
    }

    /** Connections whose search path is this schema. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** A new connection whose search path is this schema; the caller closes it. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Runs {@code sql}, which may hold several statements, in this schema. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = TestSchema.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("no script " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
