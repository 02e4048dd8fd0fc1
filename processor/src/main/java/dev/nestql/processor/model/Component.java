package dev.nestql.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * One component of a projection record: a value read from a column, nested projections, or a value
 * computed from related rows or an SQL expression.
 */
public sealed interface Component {

    /** The record component name, also the key in JSON output. */
    String name();

    /** The declared Java type. */
    TypeName javaType();

    /** The record component, for diagnostics. */
    Element element();

    /**
     * A column of the projection's table, or one reached through to-one relations.
     *
     * @param name the component name
     * @param type the component's declared type
     * @param path the column, with no hops for a plain component
     * @param element the record component
     */
    record Value(String name, ValueType type, ColumnPath path, Element element) implements Component {
        @Override
        public TypeName javaType() {
            return type.type();
        }
    }

    /**
     * Related rows read as nested projections.
     *
     * @param name the component name
     * @param javaType the declared type: {@code List<P>} or {@code P}
     * @param hops the relations from the enclosing projection's table to the nested one's
     * @param many whether the component is a list (the path has a to-many hop)
     * @param target the nested projection
     * @param orderBy the order of a list's rows
     * @param limit the most rows per parent, 0 for no limit
     * @param filter the condition on the nested rows, if any
     * @param element the record component
     */
    record Nested(
            String name,
            TypeName javaType,
            List<Relation> hops,
            boolean many,
            ProjectionModel target,
            List<OrderKey> orderBy,
            int limit,
            Optional<Filter> filter,
            Element element)
            implements Component {

        public Nested {
            hops = List.copyOf(hops);
            orderBy = List.copyOf(orderBy);
        }
    }

    /**
     * A value computed in SQL: an aggregate over related rows or an {@code @Sql} expression.
     *
     * @param name the component name
     * @param type the component's declared type, which the SQL result is read as
     * @param computation how the value is computed
     * @param annotation the annotation as written, {@code @Count("devices")}, for documentation
     * @param element the record component
     */
    record Computed(String name, ValueType type, Computation computation, String annotation, Element element)
            implements Component, Handle.Target {
        @Override
        public TypeName javaType() {
            return type.type();
        }

        @Override
        public String describe() {
            return annotation;
        }
    }
}
