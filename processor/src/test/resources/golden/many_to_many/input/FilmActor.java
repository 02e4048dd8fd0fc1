package com.acme.films;

import dev.nestql.ForeignKey;
import dev.nestql.Table;

/** The join table: no @Id, a key to each side. */
@Table("film_actor")
public record FilmActor(
        @ForeignKey(references = Film.class) long filmId,
        @ForeignKey(references = Actor.class) long actorId,
        int billing) {}
