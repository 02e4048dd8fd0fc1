package dev.nestql.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.nestql.processor.Nestql.source;

import com.google.testing.compile.Compilation;
import dev.nestql.testsupport.TestDatabase;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The opt-in compile-time check (-Anestql.verify.url) against a real PostgreSQL: each difference
 * between a record and its table is an error, warning or note on the record component's line;
 * records that match compile without a message.
 */
class SchemaCheckTest {
    private static final String SCHEMA = "processor_schema_check";

    @BeforeAll
    static void createSchema() throws Exception {
        TestDatabase.freshSchema(SCHEMA);
        try (var connection = TestDatabase.dataSource(SCHEMA).getConnection(); var statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE category (id bigint PRIMARY KEY, name text NOT NULL);
                    CREATE TABLE product (
                        id bigint PRIMARY KEY,
                        name text NOT NULL,
                        price numeric(8, 2),
                        category_id bigint REFERENCES category (id),
                        supplier_id bigint
                    );""");
        }
    }

    @AfterAll
    static void dropSchema() throws Exception {
        TestDatabase.dropSchema(SCHEMA);
    }

    private static final JavaFileObject CATEGORY = source("com.acme.shop.Category", """
            package com.acme.shop;

            import dev.nestql.Id;
            import dev.nestql.Table;

            @Table("category")
            public record Category(@Id long id, String name) {}
            """);

    @Test
    void recordsThatMatchCompileWithoutAMessage() {
        JavaFileObject product = source("com.acme.shop.Product", """
                package com.acme.shop;

                import dev.nestql.ForeignKey;
                import dev.nestql.Id;
                import dev.nestql.Table;
                import java.math.BigDecimal;

                @Table("product")
                public record Product(@Id long id, String name, BigDecimal price,
                        @ForeignKey(references = Category.class) Long categoryId) {}
                """);
        Compilation compilation = compile(CATEGORY, product);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.notes().stream().map(n -> n.getMessage(Locale.ROOT)).toList()).isEmpty();
    }

    @Test
    void eachDifferenceIsReportedOnItsComponentsLine() {
        JavaFileObject product = source("com.acme.shop.Product", """
                package com.acme.shop;

                import dev.nestql.ForeignKey;
                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("product")
                public record Product(
                        @Id long id,
                        String title,
                        double price,
                        @ForeignKey(references = Category.class, relatedName = "supplied") Long supplierId) {}
                """);
        JavaFileObject views = source("com.acme.shop.Views", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                public interface Views {
                    @Projection(Product.class)
                    record ProductName(long id) {}

                    @Projection(Category.class)
                    record CategoryView(long id, @Nested(value = "supplied", orderBy = "id") List<ProductName> supplied) {}
                }
                """);
        Compilation compilation = compile(CATEGORY, product, views);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[NQ2002] Product.title: its column title does not exist in "
                + SCHEMA + ".product").inFile(product).onLineContaining("String title");
        assertThat(compilation).hadErrorContaining("[NQ2003] Product.price: its type double cannot hold the column price of"
                + " type numeric(8,2). Fix: declare it as BigDecimal.").inFile(product).onLineContaining("double price");
        assertThat(compilation).hadErrorContaining("[NQ2004] Product.price: it is a primitive double")
                .inFile(product).onLineContaining("double price");
        assertThat(compilation).hadWarningContaining("[NQ2101] Product.supplierId: its @ForeignKey to category (id) has no"
                + " foreign-key constraint").inFile(product).onLineContaining("Long supplierId");
        assertThat(compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.NOTE && d.getMessage(Locale.ROOT).contains("[NQ2201]"))
                .map(d -> d.getMessage(Locale.ROOT)).toList())
                .containsExactly("[NQ2201] Views.CategoryView.supplied: reads the rows of " + SCHEMA + ".product by"
                        + " supplier_id, which no index leads with, so each parent's rows are found by scanning the"
                        + " table. Fix: CREATE INDEX ON \"" + SCHEMA + "\".\"product\" (\"supplier_id\");");
    }

    private static Compilation compile(JavaFileObject... sources) {
        String url = TestDatabase.url();
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        return javac().withProcessors(new NestqlProcessor())
                .withOptions(Nestql.LINT, "-Anestql.verify.url=" + withSchema)
                .compile(sources);
    }
}
