package dev.nestql.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.example.inventory.LocationDetailQuery;
import dev.nestql.example.inventory.LocationStatsQuery;
import dev.nestql.example.inventory.ProviderCircuitsQuery;
import dev.nestql.example.print.PrintMode;
import dev.nestql.example.shop.CategoryViewQuery;
import dev.nestql.example.support.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's example-app section tells the truth: its {@code --print} output is what
 * {@code --print} prints on a fresh database, and each SQL block of the tour is the statement the
 * endpoint runs.
 */
class ReadmeTest {
    private static final Path README = Path.of(System.getProperty("basedir", "."), "..", "docs", "example-app.md");

    @Test
    void printOutputInTheReadmeIsTheRealOutput() throws Exception {
        String schema = TestPostgres.createSchema();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ExampleService app = ExampleService.open(new Settings(Optional.of(TestPostgres.url(schema)), 0,
                        Files.createTempDirectory("unused-embedded"), Duration.ofSeconds(5), Duration.ofSeconds(30), 2));
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            PrintMode.print(app.dataSource(), out);
        } finally {
            TestPostgres.dropSchema(schema);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        // The figures that matter, independently of the README: the double join's 60 and 60.
        assertTrue(printed.contains("says lax has 60 prefixes and 60 devices"), printed);

        Matcher block = Pattern.compile("<!-- print-output:begin -->\n```\n(.*?)\n```\n<!-- print-output:end -->", Pattern.DOTALL)
                .matcher(readme());
        assertTrue(block.find(), "README has no print-output block");
        assertEquals(block.group(1).strip(), printed.strip(),
                "README's --print output is out of date: paste the output of `java -jar example-app/target/nestql-example-app.jar --print`");
    }

    @Test
    void tourSqlIsTheSqlOfEachEndpoint() throws IOException {
        // writeJson reads streamSql() through a cursor (and, for nested lists that travel as rows,
        // nestedChildrenSql() per batch) and writes the JSON in Java; writeFirstJson reads list's
        // statement, sql(), with LIMIT 1.
        Map<String, String> statements = Map.of(
                "venue-categories", CategoryViewQuery.select()
                        .where(CategoryViewQuery.VENUE_ID.eq(16L))
                        .orderBy(CategoryViewQuery.ID.asc())
                        .streamSql(),
                "venue-categories-children", CategoryViewQuery.select().nestedChildrenSql(),
                "providers", ProviderCircuitsQuery.select().orderBy(ProviderCircuitsQuery.NAME.asc()).streamSql(),
                "locations", LocationStatsQuery.select().orderBy(LocationStatsQuery.NAME.asc()).streamSql(),
                "locations-page", LocationStatsQuery.select()
                        .where(LocationStatsQuery.VLAN_COUNT.ge(16L))
                        .orderBy(LocationStatsQuery.DEVICE_COUNT.desc(), LocationStatsQuery.NAME.asc())
                        .limit(3)
                        .streamSql(),
                "location", LocationDetailQuery.select().where(LocationDetailQuery.NAME.eq("lax")).limit(1).sql());
        String readme = readme();
        for (Map.Entry<String, String> statement : statements.entrySet()) {
            Matcher block = Pattern.compile("<!-- sql:" + statement.getKey() + " -->\n```sql\n(.*?)\n```", Pattern.DOTALL)
                    .matcher(readme);
            assertTrue(block.find(), "README has no block sql:" + statement.getKey());
            assertEquals(statement.getValue(), block.group(1).replaceAll("\\s+", " "), statement.getKey());
        }
    }

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }
}
