package dev.nestql.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.example.support.TestPostgres;
import dev.nestql.generator.GeneratorOptions;
import dev.nestql.generator.SchemaGenerator;
import dev.nestql.schema.verify.SchemaMismatchException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's {@code @Table} records are the schema generator's output for its own scripts
 * ({@code db/shop.sql}, {@code db/inventory-demo.sql}), committed; and the app refuses to start, with
 * the verifier's whole report, on a database whose tables differ from them.
 */
class SchemaRecordsTest {
    private static final Path SOURCES = Path.of(System.getProperty("basedir", "."), "src", "main", "java");

    /**
     * Regenerating changes no byte. After changing a script, regenerate with the generator's
     * command line (see docs/schema-generator.md), as this test does: shop with
     * {@code --include 'orders_.*' --strip-prefix orders_}, inventory with
     * {@code --exclude 'orders_.*' --timestamptz-as-instant}.
     */
    @Test
    void theCommittedRecordsAreTheGeneratorsOutputForTheScripts(@TempDir Path sources) throws Exception {
        String schema = TestPostgres.createSchema();
        try {
            // Starting the app creates the tables from the scripts, then checks the records against them.
            try (ExampleService app = ExampleService.open(settings(schema))) {
                app.dataSource();
            }
            try (Connection connection = DriverManager.getConnection(TestPostgres.url(schema))) {
                SchemaGenerator.generate(connection, GeneratorOptions.of(schema, "dev.nestql.example.shop")
                        .filtered(List.of(Pattern.compile("orders_.*")), List.of())
                        .withStripPrefixes(List.of("orders_")), sources);
                SchemaGenerator.generate(connection, GeneratorOptions.of(schema, "dev.nestql.example.inventory")
                        .filtered(List.of(), List.of(Pattern.compile("orders_.*")))
                        .withTypes(false, true), sources);
            }
        } finally {
            TestPostgres.dropSchema(schema);
        }
        for (String pkg : List.of("dev/nestql/example/shop", "dev/nestql/example/inventory")) {
            List<Path> generated;
            try (Stream<Path> files = Files.list(sources.resolve(pkg))) {
                generated = files.sorted().toList();
            }
            assertTrue(generated.size() >= 3, pkg);
            for (Path file : generated) {
                assertEquals(Files.readString(file, StandardCharsets.UTF_8),
                        Files.readString(SOURCES.resolve(pkg).resolve(file.getFileName()), StandardCharsets.UTF_8),
                        pkg + "/" + file.getFileName() + " differs from the generator's output");
            }
        }
    }

    @Test
    void theAppRefusesADatabaseWhoseTablesDifferWithTheWholeReport() throws Exception {
        String schema = TestPostgres.createSchema();
        try {
            try (ExampleService app = ExampleService.open(settings(schema))) {
                app.dataSource();
            }
            TestPostgres.execute("ALTER TABLE " + schema + ".device DROP COLUMN status;"
                    + " ALTER TABLE " + schema + ".circuit ALTER COLUMN provider_id DROP NOT NULL");
            SchemaMismatchException e = assertThrows(SchemaMismatchException.class, () -> ExampleService.open(settings(schema)));
            assertTrue(e.getMessage().startsWith("nestql checked 11 @Table records against the database: 2 errors"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("ERROR NQ2002 dev.nestql.example.inventory.Device.status: its column status"
                    + " does not exist"), e.getMessage());
            assertTrue(e.getMessage().contains("ERROR NQ2004 dev.nestql.example.inventory.Circuit.providerId: it is a"
                    + " primitive long, but the column provider_id may be NULL."), e.getMessage());
        } finally {
            TestPostgres.dropSchema(schema);
        }
    }

    private static Settings settings(String schema) throws Exception {
        return new Settings(Optional.of(TestPostgres.url(schema)), 0, Files.createTempDirectory("unused-embedded"),
                Duration.ofSeconds(5), Duration.ofSeconds(30), 10);
    }
}
