package dev.nestql.bench.world;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import dev.nestql.bench.Explain;
import dev.nestql.bench.world.CountryView.AddressView;
import dev.nestql.bench.world.CountryView.CityView;
import java.io.StringWriter;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.conf.ParamType;

/** Workload 4's ways of reading every country with its cities and their addresses. */
public final class WorldPeers {

    private WorldPeers() {}

    public static CountryViewQuery nestqlQuery() {
        return CountryViewQuery.select().orderBy(CountryViewQuery.ID.asc());
    }

    public static List<CountryView> nestql(Connection connection) {
        return nestqlQuery().list(connection);
    }

    /** nestql's {@code stream()}: nested lists as positional JSON, the transport {@code list()} used before. */
    public static List<CountryView> nestqlStream(Connection connection) {
        try (Stream<CountryView> rows = nestqlQuery().stream(connection)) {
            return rows.toList();
        }
    }

    public static String nestqlJson(Connection connection) {
        return nestqlQuery().json(connection);
    }

    /** {@code serverJson()}: the same JSON, built by PostgreSQL. */
    public static String nestqlServerJson(Connection connection) {
        return nestqlQuery().serverJson(connection);
    }

    /** {@code writeJson()} to a string. */
    public static String nestqlWriteJson(Connection connection) {
        StringWriter out = new StringWriter();
        nestqlQuery().writeJson(connection, out);
        return out.toString();
    }

    // The statement nestql generates, decoded by hand: countries, cities and addresses as rows of
    // their own (level 0, 1 or 2 in column 1). Column 2 is a country's position; 3 its id, a city's
    // country or an address's city; 4 a country's name; 5 a city's or an address's id; 6 a city's
    // name; 7 and 8 an address's street and postcode (text columns are each their own, typed exactly).

    private static final String SAME_SQL = nestqlQuery().sql();

