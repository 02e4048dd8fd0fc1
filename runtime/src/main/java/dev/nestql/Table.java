package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as the schema of one PostgreSQL table.
 *
 * <p>Each record component is a column. Its SQL name is the component name in snake_case
 * ({@code venueId} is {@code venue_id}) unless {@link Column} names it.
 *
 * <pre>{@code
 * @Table("orders_category")
 * public record Category(@Id long id, String name, long venueId) {}
 * }</pre>
 *
 * <p>A component of a primitive type is a {@code NOT NULL} column; a component of a reference type
 * ({@code Long}, {@code String}, ...) may hold {@code null}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table name, optionally schema-qualified ({@code "inventory.device"}). */
    String value();
}
