package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Table;
import java.time.OffsetDateTime;
import javax.annotation.processing.Generated;

/**
 * Who plays in which film.
 *
 * <p>The table {@code film_actor}, read from the database's catalog by nestql's schema generator.
 *
 * <p>No {@code @Id}: the primary key (actor_id, film_id) has 2 columns, and nestql's relations
 * follow single-column keys.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("film_actor")
public record FilmActor(
        @ForeignKey(references = Actor.class) int actorId,
        @ForeignKey(references = Film.class) int filmId,
        OffsetDateTime lastUpdate) {}
