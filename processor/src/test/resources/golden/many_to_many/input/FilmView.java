package com.acme.films;

import dev.nestql.Nested;
import dev.nestql.Projection;
import java.util.List;

@Projection(Film.class)
public record FilmView(
        long id,
        String title,
        @Nested(value = "filmActors.actor",
                orderBy = "-name",
                limit = 5,
                where = "active = true and (birthYear >= 1950 or name like 'A%')")
        List<ActorView> actors) {}
