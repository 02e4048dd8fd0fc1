package com.acme.events;

import dev.nestql.Nested;
import dev.nestql.Path;
import dev.nestql.Projection;
import java.time.Instant;

@Projection(Event.class)
public record EventRow(
        long id,
        String title,
        Instant endsAt,
        @Path("venue.city.name") String cityName,
        @Path("venue.city.country.isoCode") String countryCode,
        @Nested("venue") VenueView venue) {}
