package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Whether any row is related to the projection's row along a relation path (and matches
 * {@link #where()}).
 *
 * <pre>{@code
 * @Exists(value = "devices", where = "deviceRole.slug = 'edge'") boolean hasEdgeDevices
 * }</pre>
 *
 * <p>The component is a {@code boolean} (or {@code Boolean}), never {@code null}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Exists {
    /** Relation names separated by dots, starting at the projection's table. */
    String value();

    /**
     * A condition on the related rows, in the filter language of {@link Nested#where()}; paths
     * start at the table the relation path reaches.
     */
    String where() default "";
}
