package dev.nestql.it.inventory;

import static dev.nestql.testsupport.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.inventory.Inventory.CircuitSummary;
import dev.nestql.it.inventory.Inventory.DeviceLabel;
import dev.nestql.it.inventory.Inventory.DeviceSummary;
import dev.nestql.it.inventory.Inventory.LocationActivity;
import dev.nestql.it.inventory.Inventory.LocationDeviceAges;
import dev.nestql.it.inventory.Inventory.LocationDevices;
import dev.nestql.it.inventory.Inventory.LocationNameLength;
import dev.nestql.it.inventory.Inventory.LocationStats;
import dev.nestql.it.inventory.Inventory.ProviderCircuitList;
import dev.nestql.it.inventory.Inventory.ProviderCircuits;
import dev.nestql.it.inventory.Inventory.ProviderExactAverage;
import dev.nestql.it.inventory.Inventory.ProviderRates;
import dev.nestql.it.inventory.Inventory.ProviderReach;
import dev.nestql.it.inventory.Inventory.RoleStats;
import dev.nestql.testsupport.Json;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.NestqlException;
import dev.nestql.query.ProjectionQuery;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Aggregates over relations ({@code @Count}, {@code @Sum}, {@code @Avg}, {@code @Min},
 * {@code @Max}, {@code @Exists}, {@code @First}) and {@code @Sql} on the network inventory of the
 * networktocode "QuerySet Annotations" blog. The expected tables are the fixture's, written out by
 * hand (see {@code sql/inventory.sql}); every aggregate is also checked against a plain SQL query
 * that computes it alone.
 */
class InventoryTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/inventory-schema.sql", "sql/inventory.sql");

    /** The id of the location named by the query's one parameter. */
    private static final String LOCATION = "(SELECT id FROM location WHERE name = ?)";
    /** The id of the provider named by the query's one parameter. */
    private static final String PROVIDER = "(SELECT id FROM provider WHERE name = ?)";

    private static final List<LocationStats> LOCATION_STATS = List.of(
            new LocationStats("ams01", 4, 10, 2, 16, true, "ams01-leaf-03", 5),
            new LocationStats("atl01", 3, 8, 2, 16, true, "atl01-edge-01", 5),
            new LocationStats("lax", 5, 12, 2, 20, true, "lax-leaf-05", 3),
            new LocationStats("sin01", 2, 6, 2, 20, true, "sin01-spine-01", 5),
            new LocationStats("Jersey City", 1, 3, 3, 8, false, "jcy-router-01", 11),
            new LocationStats("New York City", 2, 4, 4, 8, false, "nyc-leaf-01", 13));

    private static final ProviderRates NTT_RATES = new ProviderRates("NTT", 800_000L, 800_000L, 25_000.0, 25_000.0,
            10_000, 40_000, LocalDate.of(2018, 1, 15), LocalDate.of(2021, 2, 28), LocalDate.of(2020, 10, 31),
            8, true, true, "NTT-001");
    private static final ProviderRates TELIA_RATES = new ProviderRates("Telia Carrier", 121_000_000L, 121_000_000L,
            3_025_000.0, 3_025_000.0, 100_000, 10_000_000, LocalDate.of(2020, 6, 1), LocalDate.of(2021, 3, 1), null,
            0, true, false, "TELIA-001");

    // Providers.

    @Test
    void providersByCircuitCountThenName() {
        List<ProviderCircuits> providers = ProviderCircuitsQuery.select()
                .orderBy(ProviderCircuitsQuery.CIRCUIT_COUNT.desc(), ProviderCircuitsQuery.NAME.asc())
                .list(db.dataSource());

        assertEquals(List.of(
                new ProviderCircuits("NTT", 40),
                new ProviderCircuits("Telia Carrier", 40),
                new ProviderCircuits("Cogent", 0),
                new ProviderCircuits("Equinix", 0),
                new ProviderCircuits("GTT", 0),
                new ProviderCircuits("Lumen", 0),
                new ProviderCircuits("Zayo", 0)),
                providers);
    }

    @Test
    void filterOnTheCircuitCountHandle() {
        List<ProviderCircuits> providers = ProviderCircuitsQuery.select()
                .where(ProviderCircuitsQuery.CIRCUIT_COUNT.gt(0L))
                .orderBy(ProviderCircuitsQuery.CIRCUIT_COUNT.desc(), ProviderCircuitsQuery.NAME.asc())
                .list(db.dataSource());

        assertEquals(List.of(new ProviderCircuits("NTT", 40), new ProviderCircuits("Telia Carrier", 40)), providers);
    }

    @Test
    void providerCircuitCountsAgreeWithPlainSql() throws SQLException {
        List<ProviderCircuits> providers = ProviderCircuitsQuery.select().list(db.dataSource());

        assertEquals(7, providers.size());
        assertEachRowMatches(providers, ProviderCircuits::name, ProviderCircuits::circuitCount,
                "SELECT count(*) FROM circuit WHERE provider_id = " + PROVIDER);
    }

    @Test
    void sumAvgMinMaxExistsAndFirstOfCircuits() {
        List<ProviderRates> providers = ProviderRatesQuery.select()
                .orderBy(ProviderRatesQuery.TOTAL_RATE.desc(), ProviderRatesQuery.NAME.asc())
                .list(db.dataSource());

        assertEquals(List.of(TELIA_RATES, NTT_RATES, noCircuits("Cogent"), noCircuits("Equinix"), noCircuits("GTT"),
                noCircuits("Lumen"), noCircuits("Zayo")), providers);
    }

    @Test
    void providersWithoutCircuitsGetZeroNullFalseAndEmpty() {
        assertEquals(Optional.of(new ProviderCircuits("Cogent", 0)),
                ProviderCircuitsQuery.select().where(ProviderCircuitsQuery.NAME.eq("Cogent")).first(db.dataSource()));
        assertEquals(Optional.of(new ProviderRates("Cogent",
                        0L, null, // @Sum: primitive 0, boxed null
                        0.0, null, // @Avg: primitive 0, boxed null
                        null, null, null, null, null, // @Min, @Max
                        0, // @Count with a where
                        false, false, // @Exists
                        null)), // @First
                ProviderRatesQuery.select().where(ProviderRatesQuery.NAME.eq("Cogent")).first(db.dataSource()));
        assertEquals(Optional.of(new ProviderExactAverage("Cogent", null)),
                ProviderExactAverageQuery.select().where(ProviderExactAverageQuery.NAME.eq("Cogent")).first(db.dataSource()));
        assertEquals(Optional.of(new ProviderReach("Cogent", 0, 0, 0)),
                ProviderReachQuery.select().where(ProviderReachQuery.NAME.eq("Cogent")).first(db.dataSource()));
        assertEquals(Optional.of(new ProviderCircuitList("Cogent", List.of())),
                ProviderCircuitListQuery.select().where(ProviderCircuitListQuery.NAME.eq("Cogent")).first(db.dataSource()));

        // JSON may write the primitive average as 0 or 0.0.
        assertEquals(comparableJson(List.of(object("name", "Cogent", "totalRate", 0L, "totalRateOrNull", null,
                        "averageRate", 0L, "averageRateOrNull", null,
                        "lowestRate", null, "highestRate", null, "firstInstall", null, "lastInstall", null,
                        "lastUnratedInstall", null, "unratedCircuits", 0L,
                        "hasCircuits", false, "hasUnratedCircuits", false, "firstInstalledCircuit", null))),
                comparableJson(Json.parse(ProviderRatesQuery.select()
                        .where(ProviderRatesQuery.NAME.eq("Cogent")).json(db.dataSource()))));
    }

    @Test
    void averageAsBigDecimal() {
        List<ProviderExactAverage> providers = ProviderExactAverageQuery.select()
                .where(ProviderExactAverageQuery.NAME.in("NTT", "Telia Carrier", "Zayo"))
                .orderBy(ProviderExactAverageQuery.ID.asc())
                .list(db.dataSource());

        // numeric keeps the scale PostgreSQL gives it (25000.000000000000): compare values, not digits.
        assertEquals(List.of(
                new ProviderExactAverage("Telia Carrier", stripped(new BigDecimal("3025000"))),
                new ProviderExactAverage("Zayo", null),
                new ProviderExactAverage("NTT", stripped(new BigDecimal("25000")))),
                providers.stream().map(p -> new ProviderExactAverage(p.name(), stripped(p.averageRate()))).toList());
    }

    @Test
    void providerFoldsAgreeWithPlainSql() throws SQLException {
        List<ProviderRates> providers = ProviderRatesQuery.select().list(db.dataSource());
        String circuits = " FROM circuit WHERE provider_id = " + PROVIDER;

        assertEquals(7, providers.size());
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::totalRate,
                "SELECT coalesce(sum(commit_rate), 0)" + circuits);
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::totalRateOrNull,
                "SELECT sum(commit_rate)" + circuits);
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::averageRate,
                "SELECT coalesce(avg(commit_rate), 0)" + circuits);
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::averageRateOrNull,
                "SELECT avg(commit_rate)" + circuits);
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::lowestRate,
                "SELECT min(commit_rate)" + circuits);
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::highestRate,
                "SELECT max(commit_rate)" + circuits);
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::firstInstall,
                "SELECT min(install_date)" + circuits);
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::lastInstall,
                "SELECT max(install_date)" + circuits);
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::lastUnratedInstall,
                "SELECT max(install_date)" + circuits + " AND commit_rate IS NULL");
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::unratedCircuits,
                "SELECT count(*)" + circuits + " AND commit_rate IS NULL");
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::hasCircuits,
                "SELECT EXISTS (SELECT 1" + circuits + ")");
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::hasUnratedCircuits,
                "SELECT EXISTS (SELECT 1" + circuits + " AND commit_rate IS NULL)");
        assertEachRowMatches(providers, ProviderRates::name, ProviderRates::firstInstalledCircuit,
                "SELECT cid" + circuits + " ORDER BY install_date, id LIMIT 1");

        List<ProviderExactAverage> averages = ProviderExactAverageQuery.select().list(db.dataSource());
        assertEquals(7, averages.size());
        assertEachRowMatches(averages, ProviderExactAverage::name, ProviderExactAverage::averageRate,
                "SELECT avg(commit_rate)" + circuits);
    }

    @Test
    void twoAndThreeHopPathsFromProvidersToLocations() {
        List<ProviderReach> providers = ProviderReachQuery.select()
                .orderBy(ProviderReachQuery.LOCATION_COUNT.desc(), ProviderReachQuery.NAME.asc())
                .list(db.dataSource());

        assertEquals(List.of(
                new ProviderReach("Telia Carrier", 80, 4, 3),
                new ProviderReach("NTT", 80, 3, 2),
                new ProviderReach("Cogent", 0, 0, 0),
                new ProviderReach("Equinix", 0, 0, 0),
                new ProviderReach("GTT", 0, 0, 0),
                new ProviderReach("Lumen", 0, 0, 0),
                new ProviderReach("Zayo", 0, 0, 0)),
                providers);
    }

    @Test
    void providerReachAgreesWithPlainSql() throws SQLException {
        List<ProviderReach> providers = ProviderReachQuery.select().list(db.dataSource());
        String terminations = " FROM circuit c JOIN circuit_termination t ON t.circuit_id = c.id";

        assertEquals(7, providers.size());
        assertEachRowMatches(providers, ProviderReach::name, ProviderReach::terminationCount,
                "SELECT count(*)" + terminations + " WHERE c.provider_id = " + PROVIDER);
        assertEachRowMatches(providers, ProviderReach::name, ProviderReach::locationCount,
                "SELECT count(DISTINCT t.location_id)" + terminations + " WHERE c.provider_id = " + PROVIDER);
        assertEachRowMatches(providers, ProviderReach::name, ProviderReach::siteCount,
                "SELECT count(DISTINCT t.location_id)" + terminations + " JOIN location l ON l.id = t.location_id"
                        + " WHERE l.location_type = 'Site' AND c.provider_id = " + PROVIDER);
    }

    @Test
    void aggregatesInsideNestedCircuits() {
        List<ProviderCircuitList> providers = ProviderCircuitListQuery.select()
                .where(ProviderCircuitListQuery.NAME.in("NTT", "Telia Carrier", "Zayo"))
                .orderBy(ProviderCircuitListQuery.ID.asc())
                .list(db.dataSource());

        assertEquals(List.of(
                new ProviderCircuitList("Telia Carrier", List.of(
                        new CircuitSummary("TELIA-040", 10_000_000, 2, "sin01", "Jersey City"),
                        new CircuitSummary("TELIA-039", 10_000_000, 2, "sin01", "atl01"),
                        new CircuitSummary("TELIA-038", 10_000_000, 2, "sin01", "Jersey City"))),
                new ProviderCircuitList("Zayo", List.of()),
                new ProviderCircuitList("NTT", List.of(
                        new CircuitSummary("NTT-040", null, 2, "lax", "New York City"),
                        new CircuitSummary("NTT-039", 30_000, 2, "lax", "ams01"),
                        new CircuitSummary("NTT-038", 20_000, 2, "lax", "New York City")))),
                providers);
    }

    @Test
    void nestedCircuitAggregatesAgreeWithPlainSql() throws SQLException {
        List<CircuitSummary> circuits = ProviderCircuitListQuery.select().list(db.dataSource()).stream()
                .flatMap(provider -> provider.latestCircuits().stream())
                .toList();
        String circuit = "(SELECT id FROM circuit WHERE cid = ?)";
        String ends = "SELECT l.name FROM circuit_termination t JOIN location l ON l.id = t.location_id"
                + " WHERE t.circuit_id = " + circuit;

        assertEquals(6, circuits.size());
        assertEachRowMatches(circuits, CircuitSummary::cid, CircuitSummary::terminationCount,
                "SELECT count(*) FROM circuit_termination WHERE circuit_id = " + circuit);
        assertEachRowMatches(circuits, CircuitSummary::cid, CircuitSummary::aSide,
                ends + " ORDER BY t.term_side, t.id LIMIT 1");
        assertEachRowMatches(circuits, CircuitSummary::cid, CircuitSummary::zSide,
                ends + " ORDER BY t.term_side DESC, t.id LIMIT 1");
    }

    // Locations.

    @Test
    void locationStatsRowForRow() {
        // The prefixes and VLANs without a location (3 and 4) are in no row.
        assertEquals(LOCATION_STATS,
                LocationStatsQuery.select().orderBy(LocationStatsQuery.ID.asc()).list(db.dataSource()));
    }

    @Test
    void locationStatsAsJson() {
        assertEquals(List.of(
                object("name", "ams01", "pfxCount", 4L, "deviceCount", 10L, "devroleCount", 2L, "vlansCount", 16L,
                        "hasEdgeDevices", true, "newestDevice", "ams01-leaf-03", "nameLen", 5L),
                object("name", "atl01", "pfxCount", 3L, "deviceCount", 8L, "devroleCount", 2L, "vlansCount", 16L,
                        "hasEdgeDevices", true, "newestDevice", "atl01-edge-01", "nameLen", 5L),
                object("name", "lax", "pfxCount", 5L, "deviceCount", 12L, "devroleCount", 2L, "vlansCount", 20L,
                        "hasEdgeDevices", true, "newestDevice", "lax-leaf-05", "nameLen", 3L),
                object("name", "sin01", "pfxCount", 2L, "deviceCount", 6L, "devroleCount", 2L, "vlansCount", 20L,
                        "hasEdgeDevices", true, "newestDevice", "sin01-spine-01", "nameLen", 5L),
                object("name", "Jersey City", "pfxCount", 1L, "deviceCount", 3L, "devroleCount", 3L, "vlansCount", 8L,
                        "hasEdgeDevices", false, "newestDevice", "jcy-router-01", "nameLen", 11L),
                object("name", "New York City", "pfxCount", 2L, "deviceCount", 4L, "devroleCount", 4L, "vlansCount", 8L,
                        "hasEdgeDevices", false, "newestDevice", "nyc-leaf-01", "nameLen", 13L)),
                Json.parse(LocationStatsQuery.select().orderBy(LocationStatsQuery.ID.asc()).json(db.dataSource())));
    }

    @Test
    void writeJsonAndStreamCarryTheAggregates() {
        LocationStatsQuery query = LocationStatsQuery.select().orderBy(LocationStatsQuery.ID.asc());
        StringWriter out = new StringWriter();

        long written = query.writeJson(db.dataSource(), out);
        List<LocationStats> streamed;
        try (Stream<LocationStats> rows = query.stream(db.dataSource())) {
            streamed = rows.toList();
        }

        assertEquals(6, written);
        assertEquals(Json.parse(query.json(db.dataSource())), Json.parse(out.toString()));
        assertEquals(LOCATION_STATS, streamed);
    }

    @Test
    void aDoubleJoinMultipliesCountsButAggregatesDoNot() throws SQLException {
        Map<String, List<Long>> naive = new LinkedHashMap<>();
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT l.name, count(p.id), count(d.id)
                        FROM location l
                        LEFT JOIN prefix p ON p.location_id = l.id
                        LEFT JOIN device d ON d.location_id = l.id
                        GROUP BY l.name
                        """)) {
            while (rows.next()) {
                naive.put(rows.getString(1), List.of(rows.getLong(2), rows.getLong(3)));
            }
        }
        LocationStats lax = LocationStatsQuery.select()
                .where(LocationStatsQuery.NAME.eq("lax"))
                .first(db.dataSource())
                .orElseThrow();

        // Every prefix row is repeated once per device and the other way round: 5 * 12 = 60.
        assertEquals(List.of(60L, 60L), naive.get("lax"));
        assertEquals(5, lax.pfxCount());
        assertEquals(12, lax.deviceCount());
    }

    @Test
    void locationStatsAgreeWithPlainSql() throws SQLException {
        List<LocationStats> locations = LocationStatsQuery.select().list(db.dataSource());

        assertEquals(6, locations.size());
        assertEachRowMatches(locations, LocationStats::name, LocationStats::pfxCount,
                "SELECT count(*) FROM prefix WHERE location_id = " + LOCATION);
        assertEachRowMatches(locations, LocationStats::name, LocationStats::deviceCount,
                "SELECT count(*) FROM device WHERE location_id = " + LOCATION);
        assertEachRowMatches(locations, LocationStats::name, LocationStats::devroleCount,
                "SELECT count(DISTINCT device_role_id) FROM device WHERE location_id = " + LOCATION);
        assertEachRowMatches(locations, LocationStats::name, LocationStats::vlansCount,
                "SELECT count(*) FROM vlan WHERE location_id = " + LOCATION);
        assertEachRowMatches(locations, LocationStats::name, LocationStats::hasEdgeDevices,
                "SELECT EXISTS (SELECT 1 FROM device d JOIN device_role r ON r.id = d.device_role_id"
                        + " WHERE r.slug = 'edge' AND d.location_id = " + LOCATION + ")");
        assertEachRowMatches(locations, LocationStats::name, LocationStats::newestDevice,
                "SELECT name FROM device WHERE location_id = " + LOCATION + " ORDER BY last_updated DESC, id LIMIT 1");
        assertEachRowMatches(locations, LocationStats::name, LocationStats::nameLen,
                "SELECT length(name) FROM location WHERE name = ?");
    }

    @Test
    void filterOnAggregateHandles() {
        assertEquals(List.of("ams01", "atl01", "lax", "sin01"), locationNames(LocationStatsQuery.select()
                .where(LocationStatsQuery.VLANS_COUNT.gt(8))
                .orderBy(LocationStatsQuery.ID.asc())));
        assertEquals(List.of("Jersey City", "New York City"), locationNames(LocationStatsQuery.select()
                .where(LocationStatsQuery.HAS_EDGE_DEVICES.eq(false))
                .orderBy(LocationStatsQuery.ID.asc())));
        assertEquals(List.of("atl01", "sin01", "New York City"), locationNames(LocationStatsQuery.select()
                .where(LocationStatsQuery.VLANS_COUNT.gt(8).and(LocationStatsQuery.PFX_COUNT.lt(4L))
                        .or(LocationStatsQuery.NEWEST_DEVICE.eq("nyc-leaf-01")))
                .orderBy(LocationStatsQuery.ID.asc())));
    }

    @Test
    void orderByAggregateHandles() {
        assertEquals(List.of("lax", "ams01"), locationNames(LocationStatsQuery.select()
                .orderBy(LocationStatsQuery.DEVICE_COUNT.desc())
                .limit(2)));
        // Prefix counts tie at 2 for sin01 and New York City; the longer name comes first.
        assertEquals(List.of("Jersey City", "New York City", "sin01", "atl01", "ams01", "lax"),
                locationNames(LocationStatsQuery.select()
                        .orderBy(LocationStatsQuery.PFX_COUNT.asc(), LocationStatsQuery.NAME_LEN.desc())));
    }

    @Test
    void countWithAConditionOnAnAggregateHandle() {
        assertEquals(4, LocationStatsQuery.select().where(LocationStatsQuery.VLANS_COUNT.gt(8)).count(db.dataSource()));
        assertEquals(2, LocationStatsQuery.select().where(LocationStatsQuery.DEVROLE_COUNT.ge(3L)).count(db.dataSource()));
        assertEquals(3, LocationStatsQuery.select()
                .where(LocationStatsQuery.HAS_EDGE_DEVICES.eq(true))
                .limit(3)
                .count(db.dataSource()));
    }

    @Test
    void sqlExpressionsKeepNullInABoxAndRefuseItInAPrimitive() {
        LocationNameLength lax = LocationNameLengthQuery.select()
                .where(LocationNameLengthQuery.NAME.eq("lax"))
                .first(db.dataSource())
                .orElseThrow();
        assertEquals(new LocationNameLength("lax", null, 0), lax);

        LocationStrictLengthQuery strict = LocationStrictLengthQuery.select().orderBy(LocationStrictLengthQuery.ID.asc());
        NestqlException e = assertThrows(NestqlException.class, () -> strict.list(db.dataSource()));
        assertEquals("22004", e.sqlState());
        assertEquals(strict.sql(), e.sql());
        assertTrue(e.getMessage().contains("component lengthUnlessThree is a primitive, but its SQL expression gave null"),
                e.getMessage());
    }

    @Test
    void wholeTableReadsAggregateOnceAndPagesPerRow() {
        String wholeTable = LocationStatsQuery.select().sql();
        String page = LocationStatsQuery.select().orderBy(LocationStatsQuery.NAME.asc()).limit(20).sql();
        String filtered = LocationStatsQuery.select().where(LocationStatsQuery.NAME.eq("lax")).sql();

        // Every row: one derived table per relation path, the three aggregates over devices in one.
        assertTrue(wholeTable.contains("LEFT JOIN (SELECT t1.location_id AS k, count(*) AS \"deviceCount\", "
                + "count(DISTINCT t1.device_role_id) AS \"devroleCount\", "
                + "count(*) FILTER (WHERE t2.slug = 'edge') > 0 AS \"hasEdgeDevices\" FROM device t1 "
                + "LEFT JOIN device_role t2 ON t2.id = t1.device_role_id GROUP BY 1) a2 ON a2.k = t0.id"), wholeTable);
        // A page: the page first, then LATERAL subqueries for its rows only.
        assertTrue(page.contains(" FROM (SELECT t0.* FROM location t0 ORDER BY t0.name ASC, t0.id ASC LIMIT ?) t0 LEFT JOIN LATERAL "
                + "(SELECT count(*) AS \"pfxCount\" FROM prefix t1 WHERE t1.location_id = t0.id) a1 ON true"), page);
        // Ties in the order are broken by the @Id, so that pages are stable.
        assertTrue(page.endsWith(" ON true ORDER BY t0.name ASC, t0.id ASC"), page);
        assertFalse(page.contains("GROUP BY"), page);
        assertTrue(filtered.contains("LEFT JOIN LATERAL"), filtered);
        assertFalse(filtered.contains("GROUP BY"), filtered);
        assertTrue(LocationStatsQuery.select().serverJsonSql().contains("GROUP BY"));
        assertFalse(LocationStatsQuery.select().limit(20).serverJsonSql().contains("GROUP BY"));
    }

    @Test
    void pagesHoldTheSameValuesAsTheWholeTable() {
        assertPagesMatchWholeTable(LocationStatsQuery.select().orderBy(LocationStatsQuery.ID.asc()), 6);
        assertPagesMatchWholeTable(LocationActivityQuery.select().orderBy(LocationActivityQuery.ID.asc()), 6);
        assertPagesMatchWholeTable(LocationDeviceAgesQuery.select().orderBy(LocationDeviceAgesQuery.ID.asc()), 6);
        assertPagesMatchWholeTable(LocationDevicesQuery.select().orderBy(LocationDevicesQuery.ID.asc()), 6);
        assertPagesMatchWholeTable(ProviderRatesQuery.select().orderBy(ProviderRatesQuery.ID.asc()), 7);
        assertPagesMatchWholeTable(ProviderReachQuery.select().orderBy(ProviderReachQuery.ID.asc()), 7);
        assertPagesMatchWholeTable(ProviderCircuitListQuery.select().orderBy(ProviderCircuitListQuery.ID.asc()), 7);
        assertPagesMatchWholeTable(RoleStatsQuery.select().orderBy(RoleStatsQuery.ID.asc()), 5);
        // Sorted by a path: a page re-joins the path's table outside the page's derived table.
        assertPagesMatchWholeTable(DeviceSummaryQuery.select()
                .orderBy(DeviceSummaryQuery.ROLE.asc(), DeviceSummaryQuery.NAME.asc()), 43);
        // Sorted by aggregates: the whole read joins derived tables, the pages run subqueries.
        assertPagesMatchWholeTable(LocationStatsQuery.select()
                .orderBy(LocationStatsQuery.VLANS_COUNT.desc(), LocationStatsQuery.DEVICE_COUNT.asc()), 6);
        // Filtered: both the whole filtered list and its pages run subqueries.
        assertPagesMatchWholeTable(LocationStatsQuery.select()
                .where(LocationStatsQuery.DEVICE_COUNT.gt(3L))
                .orderBy(LocationStatsQuery.VLANS_COUNT.desc(), LocationStatsQuery.DEVICE_COUNT.asc()), 5);
    }

    @Test
    void countsWithConditionsAndDistinctCountsOverThreeHops() {
        assertEquals(List.of(
                new LocationActivity("ams01", "Site", 9, 0, 40, 2, true),
                new LocationActivity("atl01", "Site", 8, 0, 20, 1, false),
                new LocationActivity("lax", "Site", 10, 0, 40, 1, true),
                new LocationActivity("sin01", "Site", 5, 4, 20, 1, true),
                new LocationActivity("Jersey City", "City", 3, 2, 20, 1, false),
                new LocationActivity("New York City", "City", 3, 3, 20, 1, false)),
                LocationActivityQuery.select().orderBy(LocationActivityQuery.ID.asc()).list(db.dataSource()));
    }

    @Test
    void locationActivityAgreesWithPlainSql() throws SQLException {
        List<LocationActivity> locations = LocationActivityQuery.select().list(db.dataSource());

        assertEquals(6, locations.size());
        assertEachRowMatches(locations, LocationActivity::name, LocationActivity::activeDevices,
                "SELECT count(*) FROM device WHERE status = 'active' AND location_id = " + LOCATION);
        assertEachRowMatches(locations, LocationActivity::name, LocationActivity::coreDevices,
                "SELECT count(*) FROM device d JOIN device_role r ON r.id = d.device_role_id"
                        + " WHERE r.slug IN ('spine', 'router', 'backbone') AND d.location_id = " + LOCATION);
        assertEachRowMatches(locations, LocationActivity::name, LocationActivity::terminations,
                "SELECT count(*) FROM circuit_termination WHERE location_id = " + LOCATION);
        assertEachRowMatches(locations, LocationActivity::name, LocationActivity::providerCount,
                "SELECT count(DISTINCT c.provider_id) FROM circuit_termination t JOIN circuit c ON c.id = t.circuit_id"
                        + " WHERE t.location_id = " + LOCATION);
        assertEachRowMatches(locations, LocationActivity::name, LocationActivity::hasASide,
                "SELECT EXISTS (SELECT 1 FROM circuit_termination WHERE term_side = 'A' AND location_id = "
                        + LOCATION + ")");
    }

    @Test
    void firstFollowsItsOrderTiesAndCondition() {
        // At lax, lax-edge-02, -03 and -01 (inserted in that order) tie on the oldest timestamp:
        // "lastUpdated" alone breaks the tie by id, {"lastUpdated", "-name"} by name descending.
        // lax's newest device is planned, so its newest active device is another one.
        assertEquals(List.of(
                new LocationDeviceAges("ams01", "Leaf", "ams01-edge-01", "ams01-edge-01", "ams01-leaf-03",
                        Instant.parse("2024-03-10T17:45:00Z"), Instant.parse("2024-03-01T08:00:00Z")),
                new LocationDeviceAges("atl01", "Edge", "atl01-edge-02", "atl01-edge-02", "atl01-edge-01",
                        Instant.parse("2024-02-20T10:00:00Z"), Instant.parse("2024-02-10T10:00:00Z")),
                new LocationDeviceAges("lax", "Leaf", "lax-edge-02", "lax-edge-03", "lax-leaf-08",
                        Instant.parse("2024-01-31T23:59:59Z"), Instant.parse("2024-01-05T12:00:00Z")),
                new LocationDeviceAges("sin01", "Spine", "sin01-edge-01", "sin01-edge-01", "sin01-spine-01",
                        Instant.parse("2024-04-12T06:30:00Z"), Instant.parse("2024-04-01T06:30:00Z")),
                new LocationDeviceAges("Jersey City", "Router", "jcy-spine-01", "jcy-spine-01", "jcy-router-01",
                        Instant.parse("2023-12-01T15:00:00Z"), Instant.parse("2023-11-20T15:00:00Z")),
                new LocationDeviceAges("New York City", "Leaf", "nyc-spine-01", "nyc-spine-01", "nyc-leaf-01",
                        Instant.parse("2023-12-20T09:15:00Z"), Instant.parse("2023-12-05T09:15:00Z"))),
                LocationDeviceAgesQuery.select().orderBy(LocationDeviceAgesQuery.ID.asc()).list(db.dataSource()));
    }

    @Test
    void locationDeviceAgesAgreeWithPlainSql() throws SQLException {
        List<LocationDeviceAges> locations = LocationDeviceAgesQuery.select().list(db.dataSource());
        String devices = " FROM device WHERE location_id = " + LOCATION;

        assertEquals(6, locations.size());
        assertEachRowMatches(locations, LocationDeviceAges::name, LocationDeviceAges::newestDeviceRole,
                "SELECT r.name FROM device d JOIN device_role r ON r.id = d.device_role_id"
                        + " WHERE d.location_id = " + LOCATION + " ORDER BY d.last_updated DESC, d.id LIMIT 1");
        assertEachRowMatches(locations, LocationDeviceAges::name, LocationDeviceAges::oldestDevice,
                "SELECT name" + devices + " ORDER BY last_updated, id LIMIT 1");
        assertEachRowMatches(locations, LocationDeviceAges::name, LocationDeviceAges::oldestDeviceLastByName,
                "SELECT name" + devices + " ORDER BY last_updated, name DESC, id LIMIT 1");
        assertEachRowMatches(locations, LocationDeviceAges::name, LocationDeviceAges::newestActiveDevice,
                "SELECT name" + devices + " AND status = 'active' ORDER BY last_updated DESC, id LIMIT 1");
        assertEachRowMatches(locations, LocationDeviceAges::name, LocationDeviceAges::lastChange,
                "SELECT max(last_updated)" + devices);
        assertEachRowMatches(locations, LocationDeviceAges::name, LocationDeviceAges::firstChange,
                "SELECT min(last_updated)" + devices);
    }

    @Test
    void aggregatesInsideNestedDevices() {
        LocationDevicesQuery query = LocationDevicesQuery.select()
                .where(LocationDevicesQuery.NAME.in("sin01", "Jersey City"))
                .orderBy(LocationDevicesQuery.ID.asc());

        assertEquals(List.of(
                new LocationDevices("sin01", List.of(
                        new DeviceSummary("sin01-edge-01", "edge", 2, true),
                        new DeviceSummary("sin01-edge-02", "edge", 2, true),
                        new DeviceSummary("sin01-spine-01", "spine", 2, true),
                        new DeviceSummary("sin01-spine-02", "spine", 2, true),
                        new DeviceSummary("sin01-spine-03", "spine", 2, true),
                        new DeviceSummary("sin01-spine-04", "spine", 2, true))),
                new LocationDevices("Jersey City", List.of(
                        new DeviceSummary("jcy-leaf-01", "leaf", 1, false),
                        new DeviceSummary("jcy-router-01", "router", 1, false),
                        new DeviceSummary("jcy-spine-01", "spine", 1, false)))),
                query.list(db.dataSource()));
        assertEquals(List.of(object("name", "Jersey City", "devices", List.of(
                        object("name", "jcy-leaf-01", "role", "leaf", "prefixesAtLocation", 1L, "atASideLocation", false),
                        object("name", "jcy-router-01", "role", "router", "prefixesAtLocation", 1L, "atASideLocation", false),
                        object("name", "jcy-spine-01", "role", "spine", "prefixesAtLocation", 1L, "atASideLocation", false)))),
                Json.parse(query.where(LocationDevicesQuery.NAME.eq("Jersey City")).json(db.dataSource())));
    }

    @Test
    void nestedDeviceAggregatesAgreeWithPlainSql() throws SQLException {
        List<DeviceSummary> devices = LocationDevicesQuery.select().list(db.dataSource()).stream()
                .flatMap(location -> location.devices().stream())
                .toList();
        String deviceLocation = "(SELECT location_id FROM device WHERE name = ?)";

        assertEquals(43, devices.size());
        assertEachRowMatches(devices, DeviceSummary::name, DeviceSummary::prefixesAtLocation,
                "SELECT count(*) FROM prefix WHERE location_id = " + deviceLocation);
        assertEachRowMatches(devices, DeviceSummary::name, DeviceSummary::atASideLocation,
                "SELECT EXISTS (SELECT 1 FROM circuit_termination WHERE term_side = 'A' AND location_id = "
                        + deviceLocation + ")");
    }

    // Devices and roles.

    @Test
    void sqlExpressionWithToOnePlaceholders() throws SQLException {
        assertEquals(List.of(
                new DeviceLabel("lax-edge-01", "lax / Edge"),
                new DeviceLabel("nyc-backbone-01", "New York City / Backbone")),
                DeviceLabelQuery.select()
                        .where(DeviceLabelQuery.NAME.in("lax-edge-01", "nyc-backbone-01"))
                        .orderBy(DeviceLabelQuery.ID.asc())
                        .list(db.dataSource()));

        List<DeviceLabel> devices = DeviceLabelQuery.select().list(db.dataSource());
        assertEquals(43, devices.size());
        assertEachRowMatches(devices, DeviceLabel::name, DeviceLabel::label,
                "SELECT l.name || ' / ' || r.name FROM device d"
                        + " JOIN location l ON l.id = d.location_id JOIN device_role r ON r.id = d.device_role_id"
                        + " WHERE d.name = ?");
    }

    @Test
    void rolesCountDevicesAndDistinctLocations() throws SQLException {
        List<RoleStats> roles = RoleStatsQuery.select().orderBy(RoleStatsQuery.ID.asc()).list(db.dataSource());
        String devices = " FROM device WHERE device_role_id = (SELECT id FROM device_role WHERE slug = ?)";

        assertEquals(List.of(
                new RoleStats("edge", 10, 4, Instant.parse("2024-04-05T06:30:00Z")),
                new RoleStats("leaf", 24, 5, Instant.parse("2024-03-10T17:45:00Z")),
                new RoleStats("spine", 6, 3, Instant.parse("2024-04-12T06:30:00Z")),
                new RoleStats("router", 2, 2, Instant.parse("2023-12-10T09:15:00Z")),
                new RoleStats("backbone", 1, 1, Instant.parse("2023-12-15T09:15:00Z"))),
                roles);
        assertEachRowMatches(roles, RoleStats::slug, RoleStats::deviceCount, "SELECT count(*)" + devices);
        assertEachRowMatches(roles, RoleStats::slug, RoleStats::locationCount,
                "SELECT count(DISTINCT location_id)" + devices);
        assertEachRowMatches(roles, RoleStats::slug, RoleStats::lastChange, "SELECT max(last_updated)" + devices);
    }

    // Helpers.

    /** A provider without circuits, as {@link ProviderRates} reads it. */
    private static ProviderRates noCircuits(String name) {
        return new ProviderRates(name, 0L, null, 0.0, null, null, null, null, null, null, 0, false, false, null);
    }

    private static List<String> locationNames(LocationStatsQuery query) {
        return query.list(db.dataSource()).stream().map(LocationStats::name).toList();
    }

    /**
     * Asserts, row by row, that {@code value} of each row equals the one value {@code sql} returns
     * with the row's {@code key} bound to its one parameter: the aggregate computed on its own by
     * plain JDBC, one query per row. A query that returns no row stands for {@code null}.
     */
    private static <R> void assertEachRowMatches(List<R> rows, Function<R, ?> key, Function<R, ?> value, String sql)
            throws SQLException {
        assertFalse(rows.isEmpty(), "no rows to check");
        try (Connection connection = db.connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (R row : rows) {
                statement.setObject(1, key.apply(row));
                Object expected;
                try (ResultSet result = statement.executeQuery()) {
                    expected = result.next() ? result.getObject(1) : null;
                    assertFalse(result.next(), () -> "more than one row: " + sql);
                }
                assertEquals(comparable(expected), comparable(value.apply(row)), () -> row + "\n" + sql);
            }
        }
    }

    /**
     * A value in a form that compares equal whether JDBC or nestql read it: whole numbers as
     * {@code BigInteger} and others as {@code BigDecimal} without trailing zeros (so 25000,
     * 25000.0 and 25000.000 are equal), dates as {@code LocalDate}, timestamps as {@code Instant}.
     */
    private static Object comparable(Object value) {
        if (value instanceof Number number) {
            BigDecimal decimal = stripped(new BigDecimal(number.toString()));
            return decimal.scale() <= 0 ? decimal.toBigIntegerExact() : decimal;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        return value;
    }

    /** Parsed JSON with {@link #comparable} applied to every number. */
    private static Object comparableJson(Object json) {
        if (json instanceof Map<?, ?> object) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            object.forEach((key, value) -> copy.put(key, comparableJson(value)));
            return copy;
        }
        if (json instanceof List<?> array) {
            List<Object> copy = new ArrayList<>();
            array.forEach(value -> copy.add(comparableJson(value)));
            return copy;
        }
        return comparable(json);
    }

    private static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /**
     * Asserts that reading {@code query} (which must be ordered) in pages of two gives the same
     * records and the same JSON as reading it whole: paged and whole-table queries have different
     * SQL.
     */
    private static <P, Q extends ProjectionQuery<P, Q>> void assertPagesMatchWholeTable(Q query, int rows) {
        List<P> whole = query.list(db.dataSource());
        List<P> pages = new ArrayList<>();
        List<Object> jsonPages = new ArrayList<>();
        for (long offset = 0; offset < rows; offset += 2) {
            Q page = query.limit(2).offset(offset);
            pages.addAll(page.list(db.dataSource()));
            jsonPages.addAll((List<?>) Json.parse(page.json(db.dataSource())));
        }

        assertEquals(rows, whole.size(), query::sql);
        assertEquals(whole, pages, query::sql);
        assertEquals(Json.parse(query.json(db.dataSource())), jsonPages, query::serverJsonSql);
    }
}
