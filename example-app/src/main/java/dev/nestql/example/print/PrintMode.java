package dev.nestql.example.print;

import dev.nestql.example.inventory.DeviceView;
import dev.nestql.example.inventory.LocationDetail;
import dev.nestql.example.inventory.LocationDetailQuery;
import dev.nestql.example.inventory.LocationStats;
import dev.nestql.example.inventory.LocationStatsQuery;
import dev.nestql.example.inventory.ProviderCircuits;
import dev.nestql.example.inventory.ProviderCircuitsQuery;
import dev.nestql.example.shop.CategoryView;
import dev.nestql.example.shop.CategoryViewQuery;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * {@code --print}: runs each seed example once and prints its result as a table (from the typed
 * records) and as JSON (the text PostgreSQL built), for a newcomer without a browser or curl.
 */
public final class PrintMode {
    private final DataSource dataSource;
    private final PrintStream out;

    private PrintMode(DataSource dataSource, PrintStream out) {
        this.dataSource = dataSource;
        this.out = out;
    }

    /** Prints every example to {@code out}. */
    public static void print(DataSource dataSource, PrintStream out) throws SQLException {
        PrintMode print = new PrintMode(dataSource, out);
        print.venueCategories();
        print.providers();
        print.locationStats();
        print.locationPage();
        print.locationDetail();
        out.flush();
    }

    private void venueCategories() {
        heading("1. The forum question: the categories of venue 16, each with its products",
                "GET /venues/16/categories", """
                CategoryViewQuery.select()
                        .where(CategoryViewQuery.VENUE_ID.eq(16L))
                        .orderBy(CategoryViewQuery.ID.asc())""");
        CategoryViewQuery query = CategoryViewQuery.select()
                .where(CategoryViewQuery.VENUE_ID.eq(16L))
                .orderBy(CategoryViewQuery.ID.asc());
        TextTable table = new TextTable("id", "name", "products (id)");
        for (CategoryView category : query.list(dataSource)) {
            table.row(category.id(), category.name(),
                    category.products().stream().map(p -> Long.toString(p.id())).collect(Collectors.joining(", ")));
        }
        records(table);
        json(".writeJson(dataSource, out)");
        query.writeJson(dataSource, new JsonLines(out));
        out.println();
    }

    private void providers() {
        heading("2. Providers with their number of circuits (Count)",
                "GET /providers", """
                ProviderCircuitsQuery.select()
                        .orderBy(ProviderCircuitsQuery.NAME.asc())""");
        ProviderCircuitsQuery query = ProviderCircuitsQuery.select().orderBy(ProviderCircuitsQuery.NAME.asc());
        TextTable table = new TextTable("name", "circuitCount");
        for (ProviderCircuits provider : query.list(dataSource)) {
            table.row(provider.name(), provider.circuitCount());
        }
        records(table);
        json(".writeJson(dataSource, out)");
        query.writeJson(dataSource, new JsonLines(out));
        out.println();
    }

    private void locationStats() throws SQLException {
        heading("3. Locations: three counts over three relations, distinct roles, newest device, edge devices",
                "GET /locations?sort=-deviceCount", """
                LocationStatsQuery.select()
                        .orderBy(LocationStatsQuery.DEVICE_COUNT.desc(), LocationStatsQuery.NAME.asc())""");
        LocationStatsQuery query = LocationStatsQuery.select()
                .orderBy(LocationStatsQuery.DEVICE_COUNT.desc(), LocationStatsQuery.NAME.asc());
        records(locationTable(query));
        json(".writeJson(dataSource, out)");
        query.writeJson(dataSource, new JsonLines(out));
        out.println();
        long[] naive = naiveDoubleJoin("lax");
        out.println();
        out.println("For comparison, one statement that joins prefixes and devices to count both (the bug the");
        out.println("blog warns about) says lax has " + naive[0] + " prefixes and " + naive[1]
                + " devices: every prefix is counted once per device.");
    }

    private void locationPage() {
        heading("4. A filtered page: locations with at least 16 VLANs, by name, rows 2 and 3",
                "GET /locations?minVlans=16&sort=name&limit=2&offset=1", """
                LocationStatsQuery.select()
                        .where(LocationStatsQuery.VLAN_COUNT.ge(16L))
                        .orderBy(LocationStatsQuery.NAME.asc())
                        .limit(2)
                        .offset(1)""");
        LocationStatsQuery query = LocationStatsQuery.select()
                .where(LocationStatsQuery.VLAN_COUNT.ge(16L))
                .orderBy(LocationStatsQuery.NAME.asc())
                .limit(2)
                .offset(1);
        records(locationTable(query));
    }

    private void locationDetail() {
        heading("5. One location with its devices nested",
                "GET /locations/lax", """
                LocationDetailQuery.select()
                        .where(LocationDetailQuery.NAME.eq("lax"))""");
        LocationDetailQuery query = LocationDetailQuery.select().where(LocationDetailQuery.NAME.eq("lax"));
        LocationDetail lax = query.first(dataSource).orElseThrow();
        out.println(".first(dataSource), a record: " + lax.name() + " (" + lax.locationType() + ") with "
                + lax.prefixCount() + " prefixes, " + lax.vlanCount() + " VLANs, circuits of " + lax.providerCount()
                + (lax.providerCount() == 1 ? " provider" : " providers") + " and these " + lax.devices().size() + " devices:");
        out.println();
        TextTable devices = new TextTable("name", "role", "status", "lastUpdated");
        for (DeviceView device : lax.devices()) {
            devices.row(device.name(), device.role(), device.status(), device.lastUpdated());
        }
        devices.print(out);
        json(".writeFirstJson(dataSource, out)");
        query.writeFirstJson(dataSource, new JsonLines(out));
        out.println();
    }

    private TextTable locationTable(LocationStatsQuery query) {
        TextTable table = new TextTable(
                "name", "prefixCount", "deviceCount", "vlanCount", "roleCount", "newestDevice", "hasEdgeDevices");
        for (LocationStats location : query.list(dataSource)) {
            table.row(location.name(), location.prefixCount(), location.deviceCount(), location.vlanCount(),
                    location.roleCount(), location.newestDevice(), location.hasEdgeDevices());
        }
        return table;
    }

    private void heading(String title, String endpoint, String java) {
        out.println();
        out.println("== " + title);
        out.println("   (" + endpoint + ")");
        out.println();
        out.println(java);
        out.println();
    }

    private void records(TextTable table) {
        out.println(".list(dataSource), as records:");
        out.println();
        table.print(out);
    }

    private void json(String call) {
        out.println();
        out.println(call + ", the JSON as PostgreSQL built it:");
        out.println();
    }

    /** The counts of a hand-written join of both relations: what nestql's separate aggregates avoid. */
    private long[] naiveDoubleJoin(String location) throws SQLException {
        String sql = """
                SELECT count(p.id), count(d.id)
                FROM location l
                LEFT JOIN prefix p ON p.location_id = l.id
                LEFT JOIN device d ON d.location_id = l.id
                WHERE l.name = ?""";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, location);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }
}
