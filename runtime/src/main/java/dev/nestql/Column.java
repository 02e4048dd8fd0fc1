package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the SQL name of a {@link Table} record component, which is otherwise the component
 * name in snake_case.
 *
 * <pre>{@code
 * @Table("device")
 * public record Device(@Id long id, @Column("last_updated_at") Instant lastUpdated) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Column {
    /** The column name as it is in the database. */
    String value();
}
