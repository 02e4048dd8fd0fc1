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
 * One test per error code of the {@code @Table} rules (NQ11xx): each compiles a schema that breaks
 * exactly that rule and checks the code, the location and that the message names the offending
 * element and says how to fix it.
 */
class TableErrorsTest {

    @Test
    void nq1101_tableMustBeARecord() {
        JavaFileObject coupon = source("com.acme.shop.Coupon", """
                package com.acme.shop;

                import dev.nestql.Table;

                @Table("shop.coupon")
                public final class Coupon {
                    private long id;
                    private String code;
                }
                """);

        Compilation compilation = compile(coupon);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1101]").inFile(coupon).onLineContaining("@Table(\"shop.coupon\")");
        String message = error(compilation, "NQ1101");
        assertThat(message).contains("@Table Coupon is a class");
        assertThat(message).contains("Declare it as `record Coupon(...)`");
    }

    @Test
    void nq1102_tableNameMustBeATableName() {
        JavaFileObject product = source("com.acme.shop.Product", """
                package com.acme.shop;

                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("shop.orders.product")
                public record Product(
                        @Id long id,
                        String name) {}
                """);

        Compilation compilation = compile(product);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1102]").inFile(product)
                .onLineContaining("@Table(\"shop.orders.product\")");
        String message = error(compilation, "NQ1102");
        assertThat(message).contains("@Table(\"shop.orders.product\") on Product is not a table name");
        assertThat(message).contains("optionally schema-qualified, e.g. @Table(\"inventory.device\")");
    }

    @Test
    void nq1103_aTableHasOneId() {
        JavaFileObject product = source("com.acme.shop.Product", """
                package com.acme.shop;

                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("shop.product")
                public record Product(
                        @Id long id,
                        @Id String sku,
                        String name) {}
                """);

        Compilation compilation = compile(product);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1103]").inFile(product).onLineContaining("@Id String sku");
        String message = error(compilation, "NQ1103");
        assertThat(message).contains("Product marks id and sku with @Id");
        assertThat(message).contains("Keep @Id on one component");
    }

    @Test
    void nq1104_columnTypeMustBeSupported() {
        JavaFileObject product = source("com.acme.shop.Product", """
                package com.acme.shop;

                import dev.nestql.Id;
                import dev.nestql.Table;
                import java.time.Duration;

                @Table("shop.product")
                public record Product(
                        @Id long id,
                        String name,
                        Duration shelfLife) {}
                """);

        Compilation compilation = compile(product);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1104]").inFile(product).onLineContaining("Duration shelfLife");
        String message = error(compilation, "NQ1104");
        assertThat(message).contains("Column Product.shelfLife has type");
        assertThat(message).contains("Duration");
        assertThat(message).contains("Use a primitive or its box, String, BigDecimal, UUID");
        assertThat(message).contains("OffsetTime");
        // The way out for a column type nestql has no Java type for.
        assertThat(message).contains("reads as String in PostgreSQL's text form");
        assertThat(message).contains("@Sql(\"{price}::numeric\") BigDecimal price");
    }

    @Test
    void nq1105_foreignKeyMustReferenceATable() {
        // A common slip: referencing the projection instead of the table record.
        JavaFileObject categoryView = source("com.acme.shop.CategoryView", """
                package com.acme.shop;

                import dev.nestql.Projection;

                @Projection(Category.class)
                public record CategoryView(long id, String name) {}
                """);
        JavaFileObject product = source("com.acme.shop.Product", """
                package com.acme.shop;

                import dev.nestql.ForeignKey;
                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("shop.product")
                public record Product(
                        @Id long id,
                        @ForeignKey(references = CategoryView.class) Long categoryId) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, categoryView, product);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1105]").inFile(product)
                .onLineContaining("references = CategoryView.class");
        String message = error(compilation, "NQ1105");
        assertThat(message).contains("@ForeignKey on Product.categoryId references CategoryView, which is not a @Table record");
        assertThat(message).contains("Reference the record that declares the table");
    }

    @Test
    void nq1106_foreignKeyTargetNeedsAnId() {
        JavaFileObject category = source("com.acme.shop.Category", """
                package com.acme.shop;

                import dev.nestql.Table;

                @Table("shop.category")
                public record Category(long id, String name) {}
                """);
        JavaFileObject product = source("com.acme.shop.Product", """
                package com.acme.shop;

                import dev.nestql.ForeignKey;
                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("shop.product")
                public record Product(
                        @Id long id,
                        @ForeignKey(references = Category.class) Long categoryId) {}
                """);

        Compilation compilation = compile(category, product);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1106]").inFile(product)
                .onLineContaining("@ForeignKey(references = Category.class)");
        String message = error(compilation, "NQ1106");
        assertThat(message).contains("@ForeignKey on Product.categoryId references Category, which has no @Id");
        assertThat(message).contains("Mark the primary key component of Category with @Id");
    }

    @Test
    void nq1107_foreignKeyTypeMustMatchTheId() {
        JavaFileObject product = source("com.acme.shop.Product", """
                package com.acme.shop;

                import dev.nestql.ForeignKey;
                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("shop.product")
                public record Product(
                        @Id long id,
                        @ForeignKey(references = Category.class) Integer categoryId) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, product);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1107]").inFile(product).onLineContaining("Integer categoryId");
        String message = error(compilation, "NQ1107");
        assertThat(message).contains("Foreign key Product.categoryId has type Integer");
        assertThat(message).contains("the @Id it references, Category.id, has type long");
        assertThat(message).contains("Declare the key as long (or its box, for a nullable key)");
    }

    @Test
    void nq1108_foreignKeyNotEndingInIdNeedsARelationName() {
        JavaFileObject product = source("com.acme.shop.Product", """
                package com.acme.shop;

                import dev.nestql.ForeignKey;
                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("shop.product")
                public record Product(
                        @Id long id,
                        @ForeignKey(references = Category.class) Long category) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, product);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1108]").inFile(product).onLineContaining("Long category)");
        String message = error(compilation, "NQ1108");
        assertThat(message).contains("@ForeignKey Product.category");
        assertThat(message).contains("\"category\" does not end in \"Id\"");
        assertThat(message).contains("Name the relation: @ForeignKey(references = ..., name = \"...\")");
    }

    @Test
    void nq1109_twoKeysToOneTableNeedDistinctRelatedNames() {
        JavaFileObject account = source("com.acme.bank.Account", """
                package com.acme.bank;

                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("account")
                public record Account(@Id long id, String owner) {}
                """);
        // Both keys default their reverse relation on Account to "transfers".
        JavaFileObject transfer = source("com.acme.bank.Transfer", """
                package com.acme.bank;

                import dev.nestql.ForeignKey;
                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("transfer")
                public record Transfer(
                        @Id long id,
                        @ForeignKey(references = Account.class) long fromAccountId,
                        @ForeignKey(references = Account.class) long toAccountId,
                        long amountCents) {}
                """);

        Compilation compilation = compile(account, transfer);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1109]").inFile(transfer).onLineContaining("long toAccountId");
        String message = error(compilation, "NQ1109");
        assertThat(message).contains("Relation \"transfers\" of Account would mean both");
        assertThat(message).contains("Transfer.fromAccountId (a default name)");
        assertThat(message).contains("Transfer.toAccountId (a default name)");
        assertThat(message).contains("Give one of them another name with @ForeignKey(relatedName = \"...\")");
    }

    @Test
    void nq1110_columnNameMustNotBeBlank() {
        JavaFileObject product = source("com.acme.shop.Product", """
                package com.acme.shop;

                import dev.nestql.Column;
                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("shop.product")
                public record Product(
                        @Id long id,
                        @Column("") String displayName) {}
                """);

        Compilation compilation = compile(product);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NQ1110]").inFile(product).onLineContaining("@Column(\"\")");
        String message = error(compilation, "NQ1110");
        assertThat(message).contains("@Column(\"\") on Product.displayName is not a column name");
        assertThat(message).contains("remove @Column to use \"display_name\"");
    }

    @Test
    void nq1401_aDatabaseTheSchemaCheckCannotReachFailsTheBuild() {
        JavaFileObject product = source("com.acme.shop.Product", """
                package com.acme.shop;

                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("product")
                public record Product(@Id long id, String name) {}
                """);

        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new NestqlProcessor())
                .withOptions(Nestql.LINT, "-Anestql.verify.url=jdbc:postgresql://127.0.0.1:1/shop?connectTimeout=2")
                .compile(product);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        String message = error(compilation, "NQ1401");
        assertThat(message).contains("The schema check (-Anestql.verify.url) could not read the database at"
                + " jdbc:postgresql://127.0.0.1:1/shop?connectTimeout=2");
        assertThat(message).contains("(SQL state 08001)");
        assertThat(message).contains("without the option the build does not check the schema");
    }
}
