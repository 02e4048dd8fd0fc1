package dev.nestql.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.nestql.processor.NestqlProcessor;
import dev.nestql.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records generated from the rental schema (21 tables, two views, a materialized view): what
 * they declare, that they compile with the processor together with projections over them, and
 * that a second run changes nothing.
 */
class SchemaGeneratorTest {
    private static final String SCHEMA = "generator_rental";
    private static final String PACKAGE = "com.acme.rental";
    private static DataSource dataSource;

    @BeforeAll
    static void createSchema() throws Exception {
        dataSource = TestDatabase.freshSchema(SCHEMA, "schemas/rental.sql");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        TestDatabase.dropSchema(SCHEMA);
    }

    @Test
    void writesARecordPerRelationAndAnEnumPerJavaNamedEnum(@TempDir Path sources) throws Exception {
        SchemaGenerator.Result result = generate(sources, GeneratorOptions.of(SCHEMA, PACKAGE));
        assertEquals(List.of("Actor", "Address", "AuditEvent", "Category", "City", "Country", "Customer", "CustomerBalance",
                        "Film", "FilmActor", "FilmCategory", "FilmList", "Inventory", "Language", "Order", "OrderLine",
                        "OrderStatus", "Payment", "Rental", "SalesByStore", "Shipment", "Staff", "Store", "Ticket", "User"),
                result.written().stream().map(path -> path.getFileName().toString().replace(".java", "")).toList());
        assertEquals(List.of(), result.skipped());
    }

    @Test
    void declaresTypesKeysAndRelationNamesByTheDocumentedRules(@TempDir Path sources) throws Exception {
        generate(sources, GeneratorOptions.of(SCHEMA, PACKAGE));
        String film = read(sources, "Film");
        assertContains(film, "@Table(\"film\")");
        assertContains(film, "@Id int filmId");
        // Two keys from film to language: each reverse relation is named after its to-one relation.
        assertContains(film, "@ForeignKey(references = Language.class, relatedName = \"filmsByLanguage\") short languageId");
        assertContains(film,
                "@ForeignKey(references = Language.class, relatedName = \"filmsByOriginalLanguage\") Short originalLanguageId");
        assertContains(film, "Integer releaseYear");
        assertContains(film, "List<String> specialFeatures");
        assertContains(film, "String rating");
        assertContains(film, "labels that are no Java names, such as 'PG-13'");
        assertContains(film, "@param originalLanguageId The language it was shot in, when it is dubbed.");
        assertContains(film, "A film in the catalogue, whatever its copies.");

        String staff = read(sources, "Staff");
        // A self-reference whose column does not end in _id names its to-one relation.
        assertContains(staff, "@ForeignKey(references = Staff.class, name = \"reportsToStaff\") Integer reportsTo");
        assertContains(staff, "@Column(\"Role\") String role");
        assertContains(staff, "OffsetTime shiftStart");
        assertContains(staff, "byte[] picture");

        String filmActor = read(sources, "FilmActor");
        assertContains(filmActor, "No {@code @Id}: the primary key (actor_id, film_id) has 2 columns");
        assertContains(filmActor, "@ForeignKey(references = Actor.class) int actorId");

        String shipment = read(sources, "Shipment");
        assertContains(shipment, "The foreign key {@code shipment_order_id_line_no_fkey} (order_id, line_no) to"
                + " {@code order_line} has 2 columns");

        assertContains(read(sources, "Order"), "@Table(\"Order\")");
        assertContains(read(sources, "Order"), "OrderStatus status");
        assertContains(read(sources, "Order"), "@ForeignKey(references = User.class) long userId");
        assertContains(read(sources, "User"), "@Table(\"user\")");
        assertContains(read(sources, "OrderStatus"), "pending,\n\n    paid,\n\n    shipped,\n\n    cancelled");

        String ticket = read(sources, "Ticket");
        assertContains(ticket, "@Column(\"class\") String class_");
        assertContains(ticket, "@Column(\"hash_code\") Integer hashCode_");
        assertContains(ticket, "@Column(\"default\") boolean default_");

        String payment = read(sources, "Payment");
        assertContains(payment, "partitioned table");
        assertContains(payment, "BigDecimal amount");
        assertContains(payment, "@ForeignKey(references = Customer.class) UUID customerId");

        String audit = read(sources, "AuditEvent");
        assertContains(audit, "@ForeignKey(references = User.class, relatedName = \"auditEventsByActorUser\") Long actorUserId");
        assertContains(audit,
                "@ForeignKey(references = User.class, relatedName = \"auditEventsBySubjectUser\") Long subjectUserId");
        assertContains(audit, "List<OrderStatus> statuses");
        assertContains(audit, "String documents");
        assertContains(audit, "List<Interval> gaps");
        assertContains(audit, "List<byte[]> blobs");
        assertContains(audit, "String lsn");
        assertContains(audit, "@Column(\"Level\") short level");

        String filmList = read(sources, "FilmList");
        assertContains(filmList, "No {@code @Id}: a view has no primary key");
        assertContains(filmList, "Integer fid");
        assertFalse(filmList.contains("@Id Integer"));
    }

