package dev.nestql.bench.paging;

import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.bench.world.Tables.Address;
import dev.nestql.bench.world.Tables.City;
import java.util.List;

/**
 * Workload 4's data paged at its city level: each of the 2,000 cities with its 50 addresses
 * (its 50 countries make no 500th page).
 */
@Projection(City.class)
public record PagedCity(long id, String name, @Nested(value = "addresses", orderBy = "id") List<PagedCity.Line> addresses) {

    @Projection(Address.class)
    public record Line(long id, String street, String postcode) {}
}
