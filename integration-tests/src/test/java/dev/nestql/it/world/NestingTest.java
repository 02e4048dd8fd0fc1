package dev.nestql.it.world;

import static dev.nestql.testsupport.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nestql.testsupport.Json;
import dev.nestql.it.support.TestSchema;
import dev.nestql.it.world.World.ActorFilms;
import dev.nestql.it.world.World.ActorId;
import dev.nestql.it.world.World.ActorView;
import dev.nestql.it.world.World.AddressDetails;
import dev.nestql.it.world.World.AddressView;
import dev.nestql.it.world.World.CityLatest;
import dev.nestql.it.world.World.CityRef;
import dev.nestql.it.world.World.CityTree;
import dev.nestql.it.world.World.CityView;
import dev.nestql.it.world.World.CountryRef;
import dev.nestql.it.world.World.CountryTree;
import dev.nestql.it.world.World.CountryView;
import dev.nestql.it.world.World.FilmCast;
import dev.nestql.it.world.World.FilmTitle;
import dev.nestql.it.world.World.FilmView;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Three levels of nesting, to-one objects and paths, many-to-many, per-parent order, limit and filter. */
class NestingTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/world.sql");

    private static final AddressView RIVOLI = new AddressView(100, "Rue de Rivoli");
    private static final AddressView FOCH = new AddressView(101, "Avenue Foch");
    private static final AddressView HAUSSMANN = new AddressView(102, "Boulevard Haussmann");
    private static final AddressView HIDDEN = new AddressView(103, "Hidden Lane");
    private static final AddressView NO_STREET = new AddressView(104, null);

    @Test
    void threeLevelsOfNestingAsRecords() {
        List<CountryView> countries = CountryViewQuery.select().orderBy(CountryViewQuery.ID.asc()).list(db.dataSource());

        assertEquals(List.of(
                new CountryView("France", List.of(
                        new CityView("Lyon", List.of(new AddressView(110, "Rue de la Republique"))),
                        // PostgreSQL sorts nulls last in ascending order.
                        new CityView("Paris", List.of(FOCH, HAUSSMANN, HIDDEN, RIVOLI, NO_STREET)))),
                new CountryView("Japan", List.of(new CityView("Kyoto", List.of(new AddressView(200, "Shijo Dori"))))),
                new CountryView("Iceland", List.of())),
                countries);
    }

    @Test
    void threeLevelsOfNestingAsJson() {
        String json = CountryViewQuery.select().where(CountryViewQuery.CODE.eq("JP")).json(db.dataSource());

        assertEquals(List.of(object("name", "Japan", "cities", List.of(
                        object("name", "Kyoto", "addresses", List.of(object("id", 200L, "street", "Shijo Dori")))))),
                Json.parse(json));
    }

    @Test
    void toOneObjectsAndPathsAreNullWhenTheKeyIs() {
        List<AddressDetails> rows = AddressDetailsQuery.select()
                .where(AddressDetailsQuery.ID.in(100L, 900L))
                .orderBy(AddressDetailsQuery.ID.asc())
                .list(db.dataSource());

        assertEquals(List.of(
                new AddressDetails(100, "Rue de Rivoli", "Paris", "FR", new CityRef("Paris", 2100000), new CountryRef("FR")),
                new AddressDetails(900, "Nowhere Road", null, null, null, null)),
                rows);
        assertEquals(List.of(
                object("id", 100L, "street", "Rue de Rivoli", "cityName", "Paris", "countryCode", "FR",
                        "city", object("name", "Paris", "population", 2100000L), "country", object("code", "FR")),
                object("id", 900L, "street", "Nowhere Road", "cityName", null, "countryCode", null,
                        "city", null, "country", null)),
                Json.parse(AddressDetailsQuery.select()
                        .where(AddressDetailsQuery.ID.in(100L, 900L))
                        .orderBy(AddressDetailsQuery.ID.asc())
                        .json(db.dataSource())));
    }

    @Test
    void pathHandlesFilterAndSort() {
        List<Long> ids = AddressDetailsQuery.select()
                .where(AddressDetailsQuery.COUNTRY_CODE.eq("FR").and(AddressDetailsQuery.CITY_NAME.ne("Paris")))
                .list(db.dataSource()).stream().map(AddressDetails::id).toList();
        assertEquals(List.of(110L), ids);

        List<Long> sorted = AddressDetailsQuery.select()
                .where(AddressDetailsQuery.CITY_ID.isNotNull().and(AddressDetailsQuery.STREET.isNotNull()))
                .orderBy(AddressDetailsQuery.CITY_NAME.desc(), AddressDetailsQuery.ID.desc())
                .limit(3)
                .list(db.dataSource()).stream().map(AddressDetails::id).toList();
        assertEquals(List.of(103L, 102L, 101L), sorted);
    }

    @Test
    void nestedListsOrderLimitAndFilterPerParent() {
        List<CityLatest> cities = CityLatestQuery.select().orderBy(CityLatestQuery.ID.asc()).list(db.dataSource());

        assertEquals(List.of(
                new CityLatest("Paris", List.of(RIVOLI, HAUSSMANN), List.of(FOCH, NO_STREET)),
                new CityLatest("Lyon", List.of(new AddressView(110, "Rue de la Republique")), List.of()),
                new CityLatest("Kyoto", List.of(new AddressView(200, "Shijo Dori")), List.of())),
                cities);
        // The same limit and filter in the JSON statement.
        assertEquals(List.of(object("id", 100L, "street", "Rue de Rivoli"), object("id", 102L, "street", "Boulevard Haussmann")),
                ((java.util.Map<?, ?>) ((List<?>) Json.parse(CityLatestQuery.select()
                        .where(CityLatestQuery.NAME.eq("Paris")).json(db.dataSource()))).get(0)).get("lastTwo"));
    }

    @Test
    void listsReadAsRowsOfTheirOwnAcrossThreeLevels() {
        CountryTreeQuery query = CountryTreeQuery.select().orderBy(CountryTreeQuery.ID.asc());
        List<CountryTree> countries = query.list(db.dataSource());

        AddressView republique = new AddressView(110, "Rue de la Republique");
        AddressView shijo = new AddressView(200, "Shijo Dori");
        assertEquals(List.of(
                new CountryTree("France", List.of(
                        new CityTree("Paris", 2100000, List.of(HIDDEN, HAUSSMANN, FOCH, RIVOLI),
                                List.of(RIVOLI, FOCH, HAUSSMANN, HIDDEN, NO_STREET)),
                        new CityTree("Lyon", 520000, List.of(republique), List.of(republique)))),
                new CountryTree("Japan", List.of(new CityTree("Kyoto", 1460000, List.of(shijo), List.of(shijo)))),
                new CountryTree("Iceland", List.of())),
                countries);
        try (Stream<CountryTree> streamed = query.stream(db.dataSource())) {
            assertEquals(countries, streamed.toList());
        }
        // The condition, limit and offset are bound in each of the three branches.
        assertEquals(List.of(countries.get(1)), query.where(CountryTreeQuery.CODE.ne("FR")).limit(1).list(db.dataSource()));
        assertEquals(List.of(countries.get(2)), query.offset(2).list(db.dataSource()));
        assertEquals(Optional.of(countries.get(0)), query.first(db.dataSource()));
        assertEquals(List.of(), query.where(CountryTreeQuery.CODE.eq("XX")).list(db.dataSource()));
    }

    /**
     * A page whose order ties (2,000 towns with 3 populations) is selected once: each city on it
     * keeps its own addresses, whichever of the tied cities the page holds.
     */
    @Test
    void aPageOrderedByATiedKeyKeepsEachParentsChildren() throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement insert = connection.createStatement()) {
                insert.executeUpdate("INSERT INTO city SELECT 1000 + i, 'Town ' || i, 3, i % 3 FROM generate_series(1, 2000) i");
                insert.executeUpdate("INSERT INTO address SELECT 10000 + i, 'Street ' || i, 1000 + (i + 1) / 2"
                        + " FROM generate_series(1, 4000) i");
            }
            try {
                List<CityTreeQuery> pages = List.of(
                        CityTreeQuery.select().orderBy(CityTreeQuery.POPULATION.asc()).limit(5),
                        CityTreeQuery.select().orderBy(CityTreeQuery.POPULATION.asc()).limit(5).offset(600),
                        CityTreeQuery.select().where(CityTreeQuery.COUNTRY_ID.eq(3L))
                                .orderBy(CityTreeQuery.POPULATION.desc()).limit(3));
                for (CityTreeQuery page : pages) {
                    List<CityTree> cities = page.list(connection);
                    assertEquals(page == pages.get(2) ? 3 : 5, cities.size(), page::sql);
                    for (CityTree city : cities) {
                        assertEquals(2, city.all().size(), () -> city + " on " + page.sql());
                        assertEquals(2, city.named().size(), () -> city + " on " + page.sql());
                    }
                }
                CityTree first = CityTreeQuery.select().orderBy(CityTreeQuery.POPULATION.asc()).first(connection).orElseThrow();
                assertEquals(2, first.all().size(), first::toString);
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void manyToManyListReadAsRowsOfItsOwn() {
        assertEquals(List.of(
                new FilmCast("Arrival", List.of(new ActorId(1, "Adams"), new ActorId(2, "Renner"))),
                new FilmCast("Blade Runner", List.of(new ActorId(3, "Ford"), new ActorId(4, "Gosling"),
                        new ActorId(5, "Bautista"), new ActorId(6, "Bloggs"))),
                new FilmCast("Silent Film", List.of())),
                FilmCastQuery.select().orderBy(FilmCastQuery.ID.asc()).list(db.dataSource()));
    }

    @Test
    void manyToManyThroughAJoinTable() {
        List<FilmView> films = FilmViewQuery.select().orderBy(FilmViewQuery.ID.asc()).list(db.dataSource());

        assertEquals(List.of(
                new FilmView("Arrival", List.of(new ActorView("Amy", "Adams"), new ActorView("Jeremy", "Renner")), List.of()),
                new FilmView("Blade Runner",
                        List.of(new ActorView("Dave", "Bautista"), new ActorView("Zed", "Bloggs"),
                                new ActorView("Harrison", "Ford"), new ActorView("Ryan", "Gosling")),
                        List.of(new ActorView("Dave", "Bautista"))),
                new FilmView("Silent Film", List.of(), List.of())),
                films);

        assertEquals(Optional.of(new ActorFilms("Ford", List.of(new FilmTitle("Blade Runner")))),
                ActorFilmsQuery.select().where(ActorFilmsQuery.LAST_NAME.eq("Ford")).first(db.dataSource()));
    }
}
