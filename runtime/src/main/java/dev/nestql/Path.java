package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reads a column reached from the projection's table through zero or more to-one (forward)
 * relations, named by a dotted path.
 *
 * <pre>{@code
 * @Projection(Product.class)
 * public record ProductRow(long id, @Path("category.name") String categoryName) {}
 * }</pre>
 *
 * <p>The value is {@code null} when a foreign key on the way is {@code null}, so a primitive
 * component is only allowed when every key on the way and the column itself are {@code NOT NULL}
 * (primitive components in the schema records).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Path {
    /** Relation names followed by a column name, separated by dots: {@code "category.venue.name"}. */
    String value();
}
