package dev.nestql.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.nestql.processor.Nestql.compile;
import static dev.nestql.processor.Nestql.error;
import static dev.nestql.processor.Nestql.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per error code of the filter language in {@code @Nested(where = ...)} (NQ13xx). Paths
 * in a condition that name no column or relation are NQ1203 and NQ1204, tested with projections.
 */
class WhereErrorsTest {

    private static JavaFileObject categoryView(String nested) {
        return source("com.acme.shop.CategoryView", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                @Projection(Category.class)
                public record CategoryView(
                        long id,
                        String name,
                        %s List<ProductView> products) {}
                """.formatted(nested));
    }

    private static Compilation compileWith(JavaFileObject view) {
        return compile(Shop.CATEGORY, Shop.PRODUCT, Shop.PRODUCT_VIEW, view);
    }

    @Test
    void nq1301_whereMustBeACondition() {
        // "==" out of Java habit: the second '=' is at column 28.
        JavaFileObject view = categoryView("@Nested(value = \"products\", where = \"price < 100 and available == true\")");

        Compilation compilation = compileWith(view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1301]").inFile(view)
                .onLineContaining("where = \"price < 100 and available == true\"");
        String message = error(compilation, "NQ1301");
        assertThat(message).contains("@Nested where on CategoryView.products");
        assertThat(message).contains("the condition \"price < 100 and available == true\" has a syntax error at column 28");
        assertThat(message).contains("expected a literal (string, number, true or false) after '=' but found '='");
    }

    @Test
    void nq1302_literalMustFitTheColumn() {
        JavaFileObject view = categoryView("@Nested(value = \"products\", where = \"available = 'yes'\")");

        Compilation compilation = compileWith(view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1302]").inFile(view)
                .onLineContaining("where = \"available = 'yes'\"");
        String message = error(compilation, "NQ1302");
        assertThat(message).contains("@Nested where on CategoryView.products");
        assertThat(message).contains("\"available\" is a column of type boolean, which cannot be compared with the text 'yes'");
        assertThat(message).contains("Write true or false");
    }

    @Test
    void nq1303_likeNeedsATextColumn() {
        JavaFileObject view = categoryView("@Nested(value = \"products\", where = \"price like '1%'\")");

        Compilation compilation = compileWith(view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1303]").inFile(view).onLineContaining("where = \"price like '1%'\"");
        String message = error(compilation, "NQ1303");
        assertThat(message).contains("@Nested where on CategoryView.products");
        assertThat(message).contains("like needs a text column, but \"price\" is a column of type BigDecimal");
        assertThat(message).contains("Use = or in");
    }
}
