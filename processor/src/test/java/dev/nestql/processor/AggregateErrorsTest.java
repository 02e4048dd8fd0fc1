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
 * The mistakes users make with aggregates and {@code @Sql}: one test per error code of those rules
 * (NQ1224 to NQ1228), and tests showing that the general rules (unknown names, types that cannot
 * hold the value, paths ending at the wrong thing, filter literals) apply to aggregates with advice
 * that fits them. Each compiles the valid {@link Shop} schema with one projection of
 * {@code Category} whose single component breaks the rule.
 */
class AggregateErrorsTest {

    /** {@code CategoryStats}, a projection of {@code Category} with {@code name} and {@code component}. */
    private static JavaFileObject stats(String component) {
        return source("com.acme.shop.CategoryStats", """
                package com.acme.shop;

                import dev.nestql.*;
                import java.math.BigDecimal;

                @Projection(Category.class)
                public record CategoryStats(
                        String name,
                        %s) {}
                """.formatted(component));
    }

    private static Compilation compileStats(JavaFileObject stats) {
        return compile(Shop.CATEGORY, Shop.PRODUCT, stats);
    }

    @Test
    void nq1224_aggregateNeedsARelation() {
        JavaFileObject stats = stats("@Sum(\"position\") long positions");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1224]").inFile(stats).onLineContaining("long positions");
        String message = error(compilation, "NQ1224");
        assertThat(message).contains("@Sum on CategoryStats.positions: \"position\" is a column of Category itself");
        assertThat(message).contains("@Sum aggregates related rows");
        // Product has no position: the example names a column it does have (it once said products.position).
        assertThat(message).contains("Start the path with a relation of Category, e.g. \"products.price\"");
    }

    @Test
    void nq1225_aggregateColumnMustSuitTheFunction() {
        JavaFileObject stats = stats("@Sum(\"products.name\") long nameTotal");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1225]").inFile(stats).onLineContaining("long nameTotal");
        String message = error(compilation, "NQ1225");
        assertThat(message).contains("@Sum on CategoryStats.nameTotal: @Sum needs a numeric column");
        assertThat(message).contains("\"products.name\" is a column of type String");
        assertThat(message).contains("use @Min, @Max or @Count");
    }

    @Test
    void minOfABooleanIsRejected() {
        JavaFileObject stats = stats("@Min(\"products.available\") Boolean anyAvailable");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        String message = error(compilation, "NQ1225");
        assertThat(message).contains("@Min needs a column with an order (a number, text, date or time)");
        assertThat(message).contains("use @Count, @Exists or @First");
    }

    @Test
    void nq1226_firstNeedsAnOrder() {
        JavaFileObject stats = stats("@First(value = \"products\", select = \"name\") String firstProduct");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1226]").inFile(stats).onLineContaining("String firstProduct");
        String message = error(compilation, "NQ1226");
        assertThat(message).contains("@First on CategoryStats.firstProduct has no orderBy, so no row is first");
        assertThat(message).contains("orderBy = \"-price\"");
    }

    @Test
    void nq1227_sqlPlaceholdersMustBeClosed() {
        JavaFileObject stats = stats("@Sql(\"length({name)\") int nameLength");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1227]").inFile(stats).onLineContaining("int nameLength");
        String message = error(compilation, "NQ1227");
        assertThat(message).contains("@Sql on CategoryStats.nameLength: the brace at position 8 is never closed");
        assertThat(message).contains("Write placeholders as {column} or {relation.column}, and {{ or }} for a literal brace");
    }

    @Test
    void sqlLiteralBracesAreWrittenDoubled() {
        JavaFileObject stats = stats("@Sql(\"'{{1,2}}'::int[] = '{{1,2}}'::int[] and {name} <> ''\") boolean literalArray");

        assertThat(compileStats(stats)).succeededWithoutWarnings();
    }

    @Test
    void nq1228_distinctCountNeedsAnId() {
        JavaFileObject tag = source("com.acme.shop.ProductTag", """
                package com.acme.shop;

                import dev.nestql.ForeignKey;
                import dev.nestql.Table;

                @Table("shop.product_tag")
                public record ProductTag(@ForeignKey(references = Product.class) long productId, String tag) {}
                """);
        JavaFileObject stats = stats("@Count(value = \"products.productTags\", distinct = true) long tags");

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, tag, stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1228]").inFile(stats).onLineContaining("long tags");
        String message = error(compilation, "NQ1228");
        assertThat(message).contains("@Count(value = \"products.productTags\", distinct = true) on CategoryStats.tags"
                + " counts distinct ProductTag rows, but ProductTag has no @Id");
        assertThat(message).contains("Mark its primary key with @Id, or drop distinct");
    }

    @Test
    void countIntoTextIsATypeMismatch() {
        JavaFileObject stats = stats("@Count(\"products\") String productCount");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1205]").inFile(stats).onLineContaining("String productCount");
        assertThat(error(compilation, "NQ1205")).contains("Component CategoryStats.productCount has type String,"
                + " but @Count(\"products\") is a number of rows. Declare the component as long or int.");
    }

    @Test
    void sumOfIntegersNeedsALong() {
        JavaFileObject stats = stats("@Sum(\"products.id\") int idTotal");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(error(compilation, "NQ1205")).contains("Component CategoryStats.idTotal has type int,"
                + " but @Sum(\"products.id\") is a sum of Long values. Declare the component as long (or BigDecimal).");
    }

    @Test
    void averageNeedsAFraction() {
        JavaFileObject stats = stats("@Avg(\"products.price\") long averagePrice");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(error(compilation, "NQ1205")).contains("but @Avg(\"products.price\") is an average, with a fraction."
                + " Declare the component as double or BigDecimal.");
    }

    @Test
    void firstOfTextIntoIntIsATypeMismatch() {
        JavaFileObject stats = stats("@First(value = \"products\", select = \"name\", orderBy = \"-price\") int cheapest");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(error(compilation, "NQ1205")).contains("Component CategoryStats.cheapest has type int,"
                + " but the @First select \"name\" is String. Declare the component as String.");
    }

    @Test
    void firstIntoAPrimitiveCannotHoldNoRow() {
        JavaFileObject stats = stats("@First(value = \"products\", select = \"id\", orderBy = \"-price\") long priciestId");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1206]").inFile(stats).onLineContaining("long priciestId");
        assertThat(error(compilation, "NQ1206")).contains("Component CategoryStats.priciestId has primitive type long,"
                + " but the @First select \"id\" can be null (there may be no related row). Declare it as Long.");
    }

    @Test
    void countOfAColumnIsRejectedWithAdviceForAggregates() {
        JavaFileObject stats = stats("@Count(\"products.price\") long priced");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        String message = error(compilation, "NQ1221");
        assertThat(message).contains("@Count on CategoryStats.priced: \"products.price\" ends at \"price\","
                + " which is a column of Product, not a relation");
        assertThat(message).contains("to fold a column, use @Sum, @Avg, @Min or @Max");
    }

    @Test
    void sumOfARelationIsRejectedWithAnExampleColumn() {
        JavaFileObject stats = stats("@Sum(\"products\") long total");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        String message = error(compilation, "NQ1220");
        assertThat(message).contains("@Sum on CategoryStats.total: \"products\" ends at relation \"products\"");
        assertThat(message).contains("Name the column of Product to aggregate, e.g. \"products.price\"");
    }

    @Test
    void aLongerPathEndingAtARelationIsQuotedWhole() {
        JavaFileObject stats = stats("@Max(\"products.category\") Integer highest");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        String message = error(compilation, "NQ1220");
        assertThat(message).contains("\"products.category\" ends at relation \"category\"");
        assertThat(message).contains("e.g. \"products.category.position\"");
    }

    @Test
    void unknownRelationsAndPlaceholdersSuggestTheClosestName() {
        JavaFileObject stats = source("com.acme.shop.CategoryStats", """
                package com.acme.shop;

                import dev.nestql.*;

                @Projection(Category.class)
                public record CategoryStats(
                        String name,
                        @Count("prodcts") long productCount,
                        @Sql("upper({nmae})") String loudName) {}
                """);

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[NQ1204]").inFile(stats).onLineContaining("long productCount");
        assertThat(error(compilation, "NQ1204")).contains(
                "@Count on CategoryStats.productCount: Category has no relation \"prodcts\". Did you mean \"products\"?");
        assertThat(compilation).hadErrorContaining("[NQ1203]").inFile(stats).onLineContaining("String loudName");
        assertThat(error(compilation, "NQ1203")).contains(
                "@Sql placeholder {nmae} on CategoryStats.loudName: Category has no column \"nmae\". Did you mean \"name\"?");
    }

    @Test
    void aggregateConditionsAreChecked() {
        JavaFileObject stats = stats("@Count(value = \"products\", where = \"price = 'cheap'\") long cheap");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(error(compilation, "NQ1302")).contains("@Count where on CategoryStats.cheap: \"price\"");
    }

    @Test
    void oneComponentTakesOneAggregate() {
        JavaFileObject stats = stats("@Count(\"products\") @Exists(\"products\") long products");

        Compilation compilation = compileStats(stats);

        assertThat(compilation).hadErrorCount(1);
        assertThat(error(compilation, "NQ1218")).contains(
                "Component CategoryStats.products has @Count and @Exists, but a component takes one of them");
    }

    @Test
    void everyAggregateOfARecordIsReportedAtOnce() {
        JavaFileObject stats = source("com.acme.shop.CategoryStats", """
                package com.acme.shop;

                import dev.nestql.*;

                @Projection(Category.class)
                public record CategoryStats(
                        @Count("products") String productCount,
                        @First(value = "products", select = "name") String firstProduct,
                        @Sql("{nope}") int nope) {}
                """);

        Compilation compilation = compileStats(stats);

        assertThat(Nestql.nestqlErrors(compilation)).hasSize(3);
    }
}
