package dev.nestql.processor.writing;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/** Writes generated classes through the {@link Filer}, laid out as JavaPoet cannot quite. */
public final class SourceFiles {
    /** The longest line of generated code. */
    static final int LINE_LIMIT = 120;

    private SourceFiles() {}

    /**
     * Writes {@code file}, with its type's originating elements, so that incremental builds
     * replace it when they change.
     */
    public static void write(JavaFile file, Filer filer) throws IOException {
        String name = file.packageName().isEmpty()
                ? file.typeSpec().name()
                : file.packageName() + '.' + file.typeSpec().name();
        JavaFileObject source = filer.createSourceFile(name,
                file.typeSpec().originatingElements().toArray(new Element[0]));
        try (Writer writer = source.openWriter()) {
            writer.write(text(file));
        }
    }

    /**
     * The text of {@code file}: JavaPoet's, with a class declaration longer than
     * {@value #LINE_LIMIT} characters broken before {@code extends}, and if need be between the
     * superclass's type arguments, which JavaPoet keeps on one line
     * ({@code ProjectionQuery<Inventory.ProviderExactAverage, ProviderExactAverageQuery>}).
     */
    static String text(JavaFile file) {
        String text = file.toString();
        StringBuilder laidOut = new StringBuilder(text.length() + 16);
        for (String line : text.split("\n", -1)) {
            int extendsAt = line.indexOf(" extends ");
            if (line.length() > LINE_LIMIT && line.startsWith("public ") && line.contains(" class ") && extendsAt > 0) {
                String superclass = "        " + line.substring(extendsAt + 1);
                int comma = superclass.indexOf(", ");
                laidOut.append(line, 0, extendsAt).append('\n');
                if (superclass.length() > LINE_LIMIT && comma > 0) {
                    // The query class, the second type argument, on a line of its own.
                    laidOut.append(superclass, 0, comma + 1).append("\n                ").append(superclass.substring(comma + 2));
                } else {
                    laidOut.append(superclass);
                }
            } else {
                laidOut.append(line);
            }
            laidOut.append('\n');
        }
        return laidOut.substring(0, laidOut.length() - 1);
    }
}
