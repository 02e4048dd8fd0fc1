package dev.nestql.processor;

import static dev.nestql.processor.Nestql.source;

import javax.tools.JavaFileObject;

/**
 * A small, valid shop schema that the error tests break one rule at a time: a product belongs to
 * a category through a nullable key, so {@code Product} has the to-one relation {@code category}
 * and {@code Category} the to-many relation {@code products} (the default reverse name).
 */
final class Shop {
    private Shop() {}

    static final JavaFileObject CATEGORY = source("com.acme.shop.Category", """
            package com.acme.shop;

            import dev.nestql.Id;
            import dev.nestql.Table;

            @Table("shop.category")
            public record Category(
                    @Id long id,
                    String name,
                    int position) {}
            """);

    static final JavaFileObject PRODUCT = source("com.acme.shop.Product", """
            package com.acme.shop;

            import dev.nestql.ForeignKey;
            import dev.nestql.Id;
            import dev.nestql.Table;
            import java.math.BigDecimal;

            @Table("shop.product")
            public record Product(
                    @Id long id,
                    String name,
                    @ForeignKey(references = Category.class) Long categoryId,
                    BigDecimal price,
                    boolean available) {}
            """);

    /** A valid projection of {@code Product}. */
    static final JavaFileObject PRODUCT_VIEW = source("com.acme.shop.ProductView", """
            package com.acme.shop;

            import dev.nestql.Projection;
            import java.math.BigDecimal;

            @Projection(Product.class)
            public record ProductView(
                    long id,
                    String name,
                    BigDecimal price) {}
            """);

    /** A valid projection of {@code Category} that nests nothing, for to-one nesting. */
    static final JavaFileObject CATEGORY_SUMMARY = source("com.acme.shop.CategorySummary", """
            package com.acme.shop;

            import dev.nestql.Projection;

            @Projection(Category.class)
            public record CategorySummary(
                    long id,
                    String name) {}
            """);

    /** A valid projection of {@code Category} with its products. */
    static final JavaFileObject CATEGORY_VIEW = source("com.acme.shop.CategoryView", """
            package com.acme.shop;

            import dev.nestql.Nested;
            import dev.nestql.Projection;
            import java.util.List;

            @Projection(Category.class)
            public record CategoryView(
                    long id,
                    String name,
                    @Nested(value = "products", orderBy = "name") List<ProductView> products) {}
            """);
}
