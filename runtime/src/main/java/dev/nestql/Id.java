package dev.nestql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the single-column primary key of a {@link Table} record.
 *
 * <p>A table without {@code @Id} (a join table, for example) is allowed, but no {@link ForeignKey}
 * may reference it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Id {}
