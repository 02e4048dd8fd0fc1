package com.acme.events;

import dev.nestql.Path;
import dev.nestql.Projection;

@Projection(Venue.class)
public record VenueView(long id, String name, int capacity, @Path("city.name") String cityName) {}
