package com.acme.world;

import dev.nestql.Count;
import dev.nestql.Nested;
import dev.nestql.Projection;
import java.util.List;

/**
 * Three levels read by list() as rows of their own; an aggregate of the top level; a list sorted
 * by text, which stays JSON.
 */
@Projection(Country.class)
public record CountryTree(
        String name,
        @Count("cities") long cityCount,
        @Nested(value = "cities", orderBy = {"-population", "id"}, where = "population > 1000") List<CityTree> cities,
        @Nested(value = "cities", orderBy = "name") List<CityName> citiesByName) {}
