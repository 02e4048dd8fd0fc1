package dev.nestql.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Mutates realistic valid sources (a fixed seed, so every build tries the same mutants) and
 * compiles each one that javac alone accepts with the processor: the processor must never crash
 * (no uncaught exception, no internal error), never write code that does not compile (every error
 * is one of its coded messages on the user's source), and never hang.
 */
class MutationTest {
    private static final int MUTANTS = 240;
    /** Text that once broke the processor or its output, and text of the kinds users write. */
    private static final List<String> INSERTS = List.of(
            "(", ")", "'", "''", "\\\\", "\\\\u", "\\\\u002a/", "*/", "\u2028", "\u2029", "{", "}", "{{", "-", ".", "..",
            " or ", " and ", " not ", "not ", " = ", " like ", " in (", " is null", "0", "-1", "1e400", "é", "\\t",
            "name", "category.name", "products", "id", "price", "\\\"", "%", ";", "--", "/*");

    private static final String TABLES = """
            package com.acme.shop;

            import dev.nestql.Column;
            import dev.nestql.ForeignKey;
            import dev.nestql.Id;
            import dev.nestql.Table;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.util.List;

            public interface Tables {
                @Table("shop.category")
                record Category(@Id long id, String name, int position, @Column("parent") Long parentId) {}

                @Table("shop.product")
                record Product(@Id long id, String name,
                        @ForeignKey(references = Category.class, relatedName = "products") Long categoryId,
                        BigDecimal price, boolean available, Instant added, List<String> tags) {}
            }
            """;

    private static final List<String> PROJECTIONS = List.of("""
            package com.acme.shop;

            import com.acme.shop.Tables.Category;
            import com.acme.shop.Tables.Product;
            import dev.nestql.Count;
            import dev.nestql.Nested;
            import dev.nestql.Path;
            import dev.nestql.Projection;
            import java.util.List;

            public interface Views {
                @Projection(Product.class)
                record ProductView(long id, String name, @Path("category.name") String category) {}

                @Projection(Category.class)
                record CategoryView(long id, String name,
                        @Nested(value = "products", orderBy = {"-price", "name"}, where = "available and price > 1", limit = 5)
                        List<ProductView> products,
                        @Count(value = "products", where = "name like 'B%' or price in (1, 2.5)") long cheap) {}
            }
            """, """
            package com.acme.shop;

            import com.acme.shop.Tables.Category;
            import com.acme.shop.Tables.Product;
            import dev.nestql.Exists;
            import dev.nestql.First;
            import dev.nestql.Max;
            import dev.nestql.Projection;
            import dev.nestql.Sql;
            import dev.nestql.Sum;
            import java.math.BigDecimal;
            import java.time.Instant;

            public interface Stats {
                @Projection(Category.class)
                record CategoryStats(long id,
                        @Sum("products.price") BigDecimal total,
                        @Max("products.added") Instant newest,
                        @Exists(value = "products", where = "not available") boolean soldOut,
                        @First(value = "products", select = "name", orderBy = "-added") String latest,
                        @Sql("upper({name}) || ' (' || {position} || ')'") String label) {}
            }
            """, """
            package com.acme.shop;

            import com.acme.shop.Tables.Product;
            import dev.nestql.Nested;
            import dev.nestql.Path;
            import dev.nestql.Projection;
            import java.util.List;

            public interface Deep {
                @Projection(Product.class)
                record Tagged(long id, List<String> tags, @Path("category.position") Integer position) {}

                @Projection(com.acme.shop.Tables.Category.class)
                record Tree(long id, @Nested(value = "products", where = "tags is not null") List<Tagged> items) {}
            }
            """);

    @Test
    void mutantsNeverCrashTheProcessorNorMakeItWriteCodeThatDoesNotCompile() {
        Random random = new Random(20261125L);
        int tried = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            String original = PROJECTIONS.get(i % PROJECTIONS.size());
            String mutant = mutate(original, random);
            JavaFileObject tables = JavaFileObjects.forSourceString("com.acme.shop.Tables", TABLES);
            JavaFileObject source = JavaFileObjects.forSourceString("com.acme.shop." + typeName(original), mutant);
            if (javac().withOptions("-proc:none").compile(tables, source).status() != Compilation.Status.SUCCESS) {
                continue; // not a source javac accepts
            }
            tried++;
            Compilation compilation = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> javac().withProcessors(new NestqlProcessor()).compile(tables, source), () -> "hangs on\n" + mutant);
            for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
                String message = error.getMessage(Locale.ROOT);
                boolean coded = message.startsWith("[NQ1") && !message.startsWith("[NQ1901]");
                boolean onUserSource = error.getSource() == null || !error.getSource().toUri().toString().contains("SOURCE_OUTPUT");
                if (!coded || !onUserSource) {
                    failures.add(message + "\n--- for the mutant ---\n" + mutant);
                    break;
                }
            }
        }
        int compiled = tried;
        System.out.println("MutationTest: " + compiled + " of " + MUTANTS + " mutants compiled without the processor");
        assertTrue(compiled >= MUTANTS / 3, "only " + compiled + " mutants compiled without the processor");
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + compiled + " mutants broke the processor; the first:\n"
                + failures.get(0));
    }

    /** {@code source} with one or two of its string literals changed. */
    private static String mutate(String source, Random random) {
        String mutant = source;
        int changes = 1 + random.nextInt(2);
        for (int c = 0; c < changes; c++) {
            List<int[]> literals = literals(mutant);
            int[] literal = literals.get(random.nextInt(literals.size()));
            String text = mutant.substring(literal[0], literal[1]);
            String changed = switch (random.nextInt(10)) {
                case 0 -> "";
                case 1 -> text.isEmpty() ? text : text.substring(0, random.nextInt(text.length()));
                case 2 -> insert(text, INSERTS.get(random.nextInt(INSERTS.size())), random);
                case 3 -> text + " or " + text;
                case 4 -> INSERTS.get(random.nextInt(INSERTS.size())).repeat(1 + random.nextInt(400));
                case 5 -> insertQuoted(text, INSERTS.get(random.nextInt(INSERTS.size())), random);
                case 6 -> {
                    int depth = List.of(50, 150, 2500).get(random.nextInt(3));
                    yield "(".repeat(depth) + text + ")".repeat(depth);
                }
                case 7 -> "not ".repeat(List.of(50, 150, 4000).get(random.nextInt(3))) + text;
                // Under a constant's 65,535 bytes here, over it in the statement that repeats it.
                case 8 -> text + " or name = 'x'".repeat(3900);
                default -> insert(insert(text, INSERTS.get(random.nextInt(INSERTS.size())), random),
                        INSERTS.get(random.nextInt(INSERTS.size())), random);
            };
            mutant = mutant.substring(0, literal[0]) + changed + mutant.substring(literal[1]);
        }
        return mutant;
    }

    /** The start and end of the content of each string literal of {@code source} (a scan, not a regex: they grow long). */
    private static List<int[]> literals(String source) {
        List<int[]> literals = new ArrayList<>();
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                literals.add(new int[] {i + 1, end});
                i = end;
            }
        }
        return literals;
    }

    /** {@code insert} inside the first quoted SQL literal of {@code text}, or anywhere when it has none. */
    private static String insertQuoted(String text, String insert, Random random) {
        int open = text.indexOf('\'');
        int close = open < 0 ? -1 : text.indexOf('\'', open + 1);
        if (close < 0) {
            return insert(text, insert, random);
        }
        return text.substring(0, close) + insert.replace("'", "''") + text.substring(close);
    }

    private static String insert(String text, String insert, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return text.substring(0, at) + insert + text.substring(at);
    }

    private static String typeName(String source) {
        Matcher matcher = Pattern.compile("public interface (\\w+)").matcher(source);
        matcher.find();
        return matcher.group(1);
    }
}
