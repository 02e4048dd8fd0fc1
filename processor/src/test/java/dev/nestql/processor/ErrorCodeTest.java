package dev.nestql.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.nestql.processor.diagnostics.Message;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The error codes as a whole: stable, unique, and each tested by exactly one test method named
 * after it ({@code nq1203_...}) in {@link TableErrorsTest}, {@link ProjectionErrorsTest},
 * {@link AggregateErrorsTest} or {@link WhereErrorsTest}.
 *
 * <p>NQ1901 (internal error) is not tested there: it reports a bug in the processor itself, and
 * no valid or invalid input should trigger it.
 */
class ErrorCodeTest {
    private static final Set<Message> NOT_USER_TRIGGERABLE = Set.of(Message.INTERNAL_ERROR);

    @Test
    void everyCodeHasExactlyOneTest() {
        List<String> tested = new ArrayList<>();
        for (Class<?> type : List.of(TableErrorsTest.class, ProjectionErrorsTest.class, AggregateErrorsTest.class,
                WhereErrorsTest.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Test.class) && method.getName().matches("nq\\d{4}_.*")) {
                    tested.add(method.getName().substring(0, 6).toUpperCase(Locale.ROOT));
                }
            }
        }
        List<String> expected = Arrays.stream(Message.values())
                .filter(m -> !NOT_USER_TRIGGERABLE.contains(m))
                .map(Message::code)
                .toList();
        assertThat(tested).containsExactlyElementsIn(expected);
    }

    @Test
    void codesAreUniqueAndGroupedByArea() {
        Set<String> codes = new HashSet<>();
        for (Message message : Message.values()) {
            assertWithMessage("duplicate code %s", message.code()).that(codes.add(message.code())).isTrue();
            assertThat(message.code()).matches("NQ1[12349]\\d\\d");
        }
    }

    /** docs/errors.md has a section of its own for each code, and none for a code that does not exist. */
    @Test
    void everyCodeHasASectionInTheDocs() throws java.io.IOException {
        java.nio.file.Path page = java.nio.file.Path.of(System.getProperty("basedir", "."), "..", "docs", "errors.md");
        List<String> documented = new ArrayList<>();
        for (String line : java.nio.file.Files.readString(page).split("\n")) {
            if (line.matches("## NQ\\d{4}")) {
                documented.add(line.substring(3));
            }
        }
        List<String> codes = Arrays.stream(Message.values()).map(Message::code).toList();
        assertThat(documented).containsExactlyElementsIn(codes).inOrder();
    }

    @Test
    void formattedMessagesStartWithTheirCode() {
        assertThat(Message.LIMIT_NEGATIVE.format(-1, "CategoryView.products"))
                .isEqualTo("[NQ1213] @Nested limit = -1 on CategoryView.products is negative. Use a positive number of "
                        + "rows per parent, or 0 for no limit.");
    }
}
