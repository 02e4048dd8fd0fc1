package dev.nestql.schema.types;

import dev.nestql.schema.model.SqlType;
import java.util.Objects;

/** The Java type of a column: a class nestql reads, a Java enum for a PostgreSQL enum, or a list for an array. */
public sealed interface JavaType {
    /**
     * A class nestql reads, with its primitive where it has one.
     *
     * @param className the class's qualified name ({@code java.lang.Long}, {@code dev.nestql.Interval}),
     *     or {@code byte[]}
     * @param primitive the primitive type ({@code long}), or {@code null}
     */
    record Scalar(String className, String primitive) implements JavaType {
        public Scalar {
            Objects.requireNonNull(className, "className");
        }

        /** The name a declaration uses: the primitive for a column that cannot be {@code null}, where there is one. */
        public String declared(boolean notNull) {
            return notNull && primitive != null ? primitive : className;
        }
    }

    /**
     * A Java enum whose constants are the labels of a PostgreSQL enum, in their order.
     *
     * @param type the PostgreSQL enum
     */
    record EnumOf(SqlType type) implements JavaType {
        public EnumOf {
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * A {@code List} of a one-dimensional array's elements.
     *
     * @param element the elements' type: a {@link Scalar} (boxed in the list) or an {@link EnumOf}
     */
    record ListOf(JavaType element) implements JavaType {
        public ListOf {
            Objects.requireNonNull(element, "element");
        }
    }
}
