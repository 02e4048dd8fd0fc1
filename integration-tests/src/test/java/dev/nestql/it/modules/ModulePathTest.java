package dev.nestql.it.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.nestql.query.Column;
import dev.nestql.schema.verify.SchemaVerifier;
import java.io.File;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nestql's jars work on the module path: each has a module name, and an application module that
 * requires the runtime compiles with the processor, generated query classes included, as does
 * application code that calls them through {@code dev.nestql.query}.
 */
class ModulePathTest {
    @Test
    void theJarsHaveModuleNames() throws Exception {
        Path runtime = jarOf(Column.class);
        assumeTrue(runtime.toString().endsWith(".jar"), "the runtime is a directory, not its jar: run mvn verify");
        assertEquals("dev.nestql", moduleName(runtime));
        // An automatic module exports every package: the annotations, the query API and the
        // support for generated code, which generated classes in the application's module call.
        assertEquals(Set.of("dev.nestql", "dev.nestql.query", "dev.nestql.internal"),
                ModuleFinder.of(runtime).findAll().iterator().next().descriptor().packages());
        assertEquals("dev.nestql.schema", moduleName(jarOf(SchemaVerifier.class)));
    }

    @Test
    void anApplicationModuleCompilesWithTheProcessor(@TempDir Path directory) throws Exception {
        Path runtime = jarOf(Column.class);
        assumeTrue(runtime.toString().endsWith(".jar"), "the runtime is a directory, not its jar: run mvn verify");
        Path sources = directory.resolve("src");
        write(sources.resolve("module-info.java"), """
                module com.acme.films {
                    requires dev.nestql;
                    requires com.fasterxml.jackson.core;
                    requires java.sql;
                    exports com.acme.films;
                }
                """);
        write(sources.resolve("com/acme/films/Film.java"), """
                package com.acme.films;

                import dev.nestql.ForeignKey;
                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("film")
                public record Film(@Id long id, String title, @ForeignKey(references = Studio.class) Long studioId) {}
                """);
        write(sources.resolve("com/acme/films/Studio.java"), """
                package com.acme.films;

                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("studio")
                public record Studio(@Id long id, String name) {}
                """);
        write(sources.resolve("com/acme/films/StudioView.java"), """
                package com.acme.films;

                import dev.nestql.Count;
                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                @Projection(Studio.class)
                public record StudioView(long id, String name, @Nested(value = "films", orderBy = "title") List<FilmTitle> films,
                        @Count("films") long count) {
                    @Projection(Film.class)
                    public record FilmTitle(long id, String title) {}
                }
                """);
        write(sources.resolve("com/acme/films/Studios.java"), """
                package com.acme.films;

                import dev.nestql.query.NestqlException;
                import java.sql.Connection;
                import java.util.List;

                public final class Studios {
                    private Studios() {}

                    public static List<StudioView> named(Connection connection, String pattern) {
                        try {
                            return StudioViewQuery.select()
                                    .where(StudioViewQuery.NAME.like(pattern))
                                    .orderBy(StudioViewQuery.ID.asc())
                                    .list(connection);
                        } catch (NestqlException e) {
                            throw new IllegalStateException("SQL state " + e.sqlState(), e);
                        }
                    }
                }
                """);
        Path classes = directory.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--module-path", runtime + File.pathSeparator + jarOf(JsonParser.class),
                    "--processor-path", System.getProperty("java.class.path"),
                    "-d", classes.toString());
            Iterable<? extends JavaFileObject> units;
            try (var paths = Files.walk(sources)) {
                units = files.getJavaFileObjectsFromPaths(paths.filter(p -> p.toString().endsWith(".java")).toList());
            }
            boolean compiled = javac.getTask(null, files, diagnostics, options, null, units).call();
            assertTrue(compiled, () -> diagnostics.getDiagnostics().toString());
        }
        assertTrue(Files.exists(classes.resolve("com/acme/films/StudioViewQuery.class")));
        assertTrue(Files.exists(classes.resolve("com/acme/films/Studios.class")));
        assertTrue(Files.exists(classes.resolve("META-INF/nestql/tables/com.acme.films.Film")));
    }

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String moduleName(Path jar) {
        return ModuleFinder.of(jar).findAll().iterator().next().descriptor().name();
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
