package dev.nestql.example;

import dev.nestql.example.shop.CategoryView;
import dev.nestql.example.shop.CategoryViewQuery;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The shop example: creates the tables and demo data when they are missing, then runs the forum
 * question's query (the categories of venue 16, each with its products) as typed records and as
 * JSON built by PostgreSQL.
 *
 * <p>Uses the database named by the JDBC URL in {@code DATABASE_URL}, or else starts an embedded
 * PostgreSQL for the run.
 */
public final class ExampleApp {
    private ExampleApp() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String url = System.getenv("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            out.println("nestql example: using DATABASE_URL " + url.replaceAll("password=[^&]*", "password=***"));
            run(dataSource(url), out);
            return;
        }
        out.println("nestql example: DATABASE_URL is not set, starting an embedded PostgreSQL");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            run(dataSource(postgres.getJdbcUrl("postgres", "postgres")), out);
        }
    }

    private static DataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        return dataSource;
    }

    static void run(DataSource dataSource, PrintStream out) throws SQLException, IOException {
        createDemoData(dataSource);
        CategoryViewQuery venue16 = CategoryViewQuery.select()
                .where(CategoryViewQuery.VENUE_ID.eq(16L))
                .orderBy(CategoryViewQuery.ID.asc());

        out.println();
        out.println("Categories of venue 16 with their products, as records:");
        List<CategoryView> categories = venue16.list(dataSource);
        categories.forEach(category -> out.println("  " + category));

        out.println();
        out.println("The same, as JSON built by PostgreSQL in one statement:");
        PrintWriter writer = new PrintWriter(out, true, StandardCharsets.UTF_8);
        venue16.writeJson(dataSource, writer);
        writer.println();

        out.println();
        out.println("The SQL:");
        out.println("  " + venue16.sql());
    }

    private static void createDemoData(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS orders_category (
                        id bigint PRIMARY KEY, name text NOT NULL, venue_id bigint NOT NULL);
                    CREATE TABLE IF NOT EXISTS orders_product (
                        id bigint PRIMARY KEY, name text NOT NULL,
                        category_id bigint REFERENCES orders_category (id), image text);
                    CREATE INDEX IF NOT EXISTS orders_product_category_id ON orders_product (category_id);
                    INSERT INTO orders_category (id, name, venue_id) VALUES
                        (543, 'Bakery', 16), (544, 'Beverages', 16), (545, 'Wine', 17)
                    ON CONFLICT DO NOTHING;
                    INSERT INTO orders_product (id, name, category_id, image) VALUES
                        (43, 'Baguette', 543, 'https://example.com/baguette.png'),
                        (44, 'Croissant', 543, 'https://example.com/croissant.png'),
                        (45, 'Lemonade', 544, 'https://example.com/lemonade.png'),
                        (46, 'Merlot', 545, 'https://example.com/merlot.png')
                    ON CONFLICT DO NOTHING;
                    """);
        }
    }
}
