package dev.nestql.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.nestql.internal.QueryDefinition;
import dev.nestql.internal.Statements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares each generated query class, character for character, with a reviewed copy.
 *
 * <p>Each case is a folder {@code src/test/resources/golden/<case>} with the records to compile in
 * {@code input/} and the query classes they must generate in {@code expected/}, one file per class,
 * named by its simple name. After a deliberate change to the generated code, run
 *
 * <pre>
 * mvn -pl runtime,processor install -Dtest=GoldenFileTest -Dnestql.golden.update=true
 * </pre>
 *
 * <p>to rewrite {@code expected/}; the test then fails so that the new files are reviewed (with
 * {@code git diff}) before they are committed.
 */
class GoldenFileTest {
    private static final boolean UPDATE = Boolean.getBoolean("nestql.golden.update");
    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    /**
     * <ul>
     *   <li>{@code shop}: the integration tests' CategoryView and ProductView;
     *   <li>{@code paths}: {@code @Path}s through two and three to-one hops that share their joins, a
     *       quoted column, a schema-qualified table and a to-one {@code @Nested} record with a path
     *       of its own;
     *   <li>{@code many_to_many}: a list through a join table with orderBy "-name", limit and where;
     *   <li>{@code aggregates}: the seed blog's location statistics (counts, a distinct count, an
     *       exists with a condition, a first, an {@code @Sql}) in both SQL shapes, and aggregates
     *       inside a nested list with a limit;
     *   <li>{@code nested_rows}: three levels that {@code list()} reads as rows of their own (a
     *       top-level aggregate, two lists of one level, a filter, a descending time key, a list
     *       without order) next to a list sorted by text, which stays JSON.
     * </ul>
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shop", "paths", "many_to_many", "aggregates", "nested_rows"})
    void generatesTheReviewedQueryClasses(String name) throws IOException {
        Path folder = GOLDEN.resolve(name);
        Compilation compilation = Nestql.compile(inputs(folder.resolve("input")).toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();

        Map<String, String> actual = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String text = file.getCharContent(true).toString();
            String simpleName = Path.of(file.toUri().getPath()).getFileName().toString();
            assertWithMessage("two generated classes named %s", simpleName)
                    .that(actual.put(simpleName, text)).isNull();
            // Generated code reads like careful hand-written code, down to its line lengths.
            for (String line : text.split("\n")) {
                assertWithMessage("a line of %s over 120 characters: %s", simpleName, line).that(line.length()).isAtMost(120);
            }
        }

        Path expectedFolder = folder.resolve("expected");
        if (UPDATE) {
            update(expectedFolder, actual);
            fail("Golden files of case \"" + name + "\" were updated in " + expectedFolder.toAbsolutePath()
                    + ": review them (git diff), then run the tests again without -Dnestql.golden.update.");
        }

        Map<String, String> expected = files(expectedFolder);
        assertWithMessage("query classes generated for case %s (expected files in %s)", name, expectedFolder)
                .that(actual.keySet()).containsExactlyElementsIn(expected.keySet());
        for (Map.Entry<String, String> file : expected.entrySet()) {
            String qualifiedName = qualifiedName(file.getValue(), file.getKey());
            String generated = compilation.generatedSourceFile(qualifiedName).orElseThrow()
                    .getCharContent(true).toString();
            assertWithMessage("%s differs from %s (regenerate with -Dnestql.golden.update=true, then review)",
                    qualifiedName, expectedFolder.resolve(file.getKey()))
                    .that(generated).isEqualTo(file.getValue());
        }
    }

    /**
     * The statements timed in docs/aggregates.md ({@code docs/aggregates/*.sql}) are the ones the reviewed
     * {@code LocationStatsQuery} holds, so the measurements describe the generated SQL.
     */
    @Test
    void measuredStatementsAreTheGeneratedOnes() throws IOException {
        String source = Files.readString(GOLDEN.resolve("aggregates/expected/LocationStatsQuery.java"));
        List<String> aggregates = arguments(source, "aggregates");
        QueryDefinition<Object> definition = QueryDefinition.<Object>builder(row -> null)
                .selectList(arguments(source, "selectList").get(0))
                .jsonObject(arguments(source, "jsonObject").get(0))
                .table(arguments(source, "table").get(0))
                .aggregates(aggregates.get(0), aggregates.get(1))
                .build();
        Path docs = Path.of(System.getProperty("basedir", "."), "..", "docs", "aggregates");
        String select = "SELECT " + definition.selectList() + " FROM ";

        assertThat(statement(docs.resolve("per-row-all.sql"))).isEqualTo(select + definition.from() + aggregates.get(0));
        assertThat(statement(docs.resolve("whole-table-all.sql")))
                .isEqualTo(Statements.rows(definition, definition.selectList(), Statements.Clauses.NONE));
        // The page statements as the runtime builds them, with the bound values written in.
        List<Statements.SortKey> byName = List.of(new Statements.SortKey("t0.name", " ASC"));
        String page = Statements.rows(definition, definition.selectList(),
                new Statements.Clauses("t0.name LIKE ?", byName, true, false));
        assertThat(statement(docs.resolve("per-row-page.sql")))
                .isEqualTo(page.replace("LIKE ?", "LIKE 'loc01%'").replace("LIMIT ?", "LIMIT 20"));
        String deepPage = Statements.rows(definition, definition.selectList(), new Statements.Clauses(null, byName, true, true));
        assertThat(statement(docs.resolve("per-row-deep-page.sql")))
                .isEqualTo(deepPage.replace("LIMIT ?", "LIMIT 20").replace("OFFSET ?", "OFFSET 1000"));
        assertThat(statement(docs.resolve("whole-table-page.sql")))
                .startsWith(select + definition.from() + aggregates.get(1) + " WHERE");
    }

