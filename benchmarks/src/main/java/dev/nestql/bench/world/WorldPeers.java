package dev.nestql.bench.world;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.nestql.bench.Explain;
import dev.nestql.bench.world.CountryView.AddressView;
import dev.nestql.bench.world.CountryView.CityView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.conf.ParamType;

/** Workload 4's ways of reading every country with its cities and their addresses. */
public final class WorldPeers {
    private static final JsonFactory JSON = new JsonFactory();

    private WorldPeers() {}

    public static CountryViewQuery nestqlQuery() {
        return CountryViewQuery.select().orderBy(CountryViewQuery.ID.asc());
    }

    public static List<CountryView> nestql(Connection connection) {
        return nestqlQuery().list(connection);
    }

    public static String nestqlJson(Connection connection) {
        return nestqlQuery().json(connection);
    }

    // The statement nestql generates, decoded by hand.

    private static final String SAME_SQL = nestqlQuery().sql();

    public static List<CountryView> handDecoded(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SAME_SQL); ResultSet rows = statement.executeQuery()) {
            List<CountryView> countries = new ArrayList<>();
            while (rows.next()) {
                countries.add(new CountryView(rows.getLong(1), rows.getString(2), cities(rows.getString(3))));
            }
            return countries;
        }
    }

    /** Decodes {@code [[id, name, [[id, street, postcode], ...]], ...]}. */
    private static List<CityView> cities(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            List<CityView> cities = new ArrayList<>();
            parser.nextToken();
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                parser.nextToken();
                long id = parser.getLongValue();
                String name = parser.nextTextValue();
                parser.nextToken();
                List<AddressView> addresses = new ArrayList<>();
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    parser.nextToken();
                    long addressId = parser.getLongValue();
                    String street = parser.nextTextValue();
                    String postcode = parser.nextToken() == JsonToken.VALUE_NULL ? null : parser.getText();
                    parser.nextToken();
                    addresses.add(new AddressView(addressId, street, postcode));
                }
                parser.nextToken();
                cities.add(new CityView(id, name, addresses));
            }
            return cities;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String JSON_AGG = """
            SELECT coalesce(json_agg(json_build_object('id', co.id, 'name', co.name, 'cities',
                     (SELECT coalesce(json_agg(json_build_object('id', ci.id, 'name', ci.name, 'addresses',
                               (SELECT coalesce(json_agg(json_build_object('id', a.id, 'street', a.street,
                                                                           'postcode', a.postcode) ORDER BY a.id), '[]'::json)
                                FROM address a WHERE a.city_id = ci.id)) ORDER BY ci.id), '[]'::json)
                      FROM city ci WHERE ci.country_id = co.id)) ORDER BY co.id), '[]'::json)::text
            FROM country co""";

    public static String handJsonAgg(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(JSON_AGG); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    // N+1: countries, one query per country for its cities, one per city for its addresses.

    private static final String COUNTRIES = "SELECT id, name FROM country ORDER BY id";
    private static final String CITIES_OF_ONE = "SELECT id, name FROM city WHERE country_id = ? ORDER BY id";
    private static final String ADDRESSES_OF_ONE = "SELECT id, street, postcode FROM address WHERE city_id = ? ORDER BY id";
    private static final String CITIES_OF_ALL = "SELECT id, name, country_id FROM city WHERE country_id = ANY(?) ORDER BY id";
    private static final String ADDRESSES_OF_ALL =
            "SELECT city_id, id, street, postcode FROM address WHERE city_id = ANY(?) ORDER BY id";
    private static final String JOIN = "SELECT co.id, co.name, ci.id, ci.name, a.id, a.street, a.postcode FROM country co"
            + " LEFT JOIN city ci ON ci.country_id = co.id LEFT JOIN address a ON a.city_id = ci.id"
            + " ORDER BY co.id, ci.id, a.id";

    public static List<CountryView> nPlusOne(Connection connection) throws SQLException {
        List<CountryView> countries = new ArrayList<>();
        try (PreparedStatement countryQuery = connection.prepareStatement(COUNTRIES);
                PreparedStatement cityQuery = connection.prepareStatement(CITIES_OF_ONE);
                PreparedStatement addressQuery = connection.prepareStatement(ADDRESSES_OF_ONE);
                ResultSet countryRows = countryQuery.executeQuery()) {
            while (countryRows.next()) {
                long countryId = countryRows.getLong(1);
                List<CityView> cities = new ArrayList<>();
                List<Long> cityIds = new ArrayList<>();
                List<String> cityNames = new ArrayList<>();
                cityQuery.setLong(1, countryId);
                try (ResultSet cityRows = cityQuery.executeQuery()) {
                    while (cityRows.next()) {
                        cityIds.add(cityRows.getLong(1));
                        cityNames.add(cityRows.getString(2));
                    }
                }
                for (int i = 0; i < cityIds.size(); i++) {
                    addressQuery.setLong(1, cityIds.get(i));
                    List<AddressView> addresses = new ArrayList<>();
                    try (ResultSet addressRows = addressQuery.executeQuery()) {
                        while (addressRows.next()) {
                            addresses.add(new AddressView(addressRows.getLong(1), addressRows.getString(2), addressRows.getString(3)));
                        }
                    }
                    cities.add(new CityView(cityIds.get(i), cityNames.get(i), addresses));
                }
                countries.add(new CountryView(countryId, countryRows.getString(2), cities));
            }
        }
        return countries;
    }

    // One JOIN over the three tables, regrouped in Java.

    public static List<CountryView> joinRegroup(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(JOIN); ResultSet rows = statement.executeQuery()) {
            List<CountryView> countries = new ArrayList<>();
            long countryId = -1;
            String countryName = null;
            List<CityView> cities = null;
            long cityId = -1;
            String cityName = null;
            List<AddressView> addresses = null;
            while (rows.next()) {
                long nextCountry = rows.getLong(1);
                if (cities == null || nextCountry != countryId) {
                    if (addresses != null) {
                        cities.add(new CityView(cityId, cityName, addresses));
                        addresses = null;
                    }
                    if (cities != null) {
                        countries.add(new CountryView(countryId, countryName, cities));
                    }
                    countryId = nextCountry;
                    countryName = rows.getString(2);
                    cities = new ArrayList<>();
                }
                long nextCity = rows.getLong(3);
                if (rows.wasNull()) {
                    continue;
                }
                if (addresses == null || nextCity != cityId) {
                    if (addresses != null) {
                        cities.add(new CityView(cityId, cityName, addresses));
                    }
                    cityId = nextCity;
                    cityName = rows.getString(4);
                    addresses = new ArrayList<>();
                }
                long addressId = rows.getLong(5);
                if (!rows.wasNull()) {
                    addresses.add(new AddressView(addressId, rows.getString(6), rows.getString(7)));
                }
            }
            if (addresses != null) {
                cities.add(new CityView(cityId, cityName, addresses));
            }
            if (cities != null) {
                countries.add(new CountryView(countryId, countryName, cities));
            }
            return countries;
        }
    }

    // Three queries, one per level, children fetched WHERE fk = ANY(?) and stitched in Java.

    public static List<CountryView> prefetch(Connection connection) throws SQLException {
        List<Long> countryIds = new ArrayList<>();
        List<String> countryNames = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COUNTRIES); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                countryIds.add(rows.getLong(1));
                countryNames.add(rows.getString(2));
            }
        }
        List<Long> cityIds = new ArrayList<>();
        List<String> cityNames = new ArrayList<>();
        List<Long> cityCountries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CITIES_OF_ALL)) {
            Array ids = connection.createArrayOf("bigint", countryIds.toArray());
            statement.setArray(1, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    cityIds.add(rows.getLong(1));
                    cityNames.add(rows.getString(2));
                    cityCountries.add(rows.getLong(3));
                }
            } finally {
                ids.free();
            }
        }
        Map<Long, List<AddressView>> addressesByCity = new HashMap<>(cityIds.size() * 2);
        for (Long id : cityIds) {
            addressesByCity.put(id, new ArrayList<>());
        }
        try (PreparedStatement statement = connection.prepareStatement(ADDRESSES_OF_ALL)) {
            Array ids = connection.createArrayOf("bigint", cityIds.toArray());
            statement.setArray(1, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    addressesByCity.get(rows.getLong(1)).add(new AddressView(rows.getLong(2), rows.getString(3), rows.getString(4)));
                }
            } finally {
                ids.free();
            }
        }
        Map<Long, List<CityView>> citiesByCountry = new HashMap<>(countryIds.size() * 2);
        for (Long id : countryIds) {
            citiesByCountry.put(id, new ArrayList<>());
        }
        for (int i = 0; i < cityIds.size(); i++) {
            citiesByCountry.get(cityCountries.get(i))
                    .add(new CityView(cityIds.get(i), cityNames.get(i), addressesByCity.get(cityIds.get(i))));
        }
        List<CountryView> countries = new ArrayList<>(countryIds.size());
        for (int i = 0; i < countryIds.size(); i++) {
            countries.add(new CountryView(countryIds.get(i), countryNames.get(i), citiesByCountry.get(countryIds.get(i))));
        }
        return countries;
    }

    // jOOQ 3.19: nested MULTISET.

    private static final Table<?> CO = table(name("country")).as("co");
    private static final Field<Long> CO_ID = field(name("co", "id"), Long.class);
    private static final Field<String> CO_NAME = field(name("co", "name"), String.class);
    private static final Table<?> CI = table(name("city")).as("ci");
    private static final Field<Long> CI_ID = field(name("ci", "id"), Long.class);
    private static final Field<String> CI_NAME = field(name("ci", "name"), String.class);
    private static final Field<Long> CI_COUNTRY = field(name("ci", "country_id"), Long.class);
    private static final Table<?> A = table(name("address")).as("a");
    private static final Field<Long> A_ID = field(name("a", "id"), Long.class);
    private static final Field<String> A_STREET = field(name("a", "street"), String.class);
    private static final Field<String> A_POSTCODE = field(name("a", "postcode"), String.class);
    private static final Field<Long> A_CITY = field(name("a", "city_id"), Long.class);

    public static List<CountryView> jooqMultiset(DSLContext jooq) {
        return jooqQuery(jooq).fetch(Records.mapping(CountryView::new));
    }

    /** The jOOQ query, also for {@code ServerTimes}, which explains its SQL. */
    public static ResultQuery<Record3<Long, String, List<CityView>>> jooqQuery(DSLContext jooq) {
        return jooq.select(CO_ID, CO_NAME,
                        multiset(select(CI_ID, CI_NAME,
                                        multiset(select(A_ID, A_STREET, A_POSTCODE).from(A).where(A_CITY.eq(CI_ID)).orderBy(A_ID))
                                                .convertFrom(addresses -> addresses.map(Records.mapping(AddressView::new))))
                                        .from(CI)
                                        .where(CI_COUNTRY.eq(CO_ID))
                                        .orderBy(CI_ID))
                                .convertFrom(cities -> cities.map(Records.mapping(CityView::new))))
                .from(CO)
                .orderBy(CO_ID);
    }

    /** Each peer's statements with their values, for {@link Explain}. */
    public static Map<String, List<Explain.Statement>> serverStatements(Connection connection, DSLContext jooq) {
        List<CountryView> countries = nestql(connection);
        long[] countryIds = countries.stream().mapToLong(CountryView::id).toArray();
        long[] cityIds = countries.stream().flatMap(country -> country.cities().stream()).mapToLong(CityView::id).sorted().toArray();
        Map<String, List<Explain.Statement>> statements = new LinkedHashMap<>();
        statements.put("typedNestql, typedHandDecodedSameSql", List.of(new Explain.Statement(nestqlQuery().sql())));
        statements.put("jsonNestql", List.of(new Explain.Statement(nestqlQuery().jsonSql())));
        statements.put("jsonHandJsonAgg", List.of(new Explain.Statement(JSON_AGG)));
        statements.put("typedJoinRegroup", List.of(new Explain.Statement(JOIN)));
        statements.put("typedPrefetch", List.of(new Explain.Statement(COUNTRIES),
                new Explain.Statement(CITIES_OF_ALL, (Object) countryIds),
                new Explain.Statement(ADDRESSES_OF_ALL, (Object) cityIds)));
        List<Explain.Statement> nPlusOne = new ArrayList<>();
        nPlusOne.add(new Explain.Statement(COUNTRIES));
        for (long id : countryIds) {
            nPlusOne.add(new Explain.Statement(CITIES_OF_ONE, id));
        }
        for (long id : cityIds) {
            nPlusOne.add(new Explain.Statement(ADDRESSES_OF_ONE, id));
        }
        statements.put("typedNPlusOne", nPlusOne);
        statements.put("typedJooqMultiset", List.of(new Explain.Statement(jooqQuery(jooq).getSQL(ParamType.INLINED))));
        return statements;
    }
}
