package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest value of a column over the related rows, computed in the same statement as the projection's row.
 *
 * <pre>{@code
 * @Max("devices.lastUpdated") Instant newestUpdate
 * }</pre>
 *
 * <p>The column is a number, text, date or time; the component has its type or, for numbers, a wider one. A primitive component is 0 when there are no related rows (SQL's
 * {@code coalesce(..., 0)}); a boxed one keeps SQL's {@code null}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Max {
    /**
     * Relation names followed by a column name, separated by dots, starting at the projection's
     * table: {@code "circuits.commitRate"}.
     */
    String value();

    /**
     * A condition on the related rows, in the filter language of {@link Nested#where()}; paths
     * start at the table the relation path reaches.
     */
    String where() default "";
}
