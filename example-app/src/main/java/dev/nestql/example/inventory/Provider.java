package dev.nestql.example.inventory;

import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * A circuit provider (a carrier).
 *
 * <p>The table {@code provider}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("provider")
public record Provider(
        @Id long id,
        String name) {}
