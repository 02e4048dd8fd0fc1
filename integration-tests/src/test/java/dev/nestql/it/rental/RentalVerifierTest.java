package dev.nestql.it.rental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.support.TestSchema;
import dev.nestql.schema.registry.Registry;
import dev.nestql.schema.registry.RelationUse;
import dev.nestql.schema.registry.TableDeclaration;
import dev.nestql.schema.verify.Finding;
import dev.nestql.schema.verify.SchemaVerifier;
import dev.nestql.schema.verify.VerificationReport;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The registry the processor wrote while compiling this module holds the rental records and the
 * relations their projections read; verified against the schema they were generated from, they
 * are clean, and the advice names exactly the lookups no index serves.
 */
class RentalVerifierTest {
    private static final String PACKAGE = "dev.nestql.it.rental.";

    @RegisterExtension
    static final TestSchema db = new TestSchema("schemas/rental.sql").withPublic();

    @Test
    void theGeneratedRecordsMatchTheirSchema() throws Exception {
        Registry.Contents contents = Registry.load(getClass().getClassLoader());
        List<TableDeclaration> tables = contents.tables().stream().filter(t -> t.record().startsWith(PACKAGE)).toList();
        List<RelationUse> uses = contents.uses().stream().filter(u -> u.projection().startsWith(PACKAGE)).toList();
        assertEquals(24, tables.size());
        try (Connection connection = db.connection()) {
            VerificationReport report = SchemaVerifier.verify(connection, tables, uses);
            assertTrue(report.isClean(), report::toString);
            assertEquals(List.of(
                            "RentalViews$CategoryView.children: category (parent_id)",
                            "RentalViews$CategoryView.films: film_category (category_id)",
                            "RentalViews$FilmView.copies: inventory (film_id)",
                            "RentalViews$LanguageView.dubbed: film (original_language_id)",
                            "RentalViews$StaffView.reports: staff (reports_to)"),
                    report.findings(Finding.Severity.ADVICE).stream()
                            .map(f -> f.where().substring(PACKAGE.length()) + ": " + f.fix()
                                    .replaceAll("CREATE INDEX ON \"[a-z_]+\"\\.\"([a-z_]+)\" \\(\"([a-z_]+)\"\\);", "$1 ($2)"))
                            .sorted().toList(),
                    report::toString);
        }
    }
}
