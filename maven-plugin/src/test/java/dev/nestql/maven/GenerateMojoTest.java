package dev.nestql.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.testsupport.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal as Maven runs it, its parameters set as a pom sets them. */
class GenerateMojoTest {
    private static final String SCHEMA = "maven_plugin_rental";

    @BeforeAll
    static void createSchema() throws Exception {
        TestDatabase.freshSchema(SCHEMA, "schemas/rental.sql");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        TestDatabase.dropSchema(SCHEMA);
    }

    @Test
    void writesTheRecordsAndAddsTheirDirectoryToTheSources(@TempDir Path output) throws Exception {
        GenerateMojo mojo = mojo(output);
        mojo.includes = List.of("film.*", "language", "actor");
        mojo.excludes = List.of("film_list");
        mojo.execute();

        try (Stream<Path> files = Files.list(output.resolve("com/acme/rental"))) {
            assertEquals(List.of("Actor.java", "Film.java", "FilmActor.java", "FilmCategory.java", "Language.java"),
                    files.map(path -> path.getFileName().toString()).sorted().toList());
        }
        assertEquals(List.of(output.toString()), mojo.project.getCompileSourceRoots());
    }

    @Test
    void skipWritesNothing(@TempDir Path output) throws Exception {
        GenerateMojo mojo = mojo(output);
        mojo.skip = true;
        mojo.execute();
        assertEquals(0, output.toFile().list().length);
    }

    @Test
    void badParametersFailTheBuildWithWhatToFix(@TempDir Path output) {
        GenerateMojo pattern = mojo(output);
        pattern.includes = List.of("film(");
        MojoFailureException regex = assertThrows(MojoFailureException.class, pattern::execute);
        assertTrue(regex.getMessage().contains("includes: film( is not a regular expression"), regex.getMessage());

        GenerateMojo packageName = mojo(output);
        packageName.packageName = "com.acme.2nd";
        MojoFailureException badPackage = assertThrows(MojoFailureException.class, packageName::execute);
        assertTrue(badPackage.getMessage().contains("'com.acme.2nd' is not a Java package name"), badPackage.getMessage());

        GenerateMojo url = mojo(output);
        url.url = "jdbc:mysql://localhost/rental";
        MojoFailureException notPostgres = assertThrows(MojoFailureException.class, url::execute);
        assertTrue(notPostgres.getMessage().contains("is not a PostgreSQL JDBC URL"), notPostgres.getMessage());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAnErrorWithItsSqlState(@TempDir Path output) {
        GenerateMojo mojo = mojo(output);
        mojo.url = "jdbc:postgresql://127.0.0.1:1/rental?connectTimeout=2";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("nestql:generate cannot read the schema at jdbc:postgresql://127.0.0.1:1/rental"),
                e.getMessage());
        assertTrue(e.getMessage().contains("(SQL state 08001)"), e.getMessage());
    }

    private static GenerateMojo mojo(Path output) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.url = TestDatabase.url();
        mojo.schemas = List.of(SCHEMA);
        mojo.packageName = "com.acme.rental";
        mojo.outputDirectory = new File(output.toString());
        mojo.project = new MavenProject();
        return mojo;
    }
}
