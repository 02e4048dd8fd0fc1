package dev.nestql.schema.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's files read back what was written, from a directory and from a jar alike. */
class RegistryTest {
    private static final TableDeclaration FILM = new TableDeclaration("com.acme.Film", "Order\tweird", List.of(
            new TableDeclaration.Column("filmId", "film_id", JavaTypeName.of("int"), true, Optional.empty()),
            new TableDeclaration.Column("languageId", "language_id", JavaTypeName.of("short"), false,
                    Optional.of(new TableDeclaration.Reference("rental.language", "language_id"))),
            new TableDeclaration.Column("statuses", "sta\\tuses", new JavaTypeName("com.acme.Status", List.of("paid", "open"),
                    true), false, Optional.empty())));
    private static final List<RelationUse> USES = List.of(
            new RelationUse("com.acme.Views$FilmView", "cast", "film_actor", "film_id"));

    @Test
    void readsBackWhatItWrites() {
        assertEquals(FILM, Registry.readTable(Registry.write(FILM)));
        assertEquals(USES, Registry.readUses(Registry.write(USES)));
    }

    @Test
    void loadsFromDirectoriesAndJars(@TempDir Path root) throws Exception {
        Path classes = root.resolve("classes");
        Files.createDirectories(classes.resolve(Registry.TABLES));
        Files.createDirectories(classes.resolve(Registry.RELATIONS));
        Files.writeString(classes.resolve(Registry.TABLES + "com.acme.Film"), Registry.write(FILM));
        Files.writeString(classes.resolve(Registry.RELATIONS + "com.acme.Views$FilmView"), Registry.write(USES));
        TableDeclaration actor = new TableDeclaration("com.acme.Actor", "actor", List.of(
                new TableDeclaration.Column("actorId", "actor_id", JavaTypeName.of("long"), true, Optional.empty())));
        Path jar = root.resolve("schema.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/"));
            out.putNextEntry(new JarEntry("META-INF/nestql/"));
            out.putNextEntry(new JarEntry(Registry.TABLES));
            out.putNextEntry(new JarEntry(Registry.TABLES + "com.acme.Actor"));
            out.write(Registry.write(actor).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(), jar.toUri().toURL()}, null)) {
            Registry.Contents contents = Registry.load(loader);
            assertEquals(List.of(actor, FILM), contents.tables());
            assertEquals(USES, contents.uses());
        }
    }
}
