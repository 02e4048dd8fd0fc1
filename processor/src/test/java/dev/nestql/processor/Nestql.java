package dev.nestql.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles sources with the nestql processor the way a user's build does, and finds its messages.
 */
final class Nestql {
    /** The lint options of the project's own build: generated code must not add warnings. */
    static final String LINT = "-Xlint:all,-processing";

    private Nestql() {}

    /** Compiles {@code sources} with the nestql processor. */
    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new NestqlProcessor()).withOptions(LINT).compile(sources);
    }

    /** A source file of class {@code qualifiedName}, written as a text block. */
    static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /**
     * The message of the one error with {@code code} (e.g. {@code "NQ1203"}), failing when there is
     * none or more than one.
     */
    static String error(Compilation compilation, String code) {
        List<String> messages = compilation.errors().stream()
                .map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.contains("[" + code + "]"))
                .toList();
        assertWithMessage("errors with code %s; all errors:\n%s", code, describe(compilation.errors()))
                .that(messages).hasSize(1);
        return messages.get(0);
    }

    /** The errors of {@code compilation} that carry a nestql code. */
    static List<String> nestqlErrors(Compilation compilation) {
        return compilation.errors().stream()
                .map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith("[NQ"))
                .toList();
    }

    static String describe(List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
        return diagnostics.stream()
                .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