    public static List<CountryView> handDecoded(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SAME_SQL); ResultSet rows = statement.executeQuery()) {
            List<long[]> positions = new ArrayList<>();
            List<CountryView> countries = new ArrayList<>();
            Map<Long, List<CityView>> cities = new HashMap<>();
            Map<Long, List<AddressView>> addresses = new HashMap<>();
            while (rows.next()) {
                switch (rows.getInt(1)) {
                    case 0 -> {
                        long id = rows.getLong(3);
                        positions.add(new long[] {rows.getLong(2), countries.size()});
                        countries.add(new CountryView(id, rows.getString(4), cities.computeIfAbsent(id, k -> new ArrayList<>())));
                    }
                    case 1 -> {
                        long id = rows.getLong(5);
                        cities.computeIfAbsent(rows.getLong(3), k -> new ArrayList<>()).add(new CityView(
                                id, rows.getString(6), addresses.computeIfAbsent(id, k -> new ArrayList<>())));
                    }
                    default -> addresses.computeIfAbsent(rows.getLong(3), k -> new ArrayList<>()).add(new AddressView(
                            rows.getLong(5), rows.getString(7), rows.getString(8)));
                }
            }
            for (List<CityView> list : cities.values()) {
                list.sort(Comparator.comparingLong(CityView::id));
            }
            for (List<AddressView> list : addresses.values()) {
                list.sort(Comparator.comparingLong(AddressView::id));
            }
            positions.sort(Comparator.comparingLong(position -> position[0]));
            List<CountryView> ordered = new ArrayList<>(countries.size());
            for (long[] position : positions) {
                ordered.add(countries.get((int) position[1]));
            }
            return ordered;
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

    // Prototypes of a one-statement typed transport that is not JSON: plain columns, as the JOIN
    // and prefetch send, but every level in one statement. Not what nestql generates today.

    /**
     * The UNION ALL prototype with a global sort. Columns: 1 level (0 country, 1 city, 2 address),
     * 2 the parent's id (a city's country, an address's city), 3-4 the country, 5-6 the city, 7-9
     * the address; each level's columns are NULL in the other levels' rows. The children of each
     * level are those whose parent is among the parents, {@code = ANY(ARRAY(SELECT ...))}: each
     * subquery runs once (an InitPlan) and the children are read through their foreign-key index,
     * as prefetch's {@code = ANY(?)} is ({@code IN (SELECT ...)} hash-joins scans of the tables).
     */
    static final String UNION_ALL_SORTED = """
            SELECT 0 AS level, NULL::bigint AS parent_id, co.id AS country_id, co.name AS country_name,
                   NULL::bigint AS city_id, NULL::text AS city_name,
                   NULL::bigint AS address_id, NULL::text AS street, NULL::text AS postcode
            FROM country co
            UNION ALL
            SELECT 1, ci.country_id, NULL, NULL, ci.id, ci.name, NULL, NULL, NULL
            FROM city ci WHERE ci.country_id = ANY(ARRAY(SELECT co.id FROM country co))
            UNION ALL
            SELECT 2, a.city_id, NULL, NULL, NULL, NULL, a.id, a.street, a.postcode
            FROM address a
            WHERE a.city_id = ANY(ARRAY(SELECT ci.id FROM city ci WHERE ci.country_id = ANY(ARRAY(SELECT co.id FROM country co))))
            ORDER BY 1, 2, 3, 5, 7""";

    /**
     * One statement, {@code UNION ALL} of a branch per level ({@link #UNION_ALL_SORTED}), ordered by
     * level, parent key, then each level's order key. Each level comes after its parents, grouped
     * by parent and in order, so the client stitches in one pass with one map lookup per parent.
     */
    public static List<CountryView> unionAllSorted(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UNION_ALL_SORTED); ResultSet rows = statement.executeQuery()) {
            List<CountryView> countries = new ArrayList<>();
            Map<Long, List<CityView>> citiesByCountry = new HashMap<>();
            Map<Long, List<AddressView>> addressesByCity = new HashMap<>();
            long country = 0;
            List<CityView> cities = null;
            long city = 0;
            List<AddressView> addresses = null;
            while (rows.next()) {
                switch (rows.getInt(1)) {
                    case 0 -> {
                        List<CityView> own = new ArrayList<>();
                        long id = rows.getLong(3);
                        countries.add(new CountryView(id, rows.getString(4), own));
                        citiesByCountry.put(id, own);
                    }
                    case 1 -> {
                        if (cities == null || rows.getLong(2) != country) {
                            country = rows.getLong(2);
                            cities = citiesByCountry.get(country);
                        }
                        List<AddressView> own = new ArrayList<>();
                        long id = rows.getLong(5);
                        cities.add(new CityView(id, rows.getString(6), own));
                        addressesByCity.put(id, own);
                    }
                    default -> {
                        if (addresses == null || rows.getLong(2) != city) {
                            city = rows.getLong(2);
                            addresses = addressesByCity.get(city);
                        }
                        addresses.add(new AddressView(rows.getLong(7), rows.getString(8), rows.getString(9)));
                    }
                }
            }
            return countries;
        }
    }

    /**
     * The UNION ALL prototype without a global sort. Columns: 1 level, 2 the parent's id, 3 the
     * country's position in the result ({@code row_number()} in the query's order), 4-5 the country,
     * 6-7 the city, 8-10 the address.
     */
    static final String UNION_ALL_UNSORTED = """
            SELECT 0 AS level, NULL::bigint AS parent_id, row_number() OVER (ORDER BY co.id) AS position,
                   co.id AS country_id, co.name AS country_name, NULL::bigint AS city_id, NULL::text AS city_name,
                   NULL::bigint AS address_id, NULL::text AS street, NULL::text AS postcode
            FROM country co
            UNION ALL
            SELECT 1, ci.country_id, NULL, NULL, NULL, ci.id, ci.name, NULL, NULL, NULL
            FROM city ci WHERE ci.country_id = ANY(ARRAY(SELECT co.id FROM country co))
            UNION ALL
            SELECT 2, a.city_id, NULL, NULL, NULL, NULL, NULL, a.id, a.street, a.postcode
            FROM address a
            WHERE a.city_id = ANY(ARRAY(SELECT ci.id FROM city ci WHERE ci.country_id = ANY(ARRAY(SELECT co.id FROM country co))))""";

    private static final Comparator<CityView> BY_CITY_ID = Comparator.comparingLong(CityView::id);
    private static final Comparator<AddressView> BY_ADDRESS_ID = Comparator.comparingLong(AddressView::id);

    /**
     * The same {@code UNION ALL} without {@code ORDER BY} ({@link #UNION_ALL_UNSORTED}): rows may come
     * in any order (an address before its city), so nothing relies on it. Each country carries its
     * position ({@code row_number()} over the query's order); cities and addresses are collected in
     * a {@code HashMap} by parent and sorted by their order key ({@code id}) in Java. Sorting in Java
     * is only right because the keys are numbers: a text key sorts by the server's collation, and
     * would need a rank computed by the server, which costs a sort.
     */
    public static List<CountryView> unionAllUnsorted(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UNION_ALL_UNSORTED); ResultSet rows = statement.executeQuery()) {
            List<CountryView> unordered = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            Map<Long, List<CityView>> citiesByCountry = new HashMap<>();
            Map<Long, List<AddressView>> addressesByCity = new HashMap<>();
            while (rows.next()) {
                switch (rows.getInt(1)) {
                    case 0 -> {
                        long id = rows.getLong(4);
                        positions.add(rows.getInt(3));
                        unordered.add(new CountryView(id, rows.getString(5), citiesByCountry.computeIfAbsent(id, k -> new ArrayList<>())));
                    }
                    case 1 -> {
                        long id = rows.getLong(6);
                        citiesByCountry.computeIfAbsent(rows.getLong(2), k -> new ArrayList<>())
                                .add(new CityView(id, rows.getString(7), addressesByCity.computeIfAbsent(id, k -> new ArrayList<>())));
                    }
                    default -> addressesByCity.computeIfAbsent(rows.getLong(2), k -> new ArrayList<>())
                            .add(new AddressView(rows.getLong(8), rows.getString(9), rows.getString(10)));
                }
            }
            CountryView[] countries = new CountryView[unordered.size()];
            for (int i = 0; i < countries.length; i++) {
                CountryView country = unordered.get(i);
                country.cities().sort(BY_CITY_ID);
                for (CityView city : country.cities()) {
                    city.addresses().sort(BY_ADDRESS_ID);
                }
                countries[positions.get(i) - 1] = country;
            }
            return Arrays.asList(countries);
        }
    }

    /**
     * The array_agg prototype: one row per country. Its cities are parallel arrays ordered by the
     * cities' order key. Its addresses, of all its cities, are parallel arrays too, ordered by the
     * city's order key, then the address's, with each address's city id beside it: arrays of
     * arrays must be rectangular in PostgreSQL, so the third level is flattened and cut apart by
     * the client. The whole table pre-aggregates each level once ({@code GROUP BY}).
     */
    static final String ARRAY_AGG = """
            SELECT co.id, co.name, ci.ids, ci.names, a.city_ids, a.ids, a.streets, a.postcodes
            FROM country co
            LEFT JOIN (SELECT ci.country_id, array_agg(ci.id ORDER BY ci.id) AS ids, array_agg(ci.name ORDER BY ci.id) AS names
                       FROM city ci GROUP BY ci.country_id) ci ON ci.country_id = co.id
            LEFT JOIN (SELECT ci.country_id,
                              array_agg(a.city_id ORDER BY ci.id, a.id) AS city_ids, array_agg(a.id ORDER BY ci.id, a.id) AS ids,
                              array_agg(a.street ORDER BY ci.id, a.id) AS streets, array_agg(a.postcode ORDER BY ci.id, a.id) AS postcodes
                       FROM address a JOIN city ci ON ci.id = a.city_id GROUP BY ci.country_id) a ON a.country_id = co.id
            ORDER BY co.id""";

    /**
     * One statement, one row per country with its cities and their addresses as parallel arrays
     * ({@link #ARRAY_AGG}), read with {@code ResultSet.getArray}: the addresses, in their cities'
     * order, are cut at each change of city id. pgjdbc reads the arrays in binary once the
     * statement is server-prepared (after {@code prepareThreshold}, 5 executions).
     */
    public static List<CountryView> arrayAgg(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ARRAY_AGG); ResultSet rows = statement.executeQuery()) {
            List<CountryView> countries = new ArrayList<>();
            while (rows.next()) {
                Long[] cityIds = elements(rows, 3, NO_LONGS);
                String[] cityNames = elements(rows, 4, NO_STRINGS);
                Long[] addressCities = elements(rows, 5, NO_LONGS);
                Long[] addressIds = elements(rows, 6, NO_LONGS);
                String[] streets = elements(rows, 7, NO_STRINGS);
                String[] postcodes = elements(rows, 8, NO_STRINGS);
                List<CityView> cities = new ArrayList<>(cityIds.length);
                int next = 0;
                for (int i = 0; i < cityIds.length; i++) {
                    List<AddressView> addresses = new ArrayList<>();
                    while (next < addressCities.length && addressCities[next].equals(cityIds[i])) {
                        addresses.add(new AddressView(addressIds[next], streets[next], postcodes[next]));
                        next++;
                    }
                    cities.add(new CityView(cityIds[i], cityNames[i], addresses));
                }
                countries.add(new CountryView(rows.getLong(1), rows.getString(2), cities));
            }
            return countries;
        }
    }

    private static final Long[] NO_LONGS = {};
    private static final String[] NO_STRINGS = {};

    /** The elements of an array column, {@code empty} for SQL NULL (no children). */
    @SuppressWarnings("unchecked")
    private static <T> T[] elements(ResultSet rows, int column, T[] empty) throws SQLException {
        Array array = rows.getArray(column);
        return array == null ? empty : (T[]) array.getArray();
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
        // stream() and writeJson(): the countries through a cursor, then the cities and addresses of
        // the batch (all 50 countries) by the countries' keys, bound once per level.
        statements.put("typedNestqlStream, jsonNestqlWriteJson", List.of(new Explain.Statement(nestqlQuery().streamSql()),
                new Explain.Statement(nestqlQuery().nestedChildrenSql(), countryIds, countryIds)));
        statements.put("jsonNestql", List.of(new Explain.Statement(nestqlQuery().sql())));
        statements.put("jsonNestqlServer", List.of(new Explain.Statement(nestqlQuery().serverJsonSql())));
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
        statements.put("typedUnionAllSorted", List.of(new Explain.Statement(UNION_ALL_SORTED)));
        statements.put("typedUnionAllUnsorted", List.of(new Explain.Statement(UNION_ALL_UNSORTED)));
        statements.put("typedArrayAgg", List.of(new Explain.Statement(ARRAY_AGG)));
        return statements;
    }
}
