package dev.nestql.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: what it writes, and the exit status and message of each kind of failure. */
class MainTest {
    private static final String SCHEMA = "generator_main";

    @BeforeAll
    static void createSchema() throws Exception {
        TestDatabase.freshSchema(SCHEMA, "schemas/rental.sql");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        TestDatabase.dropSchema(SCHEMA);
    }

    @Test
    void writesTheRecordsAndSaysWhatItDid(@TempDir Path output) {
        Run run = run("--url", TestDatabase.url(), "--schema", SCHEMA, "--package", "com.acme.rental", "--output",
                output.toString(), "--include", "film", "--include", "language", "--enums-as-strings");
        assertEquals(0, run.status, run.err);
        assertTrue(run.out.startsWith("nestql-generator: 2 files written, 0 unchanged, 0 deleted in "), run.out);
        assertTrue(Files.exists(output.resolve("com/acme/rental/Film.java")));
        assertTrue(Files.exists(output.resolve("com/acme/rental/Language.java")));
    }

    @Test
    void usageErrorsExitWithTwoAndTheUsage(@TempDir Path output) {
        Run missing = run("--url", TestDatabase.url(), "--schema", SCHEMA);
        assertEquals(2, missing.status);
        assertTrue(missing.err.startsWith("nestql-generator: --url, --schema, --package and --output are required"),
                missing.err);
        assertTrue(missing.err.contains("usage: nestql-generator"), missing.err);

        Run regex = run("--url", "x", "--schema", SCHEMA, "--package", "a.b", "--output", output.toString(),
                "--exclude", "[");
        assertEquals(2, regex.status);
        assertTrue(regex.err.startsWith("nestql-generator: --exclude [ is not a regular expression"), regex.err);

        Run unknown = run("--schemas", SCHEMA);
        assertEquals(2, unknown.status);
        assertTrue(unknown.err.startsWith("nestql-generator: unknown option --schemas"), unknown.err);
    }

    @Test
    void aDatabaseThatCannotBeReadExitsWithOne(@TempDir Path output) {
        Run run = run("--url", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "--schema", SCHEMA, "--package",
                "com.acme", "--output", output.toString());
        assertEquals(1, run.status);
        assertTrue(run.err.startsWith("nestql-generator: cannot read the schema: "), run.err);
        assertTrue(run.err.contains("(SQL state 08001)"), run.err);
    }

    @Test
    void aSchemaWithoutTablesTouchesNoFile(@TempDir Path output) throws Exception {
        Path own = output.resolve("com/acme/rental/Film.java");
        Files.createDirectories(own.getParent());
        Files.writeString(own, "@Generated(\"dev.nestql.generator.SchemaGenerator\") record Film() {}");
        Run run = run("--url", TestDatabase.url(), "--schema", "Generator_Main", "--package", "com.acme.rental",
                "--output", output.toString());
        assertEquals(1, run.status);
        assertTrue(run.err.startsWith("nestql-generator: the schemas [Generator_Main] of this database hold no table"),
                run.err);
        assertTrue(Files.exists(own));
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
