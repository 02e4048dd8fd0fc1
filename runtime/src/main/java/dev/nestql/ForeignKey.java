package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a column of a {@link Table} record as a foreign key to the {@link Id} of another table,
 * and names the two relations it creates.
 *
 * <pre>{@code
 * @Table("orders_product")
 * public record Product(@Id long id, String name,
 *                       @ForeignKey(references = Category.class, relatedName = "products") Long categoryId,
 *                       String image) {}
 * }</pre>
 *
 * <ul>
 *   <li>The <em>forward</em> (to-one) relation {@link #name()} leads from a product to its category:
 *       {@code @Path("category.name")}, {@code @Nested("category") CategoryView category}.
 *   <li>The <em>reverse</em> (to-many) relation {@link #relatedName()} leads from a category to its
 *       products: {@code @Nested("products") List<ProductView> products}.
 * </ul>
 *
 * <p>The column's type must be the type of the referenced {@code @Id}, boxed or not. A boxed
 * column ({@code Long}) is a nullable key: paths through it are {@code null} when it is.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface ForeignKey {
    /** The referenced {@link Table} record; it must have an {@link Id}. */
    Class<?> references();

    /**
     * The name of the reverse (to-many) relation on the referenced record. When empty, it is the
     * referencing record's simple name in lowerCamelCase, pluralised by English rules
     * ({@code Product} gives {@code products}, {@code Category} gives {@code categories},
     * {@code Address} gives {@code addresses}). Two keys that end up with the same reverse name on
     * one table are a compile error: name at least one of them.
     */
    String relatedName() default "";

    /**
     * The name of the forward (to-one) relation. When empty, it is the component name without a
     * trailing {@code Id} ({@code categoryId} gives {@code category}); a component whose name does
     * not end in {@code Id} must name it.
     */
    String name() default "";
}
