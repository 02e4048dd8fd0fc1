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
 * One test per error code of the {@code @Projection}, {@code @Path} and {@code @Nested} rules
 * (NQ12xx), each against the valid {@link Shop} schema with one projection that breaks exactly
 * that rule.
 */
class ProjectionErrorsTest {

    @Test
    void nq1201_projectionMustBeARecord() {
        JavaFileObject summary = source("com.acme.shop.ProductSummary", """
                package com.acme.shop;

                import dev.nestql.Projection;

                @Projection(Product.class)
                public final class ProductSummary {
                    private long id;
                    private String name;
                }
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, summary);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1201]").inFile(summary)
                .onLineContaining("@Projection(Product.class)");
        String message = error(compilation, "NQ1201");
        assertThat(message).contains("@Projection ProductSummary is a class");
        assertThat(message).contains("Declare it as `record ProductSummary(...)`");
    }

    @Test
    void nq1202_projectionMustNameATable() {
        // A slip: naming another projection instead of the table record.
        JavaFileObject row = source("com.acme.shop.ProductRow", """
                package com.acme.shop;

                import dev.nestql.Projection;

                @Projection(ProductView.class)
                public record ProductRow(long id, String name) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.PRODUCT_VIEW, row);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1202]").inFile(row)
                .onLineContaining("@Projection(ProductView.class)");
        String message = error(compilation, "NQ1202");
        assertThat(message).contains("@Projection of ProductRow names ProductView, which is not a @Table record");
        assertThat(message).contains("Name the @Table record this projection reads from");
    }

    @Test
    void nq1203_plainComponentMustBeAColumn() {
        JavaFileObject view = source("com.acme.shop.ProductView", """
                package com.acme.shop;

                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductView(
                        long id,
                        String nmae) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1203]").inFile(view).onLineContaining("String nmae");
        String message = error(compilation, "NQ1203");
        assertThat(message).contains("ProductView.nmae");
        assertThat(message).contains("Product has no column \"nmae\". Did you mean \"name\"?");
        assertThat(message).contains("Columns of Product: available, categoryId, id, name, price");
        assertThat(message).contains("read another value with @Path or @Nested");
    }

    @Test
    void nq1204_nestedPathMustNameARelation() {
        JavaFileObject view = source("com.acme.shop.CategoryView", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                @Projection(Category.class)
                public record CategoryView(
                        long id,
                        @Nested("prodcuts") List<ProductView> products) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.PRODUCT_VIEW, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1204]").inFile(view).onLineContaining("@Nested(\"prodcuts\")");
        String message = error(compilation, "NQ1204");
        assertThat(message).contains("@Nested on CategoryView.products");
        assertThat(message).contains("Category has no relation \"prodcuts\". Did you mean \"products\"?");
        assertThat(message).contains("Relations of Category: products");
    }

    @Test
    void nq1205_componentTypeMustMatchTheColumn() {
        JavaFileObject view = source("com.acme.shop.ProductView", """
                package com.acme.shop;

                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductView(
                        long id,
                        double price) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1205]").inFile(view).onLineContaining("double price");
        String message = error(compilation, "NQ1205");
        assertThat(message).contains("Component ProductView.price has type double, but column Product.price is BigDecimal");
        assertThat(message).contains("Declare the component as BigDecimal");
    }

    @Test
    void nq1206_primitiveComponentCannotHoldANullablePath() {
        // position is NOT NULL, but the key Product.categoryId on the way may be null.
        JavaFileObject view = source("com.acme.shop.ProductView", """
                package com.acme.shop;

                import dev.nestql.Path;
                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductView(
                        long id,
                        @Path("category.position") int categoryPosition) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1206]").inFile(view).onLineContaining("int categoryPosition");
        String message = error(compilation, "NQ1206");
        assertThat(message).contains("Component ProductView.categoryPosition has primitive type int");
        assertThat(message).contains("path \"category.position\" can be null");
        assertThat(message).contains("foreign key Product.categoryId on the way is nullable");
        assertThat(message).contains("Declare it as Integer");
    }

    @Test
    void nq1207_pathCannotFollowAToManyRelation() {
        JavaFileObject view = source("com.acme.shop.CategoryView", """
                package com.acme.shop;

                import dev.nestql.Path;
                import dev.nestql.Projection;

                @Projection(Category.class)
                public record CategoryView(
                        long id,
                        @Path("products.name") String productName) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1207]").inFile(view)
                .onLineContaining("@Path(\"products.name\")");
        String message = error(compilation, "NQ1207");
        assertThat(message).contains("@Path on CategoryView.productName");
        assertThat(message).contains("\"products\" is a to-many relation (Category to Product)");
        assertThat(message).contains("Use @Nested with a List for related rows");
    }

    @Test
    void nq1208_nestedTypeMustBeAProjection() {
        // A slip: nesting the table record instead of a projection of it.
        JavaFileObject view = source("com.acme.shop.CategoryView", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                @Projection(Category.class)
                public record CategoryView(
                        long id,
                        @Nested("products") List<Product> products) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1208]").inFile(view).onLineContaining("List<Product> products");
        String message = error(compilation, "NQ1208");
        assertThat(message).contains("@Nested component CategoryView.products has type List<Product>");
        assertThat(message).contains("it must be a @Projection record, or a List of one");
        assertThat(message).contains("Product is a @Table record: declare a projection of it, such as"
                + " @Projection(Product.class) record ProductView(...), and nest List<ProductView>.");
    }

    @Test
    void nq1209_nestedProjectionMustReadTheReachedTable() {
        JavaFileObject view = source("com.acme.shop.CategoryView", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                @Projection(Category.class)
                public record CategoryView(
                        long id,
                        @Nested("products") List<CategorySummary> products) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.CATEGORY_SUMMARY, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1209]").inFile(view)
                .onLineContaining("List<CategorySummary> products");
        String message = error(compilation, "NQ1209");
        assertThat(message).contains("@Nested(\"products\") on CategoryView.products leads to Product");
        assertThat(message).contains("CategorySummary is a projection of Category");
        assertThat(message).contains("Use a @Projection(Product.class) record");
    }

    @Test
    void nq1210_toManyNestingMustBeAList() {
        JavaFileObject view = source("com.acme.shop.CategoryView", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;

                @Projection(Category.class)
                public record CategoryView(
                        long id,
                        @Nested("products") ProductView products) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.PRODUCT_VIEW, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1210]").inFile(view).onLineContaining("ProductView products");
        String message = error(compilation, "NQ1210");
        assertThat(message).contains("@Nested(\"products\") on CategoryView.products can reach many rows (through \"products\")");
        assertThat(message).contains("the component must be a List<ProductView>");
    }

    @Test
    void nq1211_toOneNestingMustNotBeAList() {
        JavaFileObject detail = source("com.acme.shop.ProductDetail", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                @Projection(Product.class)
                public record ProductDetail(
                        long id,
                        @Nested("category") List<CategorySummary> category) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.CATEGORY_SUMMARY, detail);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1211]").inFile(detail)
                .onLineContaining("List<CategorySummary> category");
        String message = error(compilation, "NQ1211");
        assertThat(message).contains("@Nested(\"category\") on ProductDetail.category reaches at most one row");
        assertThat(message).contains("the component must be CategorySummary, not a List");
    }

    @Test
    void nq1212_listOptionsDoNotApplyToASingleRecord() {
        JavaFileObject detail = source("com.acme.shop.ProductDetail", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductDetail(
                        long id,
                        @Nested(value = "category", orderBy = "name") CategorySummary category) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.CATEGORY_SUMMARY, detail);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1212]").inFile(detail).onLineContaining("orderBy = \"name\"");
        String message = error(compilation, "NQ1212");
        assertThat(message).contains("@Nested(\"category\") on ProductDetail.category is a single record");
        assertThat(message).contains("orderBy only applies to lists. Remove it.");
    }

    @Test
    void nq1213_limitMustNotBeNegative() {
        JavaFileObject view = source("com.acme.shop.CategoryView", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                @Projection(Category.class)
                public record CategoryView(
                        long id,
                        @Nested(value = "products", limit = -1) List<ProductView> products) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.PRODUCT_VIEW, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1213]").inFile(view).onLineContaining("limit = -1");
        String message = error(compilation, "NQ1213");
        assertThat(message).contains("@Nested limit = -1 on CategoryView.products is negative");
        assertThat(message).contains("or 0 for no limit");
    }

    @Test
    void nq1214_nestedProjectionsMustNotFormACycle() {
        JavaFileObject employee = source("com.acme.staff.Employee", """
                package com.acme.staff;

                import dev.nestql.ForeignKey;
                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("employee")
                public record Employee(
                        @Id long id,
                        String name,
                        @ForeignKey(references = Employee.class, relatedName = "reports") Long managerId) {}
                """);
        JavaFileObject view = source("com.acme.staff.EmployeeView", """
                package com.acme.staff;

                import dev.nestql.Nested;
                import dev.nestql.Projection;

                @Projection(Employee.class)
                public record EmployeeView(
                        long id,
                        String name,
                        @Nested("manager") EmployeeView manager) {}
                """);

        Compilation compilation = compile(employee, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1214]").inFile(view).onLineContaining("EmployeeView manager");
        String message = error(compilation, "NQ1214");
        assertThat(message).contains("Nested projections form a cycle: EmployeeView -> EmployeeView (through EmployeeView.manager)");
        assertThat(message).contains("end one branch with a projection that does not nest back");
    }

    @Test
    void nq1215_twoProjectionsMustNotGenerateTheSameQueryClass() {
        JavaFileObject storefront = source("com.acme.shop.Storefront", """
                package com.acme.shop;

                import dev.nestql.Projection;

                public final class Storefront {
                    private Storefront() {}

                    @Projection(Product.class)
                    public record Row(long id, String name) {}
                }
                """);
        JavaFileObject backOffice = source("com.acme.shop.BackOffice", """
                package com.acme.shop;

                import dev.nestql.Projection;

                public final class BackOffice {
                    private BackOffice() {}

                    @Projection(Category.class)
                    public record Row(long id, int position) {}
                }
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, storefront, backOffice);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1215]").inFile(backOffice).onLineContaining("public record Row(");
        String message = error(compilation, "NQ1215");
        assertThat(message).contains("Projections com.acme.shop.Storefront.Row and com.acme.shop.BackOffice.Row");
        assertThat(message).contains("would both generate com.acme.shop.RowQuery");
        assertThat(message).contains("Rename one of the records");
    }

    @Test
    void nq1216_handleNamesMustBeUnique() {
        // The component's handle NAME would also be the handle of the column Product.name.
        JavaFileObject row = source("com.acme.shop.ProductRow", """
                package com.acme.shop;

                import dev.nestql.Path;
                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductRow(
                        long id,
                        @Path("category.name") String name) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, row);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1216]").inFile(row)
                .onLineContaining("@Path(\"category.name\") String name");
        String message = error(compilation, "NQ1216");
        assertThat(message).contains("Handle NAME of ProductRowQuery would stand for both name and category.name");
        assertThat(message).contains("Rename the component");
    }

    @Test
    void nq1217_projectionWaitingForATypeThatNeverAppears() {
        // Money would come from another processor or a missing dependency; it never does.
        JavaFileObject view = source("com.acme.shop.ProductView", """
                package com.acme.shop;

                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductView(
                        long id,
                        Money price) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[NQ1217]").inFile(view)
                .onLineContaining("public record ProductView(");
        String message = error(compilation, "NQ1217");
        assertThat(message).contains("ProductView was not processed because type Money never became available");
        assertThat(message).contains("check that it exists and is on the classpath");
        // javac's own error names the missing type too; nestql adds no other.
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(Nestql.nestqlErrors(compilation)).hasSize(1);
    }

    @Test
    void nq1218_pathAndNestedExcludeEachOther() {
        JavaFileObject detail = source("com.acme.shop.ProductDetail", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Path;
                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductDetail(
                        long id,
                        @Path("category") @Nested("category") CategorySummary category) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.CATEGORY_SUMMARY, detail);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1218]").inFile(detail)
                .onLineContaining("CategorySummary category");
        String message = error(compilation, "NQ1218");
        assertThat(message).contains("Component ProductDetail.category has @Path and @Nested, but a component takes one");
        assertThat(message).contains("Keep @Path for a column, @Nested for related records");
    }

    @Test
    void nq1219_pathMustBeDottedNames() {
        JavaFileObject row = source("com.acme.shop.ProductRow", """
                package com.acme.shop;

                import dev.nestql.Path;
                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductRow(
                        long id,
                        @Path("category..name") String categoryName) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, row);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1219]").inFile(row).onLineContaining("@Path(\"category..name\")");
        String message = error(compilation, "NQ1219");
        assertThat(message).contains("@Path on ProductRow.categoryName: \"category..name\" is not a path");
        assertThat(message).contains("separated by dots, e.g. \"category.name\"");
    }

    @Test
    void nq1220_pathMustEndAtAColumn() {
        JavaFileObject row = source("com.acme.shop.ProductRow", """
                package com.acme.shop;

                import dev.nestql.Path;
                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductRow(
                        long id,
                        @Path("category") String categoryName) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, row);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1220]").inFile(row).onLineContaining("@Path(\"category\")");
        String message = error(compilation, "NQ1220");
        assertThat(message).contains("@Path on ProductRow.categoryName: \"category\" ends at relation \"category\"");
        assertThat(message).contains("it must end at a column");
        assertThat(message).contains("Name a column of Category, or use @Nested to read related records");
    }

    @Test
    void nq1221_nestedPathMustEndAtARelation() {
        JavaFileObject detail = source("com.acme.shop.ProductDetail", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductDetail(
                        long id,
                        @Nested("categoryId") CategorySummary category) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.CATEGORY_SUMMARY, detail);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1221]").inFile(detail).onLineContaining("@Nested(\"categoryId\")");
        String message = error(compilation, "NQ1221");
        assertThat(message).contains("@Nested on ProductDetail.category: \"categoryId\" ends at \"categoryId\"");
        assertThat(message).contains("which is a column of Product, not a relation");
        assertThat(message).contains("Use @Path to read a column");
    }

    @Test
    void nq1222_projectionMustNotBePrivate() {
        JavaFileObject views = source("com.acme.shop.Views", """
                package com.acme.shop;

                import dev.nestql.Projection;

                public final class Views {
                    private Views() {}

                    @Projection(Product.class)
                    private record ProductName(long id, String name) {}
                }
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, views);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1222]").inFile(views)
                .onLineContaining("private record ProductName(");
        String message = error(compilation, "NQ1222");
        assertThat(message).contains("ProductName is private, so the generated ProductNameQuery cannot create it");
        assertThat(message).contains("Make it package-private or public");
    }

    @Test
    void nq1223_nestedProjectionFromAnotherPackageMustBePublic() {
        // A protected record is visible to the subclass's projection, but not to the query class
        // generated in the subclass's package.
        JavaFileObject catalog = source("com.acme.catalog.Catalog", """
                package com.acme.catalog;

                import com.acme.shop.Product;
                import dev.nestql.Projection;

                public class Catalog {
                    @Projection(Product.class)
                    protected record Item(long id, String name) {}
                }
                """);
        JavaFileObject storefront = source("com.acme.storefront.Storefront", """
                package com.acme.storefront;

                import com.acme.catalog.Catalog;
                import com.acme.shop.Category;
                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                public class Storefront extends Catalog {
                    @Projection(Category.class)
                    public record Aisle(
                            long id,
                            @Nested("products") List<Item> items) {}
                }
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, catalog, storefront);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1223]").inFile(storefront).onLineContaining("List<Item> items");
        String message = error(compilation, "NQ1223");
        assertThat(message).contains("Item is not public, so AisleQuery in package com.acme.storefront cannot create it");
        assertThat(message).contains("Make Item public");
    }
}
