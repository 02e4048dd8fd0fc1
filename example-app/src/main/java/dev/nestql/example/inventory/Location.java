package dev.nestql.example.inventory;

import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * A site or a city where devices stand and circuits end.
 *
 * <p>The table {@code location}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("location")
public record Location(
        @Id long id,
        String name,
        String locationType) {}
