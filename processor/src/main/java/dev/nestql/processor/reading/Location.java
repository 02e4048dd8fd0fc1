package dev.nestql.processor.reading;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a string being checked was written, so an error can point at it and say what it is.
 *
 * @param element the annotated element
 * @param annotation the annotation, or {@code null}
 * @param value the annotation value holding the string, or {@code null}
 * @param what the phrase that opens messages about it, e.g. {@code @Path on ProductRow.categoryName}
 */
record Location(Element element, AnnotationMirror annotation, AnnotationValue value, String what) {}
