package dev.nestql.it.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nestql.it.support.TestSchema;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Records in a file named after none of them ({@code LibraryRecords.java}) compile with the
 * processor in a Maven build, which passes {@code -sourcepath}, and their query classes work.
 */
class FileNamingTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/naming.sql");

    @Test
    void recordsInAFileNamedAfterNoneOfThemCompileAndRead() throws Exception {
        try (Connection connection = db.connection()) {
            assertEquals(List.of(
                    new ShelfView(1, "poetry", List.of(new BookView(10, "Odes"), new BookView(11, "Sonnets"))),
                    new ShelfView(2, "empty", List.of())),
                    ShelfViewQuery.select().orderBy(ShelfViewQuery.ID.asc()).list(connection));
        }
    }
}
