package dev.nestql.example.print;

import dev.nestql.example.inventory.DeviceNameLength;
import dev.nestql.example.inventory.DeviceNameLengthQuery;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * {@code --print}: runs each seed example once and prints its result as a table (from the typed
 * records) and as JSON (as {@code writeJson} writes it), for a newcomer without a browser or curl.
 * Sections 2 to 8 are the tables of the annotations tutorial the network inventory comes from, in
 * its order, so that a reader can hold them against it row for row.
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
        print.tutorialIntroduction();
        print.providers();
        print.newestDevices();
        print.countsOverTwoRelations();
        print.longestDeviceNames();
        print.vlanCounts();
        print.edgeDevices();
        print.roleCounts();
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

    private void tutorialIntroduction() {
        out.println();
        out.println("The network inventory is the data of the networktocode tutorial \"Nautobot and Django QuerySet");
        out.println("Annotations\" (part 3). Sections 2 to 8 are its tables, in its order, each the result of a");
        out.println("nestql query; the line under each heading is the tutorial's Django code.");
    }

    private void providers() {
        heading("2. Providers with their number of circuits (Count)",
                "GET /providers; Provider.objects.annotate(circuit_count=Coalesce(Subquery(circuits), 0))", """
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

    private void newestDevices() {
        heading("3. Each location's newest device (First)",
                "Location.objects.annotate(newest_device=Subquery(recently_added)), the subquery sliced [:1]", """
                LocationStatsQuery.select()
                        .orderBy(LocationStatsQuery.NAME.asc())""");
        locationColumn("newestDevice", LocationStats::newestDevice,
                LocationStatsQuery.select().orderBy(LocationStatsQuery.NAME.asc()));
    }

    private void countsOverTwoRelations() throws SQLException {
        heading("4. Two counts over two relations: the prefixes and devices of lax (Count)",
                "Location.objects.annotate(pfx_count=Count(\"prefixes\"), device_count=Count(\"devices\"))", """
                LocationStatsQuery.select()
                        .where(LocationStatsQuery.NAME.eq("lax"))""");
        LocationStats lax = LocationStatsQuery.select()
                .where(LocationStatsQuery.NAME.eq("lax"))
                .first(dataSource)
                .orElseThrow();
        out.println(".first(dataSource), a record: " + lax.name() + " has " + lax.prefixCount() + " prefixes and "
                + lax.deviceCount() + " devices.");
        long[] naive = naiveDoubleJoin("lax");
        out.println();
        out.println("For comparison, one statement that joins prefixes and devices to count both (the bug the");
        out.println("blog warns about) says lax has " + naive[0] + " prefixes and " + naive[1]
                + " devices: every prefix is counted once per device.");
    }

    private void longestDeviceNames() {
        heading("5. The 20 longest device names (Sql)",
                "Device.objects.annotate(name_len=Length(F(\"name\"))).order_by(\"-name_len\"), the first 20", """
                DeviceNameLengthQuery.select()
                        .orderBy(DeviceNameLengthQuery.NAME_LENGTH.desc(), DeviceNameLengthQuery.ID.asc())
                        .limit(20)""");
        TextTable table = new TextTable("name", "nameLength");
        for (DeviceNameLength device : DeviceNameLengthQuery.select()
                .orderBy(DeviceNameLengthQuery.NAME_LENGTH.desc(), DeviceNameLengthQuery.ID.asc())
                .limit(20)
                .list(dataSource)) {
            table.row(device.name(), device.nameLength());
        }
        records(table);
        out.println();
        out.println("The tutorial orders by length alone; here names of the same length come in id order.");
    }

    private void vlanCounts() {
        heading("6. Locations with more than one VLAN (Count as a condition)",
                "Location.objects.annotate(vlans_count=Count(\"vlans\")).filter(vlans_count__gt=1)", """
                LocationStatsQuery.select()
                        .where(LocationStatsQuery.VLAN_COUNT.gt(1L))
                        .orderBy(LocationStatsQuery.NAME.asc())""");
        locationColumn("vlanCount", LocationStats::vlanCount, LocationStatsQuery.select()
                .where(LocationStatsQuery.VLAN_COUNT.gt(1L))
                .orderBy(LocationStatsQuery.NAME.asc()));
    }

    private void edgeDevices() {
        heading("7. Which locations have edge devices (Exists)",
                "Location.objects.annotate(has_edge_devices=Exists(edge_dev_sq)), devices with role slug edge", """
                LocationStatsQuery.select()
                        .orderBy(LocationStatsQuery.NAME.asc())""");
        locationColumn("hasEdgeDevices", LocationStats::hasEdgeDevices,
                LocationStatsQuery.select().orderBy(LocationStatsQuery.NAME.asc()));
    }

    private void roleCounts() {
        heading("8. The number of distinct device roles at each location (Count, distinct)",
                "Location.objects.annotate(devrole_count=Count(\"devices__device_role\", distinct=True))", """
                LocationStatsQuery.select()
                        .orderBy(LocationStatsQuery.NAME.asc())""");
        locationColumn("roleCount", LocationStats::roleCount,
                LocationStatsQuery.select().orderBy(LocationStatsQuery.NAME.asc()));
    }

    /** The name and one other component of each location the query returns. */
    private void locationColumn(String header, Function<LocationStats, Object> component, LocationStatsQuery query) {
        TextTable table = new TextTable("name", header);
        for (LocationStats location : query.list(dataSource)) {
            table.row(location.name(), component.apply(location));
        }
        out.println(".list(dataSource), name and " + header + " of each record:");
        out.println();
        table.print(out);
    }

    private void locationStats() {
        heading("9. Every location with all of these aggregates at once, by number of devices",
                "GET /locations?sort=-deviceCount", """
                LocationStatsQuery.select()
                        .orderBy(LocationStatsQuery.DEVICE_COUNT.desc(), LocationStatsQuery.NAME.asc())""");
        LocationStatsQuery query = LocationStatsQuery.select()
                .orderBy(LocationStatsQuery.DEVICE_COUNT.desc(), LocationStatsQuery.NAME.asc());
        records(locationTable(query));
        json(".writeJson(dataSource, out)");
        query.writeJson(dataSource, new JsonLines(out));
        out.println();
    }

    private void locationPage() {
        heading("10. A filtered page: locations with at least 16 VLANs, by name, rows 2 and 3",
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
        heading("11. One location with its devices nested",
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

    /** A section's title, the endpoint or Django code it answers, and its Java call. */
    private void heading(String title, String source, String java) {
        out.println();
        out.println("== " + title);
        out.println("   (" + source + ")");
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
        out.println(call + ", the JSON:");
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
