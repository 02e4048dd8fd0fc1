package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as a shape to read from a {@link Table}, and asks the nestql processor to
 * write a query class for it: {@code CategoryView} gives {@code CategoryViewQuery} in the same
 * package.
 *
 * <pre>{@code
 * @Projection(Category.class)
 * public record CategoryView(long id, String name,
 *                            @Nested("products") List<ProductView> products) {}
 * }</pre>
 *
 * <p>Each component is one of:
 * <ul>
 *   <li>a plain component: the base table's column of the same name, of the same type (boxed or
 *       unboxed);
 *   <li>a {@link Path} component: a column reached through to-one relations;
 *   <li>a {@link Nested} component: a related projection, a {@code List} over a to-many relation
 *       or a single record over a to-one relation.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Projection {
    /** The {@link Table} record this projection reads from. */
    Class<?> value();
}
