package dev.nestql.example.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Creates the demo schema and data, each domain when its first table is missing: the shop
 * ({@code db/shop.sql}) and the network inventory of the annotations tutorial
 * ({@code db/inventory-schema.sql}, then its data, {@code db/inventory-demo.sql}). Tables are created in the first schema of the connection's
 * search path.
 */
public final class DemoData {
    /** A domain: the table whose absence means the scripts must run, and the scripts, in order. */
    private record Domain(String name, String firstTable, List<String> scripts) {}

    private static final List<Domain> DOMAINS = List.of(
            new Domain("shop", "orders_venue", List.of("db/shop.sql")),
            new Domain("network inventory", "provider", List.of("db/inventory-schema.sql", "db/inventory-demo.sql")));

    private DemoData() {}

    /**
     * Creates what is missing, in one transaction; two apps starting at once on one database take
     * turns.
     *
     * @return the names of the domains created, empty when all were there
     */
    public static List<String> createMissing(DataSource dataSource) throws SQLException {
        List<String> created = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement lock = connection.createStatement()) {
                    lock.execute("SELECT pg_advisory_xact_lock(hashtext('nestql example demo data'))");
                }
                for (Domain domain : DOMAINS) {
                    if (!exists(connection, domain.firstTable())) {
                        for (String script : domain.scripts()) {
                            try (Statement statement = connection.createStatement()) {
                                statement.execute(script(script));
                            }
                        }
                        created.add(domain.name());
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return created;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static String script(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the app's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
