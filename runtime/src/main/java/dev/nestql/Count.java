package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number of rows related to the projection's row along a relation path, computed in the same
 * statement and never multiplied by other aggregates: each is computed over its own relation.
 *
 * <pre>{@code
 * @Projection(Location.class)
 * public record LocationStats(String name,
 *                             @Count("prefixes") long pfxCount,
 *                             @Count("devices") long deviceCount,
 *                             @Count(value = "devices.deviceRole", distinct = true) long devroleCount) {}
 * }</pre>
 *
 * <p>The component is a {@code long} or an {@code int} (or their boxes); it is 0, never
 * {@code null}, when there are no related rows.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Count {
    /**
     * Relation names separated by dots, starting at the projection's table: reverse (to-many) and
     * forward (to-one) hops, any number of them.
     */
    String value();

    /**
     * Counts the distinct rows reached by the last hop instead of the paths to them:
     * {@code @Count(value = "devices.deviceRole", distinct = true)} is the number of different
     * roles among the devices.
     */
    boolean distinct() default false;

    /**
     * A condition on the related rows, in the filter language of {@link Nested#where()}; paths
     * start at the table the relation path reaches.
     */
    String where() default "";
}
