package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reads related rows as nested projections, in the same SQL statement as their parent.
 *
 * <ul>
 *   <li>{@code List<P>} over a path with a to-many (reverse) relation: a JSON array, {@code []}
 *       when there are no rows, never {@code null}.
 *   <li>{@code P} over a path of to-one (forward) relations: a nested object, {@code null} when the
 *       key is {@code null} or the row does not match {@link #where()}.
 * </ul>
 *
 * <p>{@code P} is a {@link Projection} record of the relation's target table, so nesting goes to
 * any depth. A path through a join table is a many-to-many relation:
 *
 * <pre>{@code
 * @Projection(Film.class)
 * public record FilmView(String title,
 *                        @Nested(value = "filmActors.actor", orderBy = "lastName") List<ActorView> actors) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Nested {
    /** Relation names separated by dots, starting at the enclosing projection's table. */
    String value();

    /**
     * The order of the rows of a list, by columns (or to-one paths) of the nested projection's
     * table; a leading {@code -} sorts descending: {@code {"-createdAt", "id"}}. Without it, the
     * order is whatever PostgreSQL returns.
     */
    String[] orderBy() default {};

    /** The most rows a list holds per parent; 0 for no limit. */
    int limit() default 0;

    /**
     * A condition on the nested rows, in nestql's filter language:
     * {@code "status = 'active' and (price < 10 or category.name like 'B%')"}.
     * Paths start at the nested projection's table and follow to-one relations. Operators:
     * {@code = <> < <= > >= like in (...) is null is not null}, combined with {@code and},
     * {@code or}, {@code not} and parentheses; literals are 'strings' (a quote is written
     * {@code ''}), numbers, {@code true} and {@code false}.
     */
    String where() default "";
}
