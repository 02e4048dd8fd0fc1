package dev.nestql.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.nestql.processor.Nestql.compile;
import static dev.nestql.processor.Nestql.error;
import static dev.nestql.processor.Nestql.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Sources that javac accepts never crash the processor and never make it write code that does not
 * compile: the four causes found by mutating valid sources (deep nesting, line separators in
 * strings, text that Javadoc misreads, statements longer than a class-file constant).
 */
class RobustnessTest {
    /** A projection of Category with a count whose where string is {@code where} (a Java string literal's content). */
    private static JavaFileObject view(String where) {
        return source("com.acme.shop.CategoryCount", """
                package com.acme.shop;

                import dev.nestql.Count;
                import dev.nestql.Projection;

                @Projection(Category.class)
                public record CategoryCount(long id, @Count(value = "products", where = "%s") long products) {}
                """.formatted(where));
    }

    @Test
    void deeplyNestedParenthesesAreACodedErrorNotACrash() {
        String where = "(".repeat(2400) + "name = 'x'" + ")".repeat(2400);
        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view(where));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(error(compilation, "NQ1301")).contains("nest more than 100 deep");
    }

    @Test
    void thousandsOfNotsAreACodedErrorNotACrash() {
        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view("not ".repeat(4000) + "name = 'x'"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(error(compilation, "NQ1301")).contains("nest more than 100 deep");
    }

    @Test
    void lineSeparatorsInStringsCompile() {
        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view("name = 'a\u2028b\u2029c'"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void backslashesAndCommentEndsInUserTextDoNotBreakJavadoc() {
        JavaFileObject sql = source("com.acme.shop.ProductLabel", """
                package com.acme.shop;

                import dev.nestql.Projection;
                import dev.nestql.Sql;

                @Projection(Product.class)
                public record ProductLabel(long id, @Sql("{name} || '\\\\u002a/'") String label) {}
                """);
        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view("name like 'C:\\\\\\\\users%'"), sql);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void longNamesOfNestedRecordsKeepEveryLineWithin120Characters() throws IOException {
        JavaFileObject views = source("com.acme.shop.CatalogueProjections", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                public final class CatalogueProjections {
                    @Projection(Product.class)
                    public record ProductWithAVeryDescriptiveName(long id, String name) {}

                    @Projection(Category.class)
                    public record CategoryWithAllOfItsProductsNested(
                            long id, @Nested("products") List<ProductWithAVeryDescriptiveName> products) {}
                }
                """);
        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, views);
        assertThat(compilation).succeededWithoutWarnings();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String text = file.getCharContent(true).toString();
            for (String line : text.split("\n")) {
                assertWithMessage("a line of %s: %s", file.getName(), line).that(line.length()).isAtMost(120);
            }
        }
        String query = compilation.generatedSourceFile("com.acme.shop.CategoryWithAllOfItsProductsNestedQuery")
                .orElseThrow().getCharContent(true).toString();
        assertThat(query).contains("public final class CategoryWithAllOfItsProductsNestedQuery\n"
                + "        extends ProjectionQuery<CatalogueProjections.CategoryWithAllOfItsProductsNested,\n"
                + "                CategoryWithAllOfItsProductsNestedQuery> {");
    }

    @Test
    void aStatementLongerThanAClassFileConstantCompiles() {
        StringBuilder where = new StringBuilder("name = 'x'");
        // Under a constant's 65,535 bytes in the user's source; its statement, which repeats it, is over.
        while (where.length() < 60_000) {
            where.append(" or name = 'a long name of a product, written out in full to make the statement long'");
        }
        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view(where.toString()));
        assertThat(compilation).succeededWithoutWarnings();
    }
}
