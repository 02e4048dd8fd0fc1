package dev.nestql.processor.diagnostics;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors on the most precise location available (element, annotation, annotation value),
 * once each, and counts them so that a caller can tell whether reading a type failed.
 */
public final class Diagnostics {
    private final Messager messager;
    private final Set<String> reported = new HashSet<>();
    private int errors;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** Reports {@code message} on {@code element}. */
    public void error(Message message, Element element, Object... arguments) {
        error(message, element, null, null, arguments);
    }

    /**
     * Reports {@code message} on {@code element}, pointing at {@code annotation} and its
     * {@code value} where they are given; the same text on the same element is reported once.
     */
    public void error(Message message, Element element, AnnotationMirror annotation, AnnotationValue value,
            Object... arguments) {
        errors++;
        String text = message.format(arguments);
        if (!reported.add(System.identityHashCode(element) + ":" + text)) {
            return;
        }
        if (annotation == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element);
        } else if (value == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation, value);
        }
    }

    /** How many errors were raised so far, duplicates included: compare before and after a step. */
    public int errorCount() {
        return errors;
    }
}
