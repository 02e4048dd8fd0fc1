package dev.nestql.example.shop;

import dev.nestql.Projection;

/** Just a venue's id and name: enough to tell whether a venue exists. */
@Projection(Venue.class)
public record VenueRef(long id, String name) {}
