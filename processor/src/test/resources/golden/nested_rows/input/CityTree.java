package com.acme.world;

import dev.nestql.Nested;
import dev.nestql.Projection;
import java.util.List;

/** Two lists of one level: a filtered one sorted by a time, descending, and one without order. */
@Projection(City.class)
public record CityTree(
        long id,
        String name,
        @Nested(value = "addresses", orderBy = "-movedIn", where = "street is not null") List<AddressLine> recent,
        @Nested("addresses") List<AddressLine> all) {}
