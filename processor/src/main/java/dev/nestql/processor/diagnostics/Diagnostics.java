package dev.nestql.processor.diagnostics;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
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
        element = locatable(element);
        if (annotation == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element);
        } else if (value == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation, value);
        }
    }

    /**
     * The element javac can place a message on. javac before 20 has no position for a record
     * component (JDK-8295184), so a message on one would have no file or line; its private field
     * is declared by the same header tree, so a message on the field points at the component.
     * The annotation of a component is not on the field, so javac then points at the component
     * name rather than at the annotation.
     */
    private static Element locatable(Element element) {
        if (element.getKind() != ElementKind.RECORD_COMPONENT || Runtime.version().feature() >= 20) {
            return element;
        }
        for (Element member : element.getEnclosingElement().getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(element.getSimpleName())) {
                return member;
            }
        }
        return element;
    }

    /**
     * Reports a text that is not one of {@link Message}'s (the schema verifier's findings, which
     * carry their own codes) as {@code kind}, on {@code element} when there is one.
     */
    public void print(Diagnostic.Kind kind, String text, Element element) {
        if (kind == Diagnostic.Kind.ERROR) {
            errors++;
        }
        if (element == null) {
            messager.printMessage(kind, text);
        } else {
            messager.printMessage(kind, text, locatable(element));
        }
    }

    /** How many errors were raised so far, duplicates included: compare before and after a step. */
    public int errorCount() {
        return errors;
    }
}
