package dev.nestql.processor.reading;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Maps Java types of record components to nestql's value types. */
final class Types {
    private static final ClassName LIST = ClassName.get(java.util.List.class);

    private Types() {}

    /**
     * The value type of {@code type}, or empty when nestql does not support it.
     *
     * @throws MissingTypeException when {@code type} is not resolved yet
     */
    static Optional<ValueType> valueType(TypeMirror type) {
        requireResolved(type);
        if (type.getKind() == TypeKind.DECLARED) {
            Element element = ((DeclaredType) type).asElement();
            if (element.getKind() == ElementKind.ENUM) {
                return Optional.of(new ValueType(ValueKind.ENUM, ClassName.get((TypeElement) element)));
            }
        }
        TypeName name = TypeName.get(type);
        if (name instanceof ParameterizedTypeName list && list.rawType().equals(LIST) && list.typeArguments().size() == 1) {
            ValueKind element = isEnum(((DeclaredType) type).getTypeArguments().get(0))
                    ? ValueKind.ENUM
                    : ValueKind.of(list.typeArguments().get(0));
            return element == null || !element.codec().listElement()
                    ? Optional.empty()
                    : Optional.of(new ValueType(ValueKind.LIST, name, element));
        }
        ValueKind kind = ValueKind.of(name);
        return kind == null ? Optional.empty() : Optional.of(new ValueType(kind, name));
    }

    private static boolean isEnum(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
    }

    /** Throws {@link MissingTypeException} when {@code type} or a type argument is unresolved. */
    static void requireResolved(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            throw new MissingTypeException(type.toString());
        }
        if (type.getKind() == TypeKind.DECLARED) {
            for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                requireResolved(argument);
            }
        }
    }

    /** A readable name for a type in messages: {@code Long}, {@code List<ProductView>}. */
    static String simple(TypeName type) {
        return type.toString().replaceAll("(?:[a-z_][a-z0-9_]*\\.)+([A-Z])", "$1");
    }

    /** Whether {@code element} or a type enclosing it is private. */
    static boolean isPrivate(Element element) {
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code element} and every type enclosing it is public. */
    static boolean isPublic(Element element) {
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** The kind of a type element as messages say it, with its article: "a class", "an enum". */
    static String kindName(Element element) {
        String kind = element.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }
}
