package dev.nestql.processor.reading;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One nestql annotation on an element, with typed access to its values and to the mirrors that
 * diagnostics point at. Values not written take the annotation's defaults.
 *
 * @param element the annotated element
 * @param mirror the annotation
 */
record AnnotationRef(Element element, AnnotationMirror mirror) {

    /** The annotation named {@code annotationName} on {@code element}, if present. */
    static Optional<AnnotationRef> find(Element element, String annotationName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotationName)) {
                return Optional.of(new AnnotationRef(element, mirror));
            }
        }
        return Optional.empty();
    }

    /** The value written for {@code name}, or {@code null} when the default applies. */
    AnnotationValue written(String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private Object value(String name) {
        AnnotationValue value = written(name);
        if (value != null) {
            return value.getValue();
        }
        for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
            if (member instanceof ExecutableElement method && method.getSimpleName().contentEquals(name)) {
                AnnotationValue fallback = method.getDefaultValue();
                return fallback == null ? null : fallback.getValue();
            }
        }
        throw new IllegalArgumentException("no member " + name + " in " + mirror);
    }

    String string(String name) {
        Object value = value(name);
        return value instanceof String text ? text : "";
    }

    boolean bool(String name) {
        return Boolean.TRUE.equals(value(name));
    }

    int integer(String name) {
        Object value = value(name);
        return value instanceof Integer number ? number : 0;
    }

    List<String> strings(String name) {
        Object value = value(name);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(item -> (String) ((AnnotationValue) item).getValue()).toList();
    }

    /**
     * The class named by member {@code name}.
     *
     * @throws MissingTypeException when the class does not exist (yet)
     */
    TypeElement type(String name) {
        Object value = value(name);
        if (value instanceof TypeMirror type) {
            if (type.getKind() == TypeKind.DECLARED) {
                return (TypeElement) ((DeclaredType) type).asElement();
            }
            throw new MissingTypeException(type.toString());
        }
        throw new MissingTypeException(String.valueOf(value));
    }
}
