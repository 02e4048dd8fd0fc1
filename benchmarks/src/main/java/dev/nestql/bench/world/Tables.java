package dev.nestql.bench.world;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

/** Workload 4's tables: countries, their cities, the cities' addresses. */
public interface Tables {
    @Table("country")
    record Country(@Id long id, String name) {}

    @Table("city")
    record City(@Id long id, String name, @ForeignKey(references = Country.class) long countryId) {}

    @Table("address")
    record Address(@Id long id, String street, String postcode, @ForeignKey(references = City.class) long cityId) {}
}
