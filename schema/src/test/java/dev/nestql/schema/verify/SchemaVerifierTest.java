package dev.nestql.schema.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.schema.registry.JavaTypeName;
import dev.nestql.schema.registry.RelationUse;
import dev.nestql.schema.registry.TableDeclaration;
import dev.nestql.schema.registry.TableDeclaration.Column;
import dev.nestql.schema.registry.TableDeclaration.Reference;
import dev.nestql.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each kind of difference between records and the rental schema, found with its code, place and fix. */
class SchemaVerifierTest {
    private static final String SCHEMA = "schema_verifier";
    private static DataSource dataSource;

    @BeforeAll
    static void createSchema() throws Exception {
        dataSource = TestDatabase.freshSchema(SCHEMA, "schemas/rental.sql");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        TestDatabase.dropSchema(SCHEMA);
        TestDatabase.dropSchema(SCHEMA + "_wide");
    }

    @Test
    void recordsThatMatchAreClean() throws Exception {
        List<TableDeclaration> tables = List.of(
                table("com.acme.Language", "language", column("languageId", "language_id", "short", true),
                        column("name", "name", "java.lang.String", false)),
                table("com.acme.Film", "film", column("filmId", "film_id", "int", true),
                        // A long holds the smallint key; an enum's labels as String; a domain as its base type.
                        reference(column("languageId", "language_id", "long", false), "language", "language_id"),
                        reference(column("originalLanguageId", "original_language_id", "java.lang.Short", false),
                                "language", "language_id"),
                        column("releaseYear", "release_year", "java.lang.Integer", false),
                        column("rating", "rating", "java.lang.String", false),
                        new Column("specialFeatures", "special_features", JavaTypeName.of("java.lang.String").asList(), false,
                                Optional.empty())),
                table("com.acme.Order", "Order", column("id", "id", "long", true),
                        new Column("status", "status", new JavaTypeName("com.acme.OrderStatus",
                                List.of("pending", "paid", "shipped", "cancelled"), false), false, Optional.empty())),
                table("com.acme.Payment", "payment", column("amount", "amount", "java.math.BigDecimal", false)));
        VerificationReport report = verify(tables, List.of());
        assertTrue(report.isClean(), report::toString);
        assertEquals(List.of(), report.findings());
        assertEquals(4, report.checkedTables());
    }

    @Test
    void everyKindOfDifferenceIsFoundWithItsFix() throws Exception {
        List<TableDeclaration> tables = List.of(
                table("com.acme.Missing", "no_such_table", column("id", "id", "long", true)),
                table("com.acme.Film", "film",
                        column("filmId", "film_id", "int", true),
                        column("titel", "titel", "java.lang.String", false),
                        column("length", "length", "short", false),
                        column("rentalRate", "rental_rate", "double", false),
                        reference(column("languageId", "language_id", "short", false), "actor", "actor_id"),
                        new Column("rating", "rating", new JavaTypeName("com.acme.Rating", List.of("G", "PG"), false), false,
                                Optional.empty())),
                table("com.acme.FilmActor", "film_actor", column("actorId", "actor_id", "int", true)),
                table("com.acme.FilmList", "film_list", column("fid", "fid", "int", false)));
        List<RelationUse> uses = List.of(new RelationUse("com.acme.Views$CategoryView", "children", "category", "parent_id"),
                new RelationUse("com.acme.Views$FilmView", "cast", "film_actor", "film_id"));
        VerificationReport report = verify(tables, uses);

        assertFinding(report, "NQ2001", "com.acme.Missing", "does not exist", "correct @Table(\"no_such_table\")");
        assertFinding(report, "NQ2002", "com.acme.Film.titel", "column titel does not exist", "the table has film_id, title,");
        assertFinding(report, "NQ2004", "com.acme.Film.length", "primitive short, but the column length may be NULL",
                "boxed type");
        assertFinding(report, "NQ2003", "com.acme.Film.rentalRate", "type double cannot hold the column rental_rate of"
                + " type numeric(4,2)", "declare it as BigDecimal");
        assertFinding(report, "NQ2101", "com.acme.Film.languageId", "@ForeignKey to actor (actor_id) has no foreign-key"
                + " constraint", "ADD FOREIGN KEY (\"language_id\") REFERENCES \"actor\" (\"actor_id\");");
        assertFinding(report, "NQ2006", "com.acme.Film.rating", "has the label 'PG-13', which com.acme.Rating has no constant for",
                "add the constant PG-13");
        assertFinding(report, "NQ2005", "com.acme.FilmActor.actorId", "primary key of " + SCHEMA + ".film_actor is (actor_id,"
                + " film_id)", "move @Id");
        assertFinding(report, "NQ2004", "com.acme.FilmList.fid", "a view's columns may always be", "boxed type");
        assertFinding(report, "NQ2201", "com.acme.Views$CategoryView.children", "reads the rows of " + SCHEMA
                + ".category by parent_id", "CREATE INDEX ON \"" + SCHEMA + "\".\"category\" (\"parent_id\");");
        // film_actor.film_id has an index of its own.
        assertTrue(report.findings().stream().noneMatch(f -> f.where().endsWith("FilmView.cast")), report::toString);
        // One NQ2006 per label without a constant: PG-13, R and NC-17.
        assertEquals(List.of("NQ2001", "NQ2002", "NQ2004", "NQ2003", "NQ2006", "NQ2006", "NQ2006", "NQ2005", "NQ2004", "NQ2101",
                        "NQ2201"),
                report.findings().stream().map(Finding::code).toList(), report::toString);
        assertTrue(!report.isClean());
        SchemaMismatchException thrown = assertThrows(SchemaMismatchException.class, report::requireClean);
        assertTrue(thrown.getMessage().startsWith("nestql checked 4 @Table records against the database: 9 errors, 1 warnings,"
                + " 1 advice"), thrown.getMessage());
    }

