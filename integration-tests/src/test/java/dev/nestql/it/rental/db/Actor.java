package dev.nestql.it.rental.db;

import dev.nestql.Id;
import dev.nestql.Table;
import java.time.LocalDateTime;
import javax.annotation.processing.Generated;

/**
 * The table {@code actor}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("actor")
public record Actor(
        @Id int actorId,
        String firstName,
        String lastName,
        LocalDateTime lastUpdate) {}
