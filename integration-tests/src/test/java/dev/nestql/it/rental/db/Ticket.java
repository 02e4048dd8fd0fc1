package dev.nestql.it.rental.db;

import dev.nestql.Column;
import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * Column names that are Java keywords or Object methods.
 *
 * <p>The table {@code ticket}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("ticket")
public record Ticket(
        @Id long id,
        @Column("class") String class_,
        @Column("hash_code") Integer hashCode_,
        @Column("default") boolean default_,
        String seat,
        String rowLabel) {}
