package dev.nestql.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.nestql.processor.Nestql.compile;
import static dev.nestql.processor.Nestql.error;
import static dev.nestql.processor.Nestql.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Messages whose fix once missed or did not fit: each now names a fix that compiles, or what the user wrote. */
class MessageFixesTest {
    private static final JavaFileObject LOCATION = source("com.acme.net.Location", """
            package com.acme.net;

            import dev.nestql.Id;
            import dev.nestql.Table;

            @Table("location")
            public record Location(@Id long id, String name) {}
            """);
    private static final JavaFileObject DEVICE_ROLE = source("com.acme.net.DeviceRole", """
            package com.acme.net;

            import dev.nestql.Id;
            import dev.nestql.Table;

            @Table("device_role")
            public record DeviceRole(@Id long id, String name, String slug) {}
            """);
    private static final JavaFileObject DEVICE = source("com.acme.net.Device", """
            package com.acme.net;

            import dev.nestql.ForeignKey;
            import dev.nestql.Id;
            import dev.nestql.Table;

            @Table("device")
            public record Device(
                    @Id long id,
                    String name,
                    @ForeignKey(references = Location.class) long locationId,
                    @ForeignKey(references = DeviceRole.class) long deviceRoleId) {}
            """);

    @Test
    void aColumnOfARelatedTableIsSuggestedThroughItsRelation() {
        JavaFileObject view = source("com.acme.net.LocationEdge", """
                package com.acme.net;

                import dev.nestql.Exists;
                import dev.nestql.Projection;

                @Projection(Location.class)
                public record LocationEdge(long id, @Exists(value = "devices", where = "slug = 'edge'") boolean hasEdge) {}
                """);
        Compilation compilation = compile(LOCATION, DEVICE_ROLE, DEVICE, view);
        assertThat(compilation).failed();
        assertThat(error(compilation, "NQ1203")).contains("Did you mean \"deviceRole.slug\"?");
    }

    @Test
    void aFirstSelectEndingAtARelationSuggestsAColumnThatFitsTheComponent() {
        JavaFileObject view = source("com.acme.net.LocationRole", """
                package com.acme.net;

                import dev.nestql.First;
                import dev.nestql.Projection;

                @Projection(Location.class)
                public record LocationRole(
                        long id, @First(value = "devices", select = "deviceRole", orderBy = "id") String role) {}
                """);
        Compilation compilation = compile(LOCATION, DEVICE_ROLE, DEVICE, view);
        assertThat(compilation).failed();
        String message = error(compilation, "NQ1220");
        assertThat(message).contains("e.g. \"deviceRole.name\"");
        assertThat(message).doesNotContain("deviceRole.id");
    }

    @Test
    void anOrderKeyThatIsOnlyASignIsReportedAsWritten() {
        JavaFileObject view = source("com.acme.shop.CategoryProducts", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                @Projection(Category.class)
                public record CategoryProducts(long id, @Nested(value = "products", orderBy = "-") List<ProductView> products) {}
                """);
        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.PRODUCT_VIEW, view);
        assertThat(compilation).failed();
        assertThat(error(compilation, "NQ1219")).contains("\"-\" is not a path");
    }

    @Test
    void anAggregateOfAnOwnColumnSuggestsARelationWhoseTableHasIt() {
        JavaFileObject view = source("com.acme.shop.ProductTotal", """
                package com.acme.shop;

                import dev.nestql.Projection;
                import dev.nestql.Sum;
                import java.math.BigDecimal;

                @Projection(Product.class)
                public record ProductTotal(long id, @Sum("price") BigDecimal total) {}
                """);
        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view);
        assertThat(compilation).failed();
        String message = error(compilation, "NQ1224");
        // Category, the one relation of Product, has no price: the example names one of its columns instead.
        assertThat(message).doesNotContain("category.price");
        assertThat(message).contains("e.g. \"category.position\"");
    }
}
