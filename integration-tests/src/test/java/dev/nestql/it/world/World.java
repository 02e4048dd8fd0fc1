package dev.nestql.it.world;

import dev.nestql.Column;
import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Nested;
import dev.nestql.Path;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.util.List;

/** Countries, cities, addresses, and films with actors through a join table. */
public interface World {
    @Table("country")
    record Country(@Id long id, String name, String code) {}

    @Table("city")
    record City(@Id long id, String name, @ForeignKey(references = Country.class) long countryId, int population) {}

    @Table("address")
    record Address(@Id long id, String street, @ForeignKey(references = City.class) Long cityId) {}

    @Table("film")
    record Film(@Id long id, String title) {}

    @Table("actor")
    record Actor(@Id long id, String firstName, @Column("surname") String lastName) {}

    @Table("film_actor")
    record FilmActor(
            @ForeignKey(references = Film.class, relatedName = "filmActors") long filmId,
            @ForeignKey(references = Actor.class, relatedName = "actorFilms") long actorId) {}

    @Projection(Country.class)
    record CountryView(String name, @Nested(value = "cities", orderBy = "name") List<CityView> cities) {}

    @Projection(City.class)
    record CityView(String name, @Nested(value = "addresses", orderBy = "street") List<AddressView> addresses) {}

    @Projection(Address.class)
    record AddressView(long id, String street) {}

    @Projection(Address.class)
    record AddressDetails(
            long id,
            String street,
            @Path("city.name") String cityName,
            @Path("city.country.code") String countryCode,
            @Nested("city") CityRef city,
            @Nested("city.country") CountryRef country) {}

    @Projection(City.class)
    record CityRef(String name, int population) {}

    @Projection(Country.class)
    record CountryRef(String code) {}

    @Projection(City.class)
    record CityLatest(
            String name,
            @Nested(value = "addresses", orderBy = {"-street", "id"}, limit = 2, where = "street <> 'Hidden Lane'")
                    List<AddressView> lastTwo,
            @Nested(value = "addresses", orderBy = "id", where = "street like 'A%' or street is null")
                    List<AddressView> aStreets) {}

    @Projection(Film.class)
    record FilmView(
            String title,
            @Nested(value = "filmActors.actor", orderBy = {"lastName", "firstName"}) List<ActorView> actors,
            @Nested(value = "filmActors.actor", where = "lastName like 'B%' and not (firstName in ('Zed'))")
                    List<ActorView> bActors) {}

    @Projection(Actor.class)
    record ActorView(String firstName, String lastName) {}

    @Projection(Actor.class)
    record ActorFilms(String lastName, @Nested(value = "actorFilms.film", orderBy = "-title", limit = 1) List<FilmTitle> latest) {}

    @Projection(Film.class)
    record FilmTitle(String title) {}

    /** Three levels that {@code list()} reads as rows of their own: numeric sort keys, a filtered list, two lists of one level. */
    @Projection(Country.class)
    record CountryTree(
            String name, @Nested(value = "cities", orderBy = "-population", where = "population > 0") List<CityTree> cities) {}

    @Projection(City.class)
    record CityTree(
            String name,
            int population,
            @Nested(value = "addresses", orderBy = "-id", where = "street is not null") List<AddressView> named,
            @Nested(value = "addresses", orderBy = "id") List<AddressView> all) {}

    /** A many-to-many list read as rows of its own. */
    @Projection(Film.class)
    record FilmCast(String title, @Nested(value = "filmActors.actor", orderBy = "id") List<ActorId> cast) {}

    @Projection(Actor.class)
    record ActorId(long id, String lastName) {}
}
