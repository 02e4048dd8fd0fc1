package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A column of the first related row in a given order: "the newest device of each location".
 *
 * <pre>{@code
 * @First(value = "devices", select = "name", orderBy = "-lastUpdated") String newestDevice
 * }</pre>
 *
 * <p>Rows that tie on every {@link #orderBy()} key are ordered by the related table's {@code @Id}
 * (or, for a table without one, by the selected value), so the answer is always the same. The value is {@code null} when there is no related row, so the
 * component is a reference type ({@code String}, {@code Integer}, ...).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface First {
    /** Relation names separated by dots, starting at the projection's table. */
    String value();

    /**
     * The column to read from the first row: a column of the table the relation path reaches, or a
     * to-one path from it such as {@code "deviceRole.name"}.
     */
    String select();

    /**
     * The order that decides which row is first, by columns (or to-one paths) of the reached table;
     * a leading {@code -} sorts descending: {@code {"-lastUpdated", "name"}}. Required.
     */
    String[] orderBy() default {};

    /**
     * A condition on the related rows, in the filter language of {@link Nested#where()}; paths
     * start at the table the relation path reaches.
     */
    String where() default "";
}