    /** Two hundred tables are checked in a fixed number of catalog statements. */
    @Test
    void twoHundredTables() throws Exception {
        String schema = SCHEMA + "_wide";
        List<TableDeclaration> tables = new ArrayList<>();
        try (Connection connection = TestDatabase.freshSchema(schema).getConnection();
                Statement statement = connection.createStatement()) {
            StringBuilder ddl = new StringBuilder("CREATE TABLE t0 (id bigint PRIMARY KEY, name text NOT NULL);");
            tables.add(table("com.acme.T0", "t0", column("id", "id", "long", true), column("name", "name", "java.lang.String", false)));
            for (int i = 1; i < 200; i++) {
                ddl.append("CREATE TABLE t").append(i).append(" (id bigint PRIMARY KEY, parent_id bigint REFERENCES t")
                        .append(i - 1).append(", label text, amount numeric(10, 2), created timestamptz NOT NULL);");
                tables.add(table("com.acme.T" + i, "t" + i, column("id", "id", "long", true),
                        reference(column("parentId", "parent_id", "java.lang.Long", false), "t" + (i - 1), "id"),
                        column("label", "label", "java.lang.String", false),
                        column("amount", "amount", "java.math.BigDecimal", false),
                        column("created", "created", "java.time.OffsetDateTime", false)));
            }
            statement.execute(ddl.toString());
        }
        try (Connection connection = TestDatabase.dataSource(schema + ",public").getConnection()) {
            long start = System.nanoTime();
            VerificationReport report = SchemaVerifier.verify(connection, tables, List.of());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(report.isClean(), report::toString);
            assertEquals(200, report.checkedTables());
            // Not a benchmark: a bound that a verifier issuing statements per table or column would miss.
            assertTrue(millis < 10_000, millis + " ms");
            System.out.println("SchemaVerifierTest: 200 tables verified in " + millis + " ms");
        }
    }

    private static VerificationReport verify(List<TableDeclaration> tables, List<RelationUse> uses) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaVerifier.verify(connection, tables, uses);
        }
    }

    private static void assertFinding(VerificationReport report, String code, String where, String problem, String fix) {
        assertTrue(report.findings().stream().anyMatch(f -> f.code().equals(code) && f.where().equals(where)
                && f.problem().contains(problem) && f.fix().contains(fix)), () -> code + " " + where + " " + problem
                + "\nnot in\n" + report);
    }

    private static TableDeclaration table(String record, String table, Column... columns) {
        return new TableDeclaration(record, table, List.of(columns));
    }

    private static Column column(String component, String column, String javaType, boolean id) {
        return new Column(component, column, JavaTypeName.of(javaType), id, Optional.empty());
    }

    private static Column reference(Column column, String table, String targetColumn) {
        return new Column(column.component(), column.column(), column.javaType(), column.id(),
                Optional.of(new Reference(table, targetColumn)));
    }
}