    /** The string arguments of the generated call {@code .name(...)}, each joined from its literals. */
    private static List<String> arguments(String source, String name) {
        String call = "\n" + " ".repeat(16) + "." + name + "(";
        int start = source.indexOf(call);
        assertWithMessage("the call .%s( in the generated source", name).that(start).isAtLeast(0);
        Matcher literal = Pattern.compile("\\G\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*([+,]?)")
                .matcher(source).region(start + call.length(), source.length());
        List<String> arguments = new ArrayList<>();
        StringBuilder argument = new StringBuilder();
        while (literal.find()) {
            argument.append(literal.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            if (!literal.group(2).equals("+")) {
                arguments.add(argument.toString());
                argument.setLength(0);
            }
            if (literal.group(2).isEmpty()) {
                break;
            }
        }
        return arguments;
    }

    /** The statement of an SQL file: its lines after the leading comments, without the final semicolon. */
    private static String statement(Path file) throws IOException {
        String text = Files.readAllLines(file).stream().filter(line -> !line.startsWith("--"))
                .reduce("", (a, b) -> a + b).strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }

    private static List<JavaFileObject> inputs(Path folder) throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        for (Map.Entry<String, String> file : files(folder).entrySet()) {
            sources.add(JavaFileObjects.forSourceString(qualifiedName(file.getValue(), file.getKey()), file.getValue()));
        }
        assertWithMessage("sources in %s", folder).that(sources).isNotEmpty();
        return sources;
    }

    /** The {@code .java} files of {@code folder} by file name, in name order. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".java")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String qualifiedName(String text, String fileName) {
        String simpleName = fileName.substring(0, fileName.length() - ".java".length());
        Matcher matcher = PACKAGE.matcher(text);
        return matcher.find() ? matcher.group(1) + "." + simpleName : simpleName;
    }

    private static void update(Path folder, Map<String, String> actual) throws IOException {
        Files.createDirectories(folder);
        for (String stale : files(folder).keySet()) {
            if (!actual.containsKey(stale)) {
                Files.delete(folder.resolve(stale));
            }
        }
        for (Map.Entry<String, String> file : actual.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        assertThat(files(folder).keySet()).containsExactlyElementsIn(actual.keySet());
    }
}
