package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An SQL expression over the projection's row, with {@code {column}} placeholders naming columns
 * of its {@code @Table} record (or to-one paths such as {@code {location.name}}):
 *
 * <pre>{@code
 * @Sql("length({name})") int nameLength
 * @Sql("current_date - {createdOn}") int ageInDays
 * }</pre>
 *
 * <p>Placeholders are checked at compile time and replaced by the qualified columns; the rest is
 * copied as written, so it must be valid PostgreSQL and must not contain user input. Write
 * <code>{{</code> and <code>}}</code> for literal braces. The value is read as the component's declared
 * type; a primitive component needs an expression that is never {@code null}: read into a
 * record, a {@code null} is an error (SQL state 22004 at the top level), never a silent 0; JSON
 * output shows it as {@code null}. The statement is a JDBC prepared statement, so PostgreSQL's
 * {@code ?} operators are written {@code ??}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Sql {
    /** The expression, with {@code {column}} placeholders. */
    String value();
}
