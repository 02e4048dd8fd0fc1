package dev.nestql.bench.world;

import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.bench.world.Tables.Address;
import dev.nestql.bench.world.Tables.City;
import dev.nestql.bench.world.Tables.Country;
import java.util.List;

/** Workload 4: three levels, country, city, address. */
@Projection(Country.class)
public record CountryView(long id, String name, @Nested(value = "cities", orderBy = "id") List<CountryView.CityView> cities) {

    @Projection(City.class)
    public record CityView(long id, String name, @Nested(value = "addresses", orderBy = "id") List<AddressView> addresses) {}

    @Projection(Address.class)
    public record AddressView(long id, String street, String postcode) {}
}