    @Test
    void theRecordsCompileWithTheProcessorAndProjectionsOverThem(@TempDir Path sources) throws Exception {
        generate(sources, GeneratorOptions.of(SCHEMA, PACKAGE));
        List<JavaFileObject> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(sources.resolve(PACKAGE.replace('.', '/')))) {
            for (Path path : paths.sorted().toList()) {
                files.add(JavaFileObjects.forResource(path.toUri().toURL()));
            }
        }
        files.add(JavaFileObjects.forSourceString(PACKAGE + ".Views", """
                package com.acme.rental;

                import dev.nestql.Count;
                import dev.nestql.Nested;
                import dev.nestql.Path;
                import dev.nestql.Projection;
                import java.util.List;

                public interface Views {
                    @Projection(Actor.class)
                    record ActorName(int actorId, String firstName, String lastName) {}

                    @Projection(FilmActor.class)
                    record Role(@Nested("actor") ActorName actor) {}

                    @Projection(Film.class)
                    record FilmView(
                            int filmId,
                            String title,
                            @Path("language.name") String language,
                            @Path("originalLanguage.name") String originalLanguage,
                            @Nested(value = "filmActors", orderBy = "actorId") List<Role> cast,
                            @Count("inventories") long copies) {}

                    @Projection(Language.class)
                    record LanguageView(
                            short languageId,
                            @Count("filmsByLanguage") long films,
                            @Count("filmsByOriginalLanguage") long dubbed) {}

                    @Projection(Staff.class)
                    record StaffName(int staffId, String lastName) {}

                    @Projection(Staff.class)
                    record StaffView(int staffId, @Path("reportsToStaff.lastName") String boss,
                            @Nested(value = "staffs", orderBy = "staffId") List<StaffName> reports) {}
                }
                """));
        Compilation compilation = javac().withProcessors(new NestqlProcessor()).withOptions("-Xlint:all,-processing")
                .compile(files);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile(PACKAGE + ".FilmViewQuery");
    }

    @Test
    void aSecondRunChangesNoByteAndStaleGeneratedFilesAreDeleted(@TempDir Path sources) throws Exception {
        SchemaGenerator.Result first = generate(sources, GeneratorOptions.of(SCHEMA, PACKAGE));
        Path directory = sources.resolve(PACKAGE.replace('.', '/'));
        Path stale = directory.resolve("Gone.java");
        Files.writeString(stale, "package com.acme.rental;\n\nimport javax.annotation.processing.Generated;\n\n"
                + "@Generated(\"dev.nestql.generator.SchemaGenerator\")\npublic record Gone() {}\n");
        Path own = directory.resolve("Helper.java");
        Files.writeString(own, "package com.acme.rental;\nfinal class Helper {}\n");
        List<String> before = contents(first.written());

        SchemaGenerator.Result second = generate(sources, GeneratorOptions.of(SCHEMA, PACKAGE));
        assertEquals(List.of(), second.written());
        assertEquals(first.written(), second.unchanged());
        assertEquals(before, contents(second.unchanged()));
        assertEquals(List.of(stale), second.deleted());
        assertTrue(Files.exists(own));
    }

    @Test
    void includesAndExcludesChooseTablesAndKeysToOthersAreExplained(@TempDir Path sources) throws Exception {
        GeneratorOptions options = GeneratorOptions.of(SCHEMA, PACKAGE)
                .filtered(List.of(Pattern.compile("film.*"), Pattern.compile(SCHEMA + "\\.language")),
                        List.of(Pattern.compile("film_list")));
        SchemaGenerator.Result result = generate(sources, options);
        assertEquals(List.of("Film", "FilmActor", "FilmCategory", "Language"),
                result.written().stream().map(path -> path.getFileName().toString().replace(".java", "")).toList());
        assertContains(read(sources, "FilmActor"),
                "The foreign key {@code film_actor_actor_id_fkey} (actor_id) to {@code actor} is not declared: {@code actor}"
                        + " is not generated.");
    }

    @Test
    void optionsChooseStringsForEnumsInstantsAndQualifiedNames(@TempDir Path sources) throws Exception {
        generate(sources, GeneratorOptions.of(SCHEMA, PACKAGE).withTypes(true, true).withQualifiedNames(true));
        String order = read(sources, "Order");
        assertContains(order, "@Table(\"" + SCHEMA + ".Order\")");
        assertContains(order, "String status");
        assertContains(order, "Instant placedAt");
        assertFalse(Files.exists(sources.resolve(PACKAGE.replace('.', '/')).resolve("OrderStatus.java")));
    }

    private static SchemaGenerator.Result generate(Path sources, GeneratorOptions options) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaGenerator.generate(connection, options, sources);
        }
    }

    private static String read(Path sources, String record) throws IOException {
        return Files.readString(sources.resolve(PACKAGE.replace('.', '/')).resolve(record + ".java"), StandardCharsets.UTF_8);
    }

    private static List<String> contents(List<Path> paths) throws IOException {
        List<String> contents = new ArrayList<>();
        for (Path path : paths) {
            contents.add(Files.readString(path, StandardCharsets.UTF_8));
        }
        return contents;
    }

    /** Asserts that {@code text}, its Javadoc lines joined, holds {@code part}. */
    private static void assertContains(String text, String part) {
        String joined = text.replaceAll("\n \\*(?: {4})? (?!@)", " ");
        assertTrue(joined.contains(part), () -> "expected\n  " + part + "\nin\n" + text);
    }
}
