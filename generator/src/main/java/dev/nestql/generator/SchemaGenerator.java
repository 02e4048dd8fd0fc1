package dev.nestql.generator;

import dev.nestql.generator.plan.RecordPlanner;
import dev.nestql.generator.plan.SchemaPlan;
import dev.nestql.generator.write.RecordWriter;
import dev.nestql.schema.catalog.CatalogReader;
import dev.nestql.schema.model.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Generates the {@code @Table} records of a live schema into a source directory.
 *
 * <pre>{@code
 * try (Connection connection = DriverManager.getConnection(url)) {
 *     SchemaGenerator.Result result = SchemaGenerator.generate(connection,
 *             GeneratorOptions.of("public", "com.acme.db"), Path.of("src/main/java"));
 * }
 * }</pre>
 *
 * <p>A file is written only when its content changes, so a run on an unchanged schema touches no
 * file; a file this generator wrote earlier for a relation that is gone (or now excluded) is
 * deleted. Files it did not write are never touched.
 */
public final class SchemaGenerator {
    private SchemaGenerator() {}

    /**
     * What a run did, each list sorted.
     *
     * @param written the files created or changed
     * @param unchanged the files whose content was already the same
     * @param deleted earlier generated files of relations no longer generated
     * @param skipped relations that could not be generated, each with the reason
     */
    public record Result(List<Path> written, List<Path> unchanged, List<Path> deleted, List<String> skipped) {
        public Result {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            deleted = List.copyOf(deleted);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Reads the schemas of {@code options} on {@code connection} and writes their records under
     * {@code sourceRoot}, in the directory of the options' package.
     *
     * @throws SQLException when the catalog cannot be read
     * @throws IllegalArgumentException when the schemas hold no relation (a wrong name), before any
     *     file is touched
     * @throws UncheckedIOException when a file cannot be read, written or deleted
     */
    public static Result generate(Connection connection, GeneratorOptions options, Path sourceRoot) throws SQLException {
        Catalog catalog = CatalogReader.read(connection, options.schemas());
        if (catalog.relations().isEmpty()) {
            // A wrong schema name or database would otherwise delete every record generated before.
            throw new IllegalArgumentException("the schemas " + options.schemas() + " of this database hold no table,"
                    + " view or materialized view (schema names are case-sensitive); nothing was written or deleted");
        }
        return write(RecordPlanner.plan(catalog, options), sourceRoot);
    }

    /** Writes the files of {@code plan} under {@code sourceRoot}, deleting stale generated ones. */
    public static Result write(SchemaPlan plan, Path sourceRoot) {
        Path directory = sourceRoot.resolve(plan.packageName().replace('.', '/'));
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        List<Path> deleted = new ArrayList<>();
        Set<Path> current = new TreeSet<>();
        try {
            Files.createDirectories(directory);
            for (RecordWriter.SourceFile file : RecordWriter.write(plan)) {
                Path path = directory.resolve(file.simpleName() + ".java");
                current.add(path);
                String content = file.source();
                if (Files.exists(path) && Files.readString(path, StandardCharsets.UTF_8).equals(content)) {
                    unchanged.add(path);
                } else {
                    Files.writeString(path, content, StandardCharsets.UTF_8);
                    written.add(path);
                }
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path path : files.sorted().toList()) {
                    if (path.toString().endsWith(".java") && !current.contains(path) && generatedHere(path)) {
                        Files.delete(path);
                        deleted.add(path);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.sort(null);
        unchanged.sort(null);
        return new Result(written, unchanged, deleted, plan.skipped());
    }

    private static boolean generatedHere(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8).contains("Generated(\"" + RecordWriter.GENERATOR + "\")");
    }
}
