package dev.nestql.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.nestql.processor.Nestql.LINT;
import static dev.nestql.processor.Nestql.compile;
import static dev.nestql.processor.Nestql.error;
import static dev.nestql.processor.Nestql.source;

import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import dev.nestql.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor behaves across records, compilations and rounds. */
class ProcessingTest {

    @Test
    void validSchemaAndProjectionsCompileWithoutWarnings() {
        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.PRODUCT_VIEW, Shop.CATEGORY_SUMMARY,
                Shop.CATEGORY_VIEW);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.shop.ProductViewQuery");
        assertThat(compilation).generatedSourceFile("com.acme.shop.CategorySummaryQuery");
        assertThat(compilation).generatedSourceFile("com.acme.shop.CategoryViewQuery");
        assertThat(compilation.generatedSourceFiles()).hasSize(3);
    }

    @Test
    void handlesAreTypeCheckedByJavac() {
        JavaFileObject user = source("com.acme.shop.Catalog", """
                package com.acme.shop;

                import java.sql.Connection;
                import java.util.List;

                class Catalog {
                    List<CategoryView> ok(Connection connection) {
                        return CategoryViewQuery.select()
                                .where(CategoryViewQuery.POSITION.eq(3).and(CategoryViewQuery.NAME.like("B%")))
                                .orderBy(CategoryViewQuery.ID.desc())
                                .list(connection);
                    }

                    Object wrongValue() {
                        return CategoryViewQuery.POSITION.eq("three");
                    }

                    Object otherQuerysCondition() {
                        return CategoryViewQuery.select().where(ProductViewQuery.ID.eq(1L));
                    }

                    Object likeOnANumber() {
                        return CategoryViewQuery.ID.like("1%");
                    }
                }
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, Shop.PRODUCT_VIEW, Shop.CATEGORY_VIEW, user);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("incompatible types").inFile(user).onLineContaining("eq(\"three\")");
        assertThat(compilation).hadErrorContaining("incompatible types").inFile(user)
                .onLineContaining("where(ProductViewQuery.ID.eq(1L))");
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(user).onLineContaining("like(\"1%\")");
    }

    @Test
    void reportsEveryBrokenComponentOfARecordAtOnce() {
        JavaFileObject view = source("com.acme.shop.ProductView", """
                package com.acme.shop;

                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductView(
                        long id,
                        String nmae,
                        double price) {}
                """);

        Compilation compilation = compile(Shop.CATEGORY, Shop.PRODUCT, view);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[NQ1203]").inFile(view).onLineContaining("String nmae");
        assertThat(compilation).hadErrorContaining("[NQ1205]").inFile(view).onLineContaining("double price");
    }

    @Test
    void aBrokenRecordDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
        // First in the compilation, so it is processed before the valid ones.
        JavaFileObject broken = source("com.acme.shop.BrokenView", """
                package com.acme.shop;

                import dev.nestql.Projection;

                @Projection(Product.class)
                public record BrokenView(
                        long id,
                        String nmae) {}
                """);

        DiskCompilation compilation = DiskCompilation.run(dir, broken, Shop.CATEGORY, Shop.PRODUCT, Shop.PRODUCT_VIEW,
                Shop.CATEGORY_VIEW);

        assertWithMessage(compilation.describe()).that(compilation.success()).isFalse();
        assertWithMessage(compilation.describe()).that(compilation.errors()).hasSize(1);
        assertThat(compilation.errors().get(0)).startsWith("[NQ1203]");
        assertThat(compilation.generated()).containsExactly(
                "com/acme/shop/CategoryViewQuery.java", "com/acme/shop/ProductViewQuery.java");
    }

    @Test
    void readsSchemaRecordsFromTheClasspath(@TempDir Path classes) throws IOException {
        Compilation schema = compile(Shop.CATEGORY, Shop.PRODUCT);
        assertThat(schema).succeededWithoutWarnings();
        for (JavaFileObject file : schema.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                Path target = classes.resolve(file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
        assertThat(Files.exists(classes.resolve("com/acme/shop/Product.class"))).isTrue();

        // The projections live in another package; Category's relation "products" is declared by
        // Product, which only the class files know.
        JavaFileObject productView = source("com.acme.web.ProductView", """
                package com.acme.web;

                import com.acme.shop.Product;
                import dev.nestql.Path;
                import dev.nestql.Projection;

                @Projection(Product.class)
                public record ProductView(
                        long id,
                        String name,
                        @Path("category.name") String categoryName) {}
                """);
        JavaFileObject categoryView = source("com.acme.web.CategoryView", """
                package com.acme.web;

                import com.acme.shop.Category;
                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                @Projection(Category.class)
                public record CategoryView(
                        long id,
                        @Nested(value = "products", orderBy = "-price") List<ProductView> products) {}
                """);

        Compilation compilation = javac()
                .withProcessors(new NestqlProcessor())
                .withOptions(LINT)
                .withClasspath(List.of(classes.toFile(), locationOf(Table.class), locationOf(JsonParser.class)))
                .compile(productView, categoryView);

        assertThat(compilation).succeededWithoutWarnings();
        // The statement as one text: the generated class writes it as literals of one line each.
        String query = compilation.generatedSourceFile("com.acme.web.CategoryViewQuery").orElseThrow()
                .getCharContent(true).toString().replaceAll("\"\\s*\\+ \"", "");
        assertThat(query).contains("(SELECT coalesce(json_agg(json_build_array(t1.id, "
                + "CASE WHEN t1.name IS NULL THEN NULL ELSE concat(t1.name) END, "
                + "CASE WHEN t2.name IS NULL THEN NULL ELSE concat(t2.name) END) "
                + "ORDER BY t1.price DESC), '[]'::json) FROM shop.product t1 LEFT JOIN shop.category t2 "
                + "ON t2.id = t1.category_id WHERE t1.category_id = t0.id) AS products");
        assertThat(compilation).generatedSourceFile("com.acme.web.ProductViewQuery");
    }

    @Test
    void waitsForANestedProjectionThatAnotherProcessorGenerates() throws IOException {
        JavaFileObject categoryView = source("com.acme.shop.CategoryView", """
                package com.acme.shop;

                import dev.nestql.Nested;
                import dev.nestql.Projection;
                import java.util.List;

                @Projection(Category.class)
                public record CategoryView(
                        long id,
                        @Nested("products") List<ProductView> products) {}
                """);
        GeneratingProcessor generator = new GeneratingProcessor("com.acme.shop.ProductView", """
                package com.acme.shop;

                @dev.nestql.Projection(Product.class)
                public record ProductView(long id, String name) {}
                """);

        Compilation compilation = javac()
                .withProcessors(generator, new NestqlProcessor())
                .withOptions(LINT)
                .compile(Shop.CATEGORY, Shop.PRODUCT, categoryView);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.shop.CategoryViewQuery");
        assertThat(compilation).generatedSourceFile("com.acme.shop.ProductViewQuery");
    }

    @Test
    void waitsForAColumnTypeThatAnotherProcessorGenerates() throws IOException {
        JavaFileObject order = source("com.acme.shop.PurchaseOrder", """
                package com.acme.shop;

                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("shop.purchase_order")
                public record PurchaseOrder(
                        @Id long id,
                        OrderStatus status) {}
                """);
        JavaFileObject view = source("com.acme.shop.OrderView", """
                package com.acme.shop;

                import dev.nestql.Projection;

                @Projection(PurchaseOrder.class)
                public record OrderView(
                        long id,
                        OrderStatus status) {}
                """);
        GeneratingProcessor generator = new GeneratingProcessor("com.acme.shop.OrderStatus", """
                package com.acme.shop;

                public enum OrderStatus { OPEN, PAID, SHIPPED }
                """);

        Compilation compilation = javac()
                .withProcessors(generator, new NestqlProcessor())
                .withOptions(LINT)
                .compile(order, view);

        assertThat(compilation).succeededWithoutWarnings();
        String query = compilation.generatedSourceFile("com.acme.shop.OrderViewQuery").orElseThrow()
                .getCharContent(true).toString();
        assertThat(query).contains("ORDER_STATUS_TYPE.read(row, 2)");
        assertThat(query).contains("private static final ColumnType<OrderStatus> ORDER_STATUS_TYPE = ColumnType.enumByName(\n"
                + "            OrderStatus.class, OrderStatus::valueOf);");
    }

    @Test
    void aTableWaitingForATypeThatNeverAppearsIsReported() {
        JavaFileObject order = source("com.acme.shop.PurchaseOrder", """
                package com.acme.shop;

                import dev.nestql.Id;
                import dev.nestql.Table;

                @Table("shop.purchase_order")
                public record PurchaseOrder(
                        @Id long id,
                        OrderStatus status) {}
                """);

        Compilation compilation = compile(order);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[NQ1217]").inFile(order)
                .onLineContaining("public record PurchaseOrder(");
        assertThat(error(compilation, "NQ1217"))
                .contains("PurchaseOrder was not processed because type OrderStatus never became available");
        assertThat(Nestql.nestqlErrors(compilation)).hasSize(1);
    }

    private static java.io.File locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes one source file in its first round, as a code generator that runs before nestql would. */
    private static final class GeneratingProcessor extends AbstractProcessor {
        private final String name;
        private final String text;
        private boolean done;

        GeneratingProcessor(String name, String text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
                    writer.write(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    /**
     * A compilation with outputs on disk: unlike compile-testing, it shows what was generated when
     * the compilation failed.
     */
    private record DiskCompilation(boolean success, List<String> errors, List<String> generated, String describe) {

        static DiskCompilation run(Path dir, JavaFileObject... sources) throws IOException {
            Path classes = Files.createDirectories(dir.resolve("classes"));
            Path generatedSources = Files.createDirectories(dir.resolve("generated"));
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
                files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generatedSources));
                JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, List.of(LINT), null,
                        List.of(sources));
                task.setProcessors(List.of(new NestqlProcessor()));
                boolean success = task.call();
                List<String> errors = new ArrayList<>();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        errors.add(d.getMessage(Locale.ROOT));
                    }
                }
                List<String> generated;
                try (var walk = Files.walk(generatedSources)) {
                    generated = walk.filter(Files::isRegularFile)
                            .map(p -> generatedSources.relativize(p).toString().replace('\\', '/'))
                            .sorted()
                            .toList();
                }
                return new DiskCompilation(success, errors, generated,
                        Nestql.describe(diagnostics.getDiagnostics()));
            }
        }
    }
}
