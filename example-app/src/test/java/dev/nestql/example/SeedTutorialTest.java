package dev.nestql.example;

import static dev.nestql.testsupport.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.example.inventory.DeviceNameLength;
import dev.nestql.example.inventory.DeviceNameLengthQuery;
import dev.nestql.example.inventory.LocationStats;
import dev.nestql.example.inventory.LocationStatsQuery;
import dev.nestql.example.inventory.ProviderCircuits;
import dev.nestql.example.inventory.ProviderCircuitsQuery;
import dev.nestql.example.support.TestPostgres;
import dev.nestql.testsupport.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo data reproduces the tutorial the network inventory comes from (networktocode, "Nautobot
 * and Django QuerySet Annotations", part 3, in {@code shared/seeds/004_9a610004358dfed4.txt}):
 * each of its published tables, pasted below as the tutorial prints it, is what the nestql query
 * for the same question returns on the app's demo data, row for row and in order; and
 * {@code --print}, run as a user runs it, prints each of them in the tutorial's order.
 *
 * <p>The expected rows come from the tutorial's text, never from the code under test.
 */
class SeedTutorialTest {
    // The tutorial's output, verbatim (its pprint of each query's values).

    /** "Coalesce Function": every provider with its number of circuits, 0 when it has none. */
    private static final String PROVIDERS = """
            [{'circuit_count': 0, 'name': 'AT&T'},
            {'circuit_count': 0, 'name': 'Cogent'},
            {'circuit_count': 0, 'name': 'Deutsche Telekom'},
            {'circuit_count': 0, 'name': 'GTT'},
            {'circuit_count': 0, 'name': 'Liberty Global'},
            {'circuit_count': 0, 'name': 'Lumen Technologies'},
            {'circuit_count': 40, 'name': 'NTT'},
            {'circuit_count': 0, 'name': 'Orange'},
            {'circuit_count': 0, 'name': 'PCCW Global'},
            {'circuit_count': 0, 'name': 'Sprint'},
            {'circuit_count': 0, 'name': 'Tata Communications'},
            {'circuit_count': 0, 'name': 'Telecom Italia'},
            {'circuit_count': 40, 'name': 'Telia Carrier'},
            {'circuit_count': 0, 'name': 'Telxius'},
            {'circuit_count': 0, 'name': 'Verizon'},
            {'circuit_count': 0, 'name': 'Zayo'}]
            """;

    /** "Limiting Subquery Results to One Column and One Row": each location's newest device. */
    private static final String NEWEST_DEVICES = """
            [{'name': 'Jersey City', 'newest_device': 'jcy-spine-02.infra.ntc.com'},
            {'name': 'New York City', 'newest_device': 'nyc-spine-02.infra.ntc.com'},
            {'name': 'ams', 'newest_device': 'ams-leaf-08'},
            {'name': 'atl', 'newest_device': 'atl-leaf-08'},
            {'name': 'bkk', 'newest_device': 'bkk-leaf-08'},
            {'name': 'can', 'newest_device': 'can-leaf-08'},
            {'name': 'cdg', 'newest_device': 'cdg-leaf-08'},
            {'name': 'del', 'newest_device': 'del-leaf-10'},
            {'name': 'den', 'newest_device': 'den-leaf-08'},
            {'name': 'dfw', 'newest_device': 'dfw-leaf-08'},
            {'name': 'dxb', 'newest_device': 'dxb-leaf-08'},
            {'name': 'fra', 'newest_device': 'fra-leaf-08'},
            {'name': 'hkg', 'newest_device': 'hkg-leaf-08'},
            {'name': 'hnd', 'newest_device': 'hnd-leaf-08'},
            {'name': 'icn', 'newest_device': 'icn-leaf-04'},
            {'name': 'jfk', 'newest_device': 'jfk-leaf-08'},
            {'name': 'lax', 'newest_device': 'lax-leaf-10'},
            {'name': 'lhr', 'newest_device': 'lhr-leaf-08'},
            {'name': 'ord', 'newest_device': 'ord-leaf-08'},
            {'name': 'pek', 'newest_device': 'pek-leaf-08'},
            {'name': 'pvg', 'newest_device': 'pvg-leaf-04'},
            {'name': 'sin', 'newest_device': 'sin-leaf-08'}]
            """;

    /** "Using Length Function": the first 20 devices by the length of their names, longest first. */
    private static final String LONGEST_NAMES = """
            [<Device: jcy-spine-02.infra.ntc.com>,
            <Device: nyc-spine-01.infra.ntc.com>,
            <Device: jcy-spine-01.infra.ntc.com>,
            <Device: nyc-spine-02.infra.ntc.com>,
            <Device: nyc-leaf-02.infra.ntc.com>,
            <Device: nyc-leaf-01.infra.ntc.com>,
            <Device: jcy-rtr-01.infra.ntc.com>,
            <Device: nyc-rtr-01.infra.ntc.com>,
            <Device: jcy-rtr-02.infra.ntc.com>,
            <Device: nyc-rtr-02.infra.ntc.com>,
            <Device: jcy-bb-01.infra.ntc.com>,
            <Device: nyc-bb-01.infra.ntc.com>,
            <Device: den-leaf-02>,
            <Device: dfw-leaf-05>,
            <Device: dxb-leaf-02>,
            <Device: dxb-leaf-05>,
            <Device: fra-leaf-04>,
            <Device: fra-leaf-08>,
            <Device: hkg-edge-01>,
            <Device: hkg-leaf-06>]
            """;

    /** "Filtering Values of the Annotation Field": the locations with more than one VLAN. */
    private static final String VLAN_COUNTS = """
            [{'name': 'ams', 'vlans_count': 16},
            {'name': 'atl', 'vlans_count': 16},
            {'name': 'bkk', 'vlans_count': 16},
            {'name': 'can', 'vlans_count': 16},
            {'name': 'cdg', 'vlans_count': 16},
            {'name': 'del', 'vlans_count': 20},
            {'name': 'den', 'vlans_count': 16},
            {'name': 'dfw', 'vlans_count': 16},
            {'name': 'dxb', 'vlans_count': 16},
            {'name': 'fra', 'vlans_count': 16},
            {'name': 'hkg', 'vlans_count': 16},
            {'name': 'hnd', 'vlans_count': 16},
            {'name': 'icn', 'vlans_count': 8},
            {'name': 'jfk', 'vlans_count': 16},
            {'name': 'lax', 'vlans_count': 20},
            {'name': 'lhr', 'vlans_count': 16},
            {'name': 'ord', 'vlans_count': 16},
            {'name': 'pek', 'vlans_count': 16},
            {'name': 'pvg', 'vlans_count': 8},
            {'name': 'sin', 'vlans_count': 16}]
            """;

    /** "Using Exists Subquery": whether each location has a device of role edge. */
    private static final String EDGE_DEVICES = """
            [{'has_edge_devices': False, 'name': 'Jersey City'},
            {'has_edge_devices': False, 'name': 'New York City'},
            {'has_edge_devices': True, 'name': 'ams'},
            {'has_edge_devices': True, 'name': 'atl'},
            {'has_edge_devices': True, 'name': 'bkk'},
            {'has_edge_devices': True, 'name': 'can'},
            {'has_edge_devices': True, 'name': 'cdg'},
            {'has_edge_devices': True, 'name': 'del'},
            {'has_edge_devices': True, 'name': 'den'},
            {'has_edge_devices': True, 'name': 'dfw'},
            {'has_edge_devices': True, 'name': 'dxb'},
            {'has_edge_devices': True, 'name': 'fra'},
            {'has_edge_devices': True, 'name': 'hkg'},
            {'has_edge_devices': True, 'name': 'hnd'},
            {'has_edge_devices': True, 'name': 'icn'},
            {'has_edge_devices': True, 'name': 'jfk'},
            {'has_edge_devices': True, 'name': 'lax'},
            {'has_edge_devices': True, 'name': 'lhr'},
            {'has_edge_devices': True, 'name': 'ord'},
            {'has_edge_devices': True, 'name': 'pek'},
            {'has_edge_devices': True, 'name': 'pvg'},
            {'has_edge_devices': True, 'name': 'sin'}]
            """;

    /** "Count distinct Argument": the number of distinct device roles at each location. */
    private static final String ROLE_COUNTS = """
            [{'devrole_count': 3, 'name': 'Jersey City'},
            {'devrole_count': 4, 'name': 'New York City'},
            {'devrole_count': 2, 'name': 'ams'},
            {'devrole_count': 2, 'name': 'atl'},
            {'devrole_count': 2, 'name': 'bkk'},
            {'devrole_count': 2, 'name': 'can'},
            {'devrole_count': 2, 'name': 'cdg'},
            {'devrole_count': 2, 'name': 'del'},
            {'devrole_count': 2, 'name': 'den'},
            {'devrole_count': 2, 'name': 'dfw'},
            {'devrole_count': 2, 'name': 'dxb'},
            {'devrole_count': 2, 'name': 'fra'},
            {'devrole_count': 2, 'name': 'hkg'},
            {'devrole_count': 2, 'name': 'hnd'},
            {'devrole_count': 2, 'name': 'icn'},
            {'devrole_count': 2, 'name': 'jfk'},
            {'devrole_count': 2, 'name': 'lax'},
            {'devrole_count': 2, 'name': 'lhr'},
            {'devrole_count': 2, 'name': 'ord'},
            {'devrole_count': 2, 'name': 'pek'},
            {'devrole_count': 2, 'name': 'pvg'},
            {'devrole_count': 2, 'name': 'sin'}]
            """;

    /**
     * "Annotations Across Many Tables": lax has 5 prefixes and 12 devices, each counted alone; one
     * query that joins both relations says 60 and 60.
     */
    private static final long LAX_PREFIXES = 5;
    private static final long LAX_DEVICES = 12;
    private static final long LAX_DOUBLE_JOIN = 60;

    private static String schema;
    private static ExampleService app;

    @BeforeAll
    static void start() throws Exception {
        schema = TestPostgres.createSchema();
        app = ExampleService.open(new Settings(Optional.of(TestPostgres.url(schema)), 0,
                Files.createTempDirectory("unused-embedded"), Duration.ofSeconds(5), Duration.ofSeconds(30), 2));
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        TestPostgres.dropSchema(schema);
    }

    private static DataSource dataSource() {
        return app.dataSource();
    }

    @Test
    void providersWithTheirCircuitCounts() {
        List<Map<String, String>> tutorial = dicts(PROVIDERS);
        assertEquals(16, tutorial.size());
        ProviderCircuitsQuery query = ProviderCircuitsQuery.select().orderBy(ProviderCircuitsQuery.NAME.asc());

        assertEquals(tutorial.stream()
                        .map(row -> new ProviderCircuits(row.get("name"), Long.parseLong(row.get("circuit_count"))))
                        .toList(),
                query.list(dataSource()));
        assertEquals(tutorial.stream()
                        .map(row -> object("name", row.get("name"), "circuitCount", Long.parseLong(row.get("circuit_count"))))
                        .toList(),
                Json.parse(query.json(dataSource())));
    }

    @Test
    void eachLocationsNewestDevice() {
        List<Map<String, String>> tutorial = dicts(NEWEST_DEVICES);
        assertEquals(22, tutorial.size());

        assertEquals(pairs(tutorial, "name", "newest_device"),
                pairs(LocationStatsQuery.select().orderBy(LocationStatsQuery.NAME.asc()).list(dataSource()),
                        LocationStats::newestDevice));
    }

    @Test
    void laxHasFivePrefixesAndTwelveDevicesWhereADoubleJoinSaysSixtyAndSixty() throws SQLException {
        LocationStats lax = LocationStatsQuery.select()
                .where(LocationStatsQuery.NAME.eq("lax"))
                .first(dataSource())
                .orElseThrow();
        assertEquals(LAX_PREFIXES, lax.prefixCount());
        assertEquals(LAX_DEVICES, lax.deviceCount());

        // The tutorial's wrong figures, from the join Django writes for two Counts in one annotate().
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(p.id), count(d.id) FROM location l"
                        + " LEFT JOIN prefix p ON p.location_id = l.id LEFT JOIN device d ON d.location_id = l.id"
                        + " WHERE l.name = 'lax'")) {
            assertTrue(row.next());
            assertEquals(LAX_DOUBLE_JOIN, row.getLong(1));
            assertEquals(LAX_DOUBLE_JOIN, row.getLong(2));
        }
    }

    @Test
    void theTwentyLongestDeviceNames() {
        List<String> tutorial = devices(LONGEST_NAMES);
        assertEquals(20, tutorial.size());

        List<DeviceNameLength> longest = DeviceNameLengthQuery.select()
                .orderBy(DeviceNameLengthQuery.NAME_LENGTH.desc(), DeviceNameLengthQuery.ID.asc())
                .limit(20)
                .list(dataSource());
        assertEquals(tutorial, longest.stream().map(DeviceNameLength::name).toList());
        for (DeviceNameLength device : longest) {
            assertEquals(device.name().length(), device.nameLength(), device.name());
        }
        // Every other device's name is at most as long as the 20th: the list is the longest, not a sample.
        assertEquals(List.of(), DeviceNameLengthQuery.select()
                .where(DeviceNameLengthQuery.NAME_LENGTH.gt(tutorial.get(19).length())
                        .and(DeviceNameLengthQuery.NAME.in(tutorial).not()))
                .list(dataSource()));
    }

    @Test
    void locationsWithMoreThanOneVlan() {
        List<Map<String, String>> tutorial = dicts(VLAN_COUNTS);
        assertEquals(20, tutorial.size());

        assertEquals(pairs(tutorial, "name", "vlans_count"),
                pairs(LocationStatsQuery.select()
                        .where(LocationStatsQuery.VLAN_COUNT.gt(1L))
                        .orderBy(LocationStatsQuery.NAME.asc())
                        .list(dataSource()), LocationStats::vlanCount));
    }

    @Test
    void whichLocationsHaveEdgeDevices() {
        List<Map<String, String>> tutorial = dicts(EDGE_DEVICES);
        assertEquals(22, tutorial.size());

        assertEquals(pairs(tutorial, "name", "has_edge_devices"),
                pairs(LocationStatsQuery.select().orderBy(LocationStatsQuery.NAME.asc()).list(dataSource()),
                        LocationStats::hasEdgeDevices));
    }

    @Test
    void distinctDeviceRolesAtEachLocation() {
        List<Map<String, String>> tutorial = dicts(ROLE_COUNTS);
        assertEquals(22, tutorial.size());

        assertEquals(pairs(tutorial, "name", "devrole_count"),
                pairs(LocationStatsQuery.select().orderBy(LocationStatsQuery.NAME.asc()).list(dataSource()),
                        LocationStats::roleCount));
    }

    /**
     * {@code --print}, started as a user starts it (its own JVM, {@code DATABASE_URL} naming an
     * empty schema), prints the tutorial's tables as sections 2 to 8, in the tutorial's order.
     */
    @Test
    void printShowsEachTableOfTheTutorialInItsOrder() throws Exception {
        String printSchema = TestPostgres.createSchema();
        Path out = Files.createTempFile("example-app-print", ".txt");
        Path err = Files.createTempFile("example-app-print", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    ExampleApp.class.getName(), "--print");
            builder.environment().remove("PORT");
            builder.environment().put("DATABASE_URL", TestPostgres.url(printSchema));
            builder.redirectOutput(out.toFile());
            builder.redirectError(err.toFile());
            Process print = builder.start();
            try {
                assertTrue(print.waitFor(120, TimeUnit.SECONDS), "--print ends");
            } finally {
                print.destroyForcibly();
            }
            assertEquals(0, print.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            TestPostgres.dropSchema(printSchema);
        }
        Map<Integer, String> sections = sections(Files.readString(out, StandardCharsets.UTF_8));

        assertEquals(dicts(PROVIDERS).stream().map(row -> List.of(row.get("name"), row.get("circuit_count"))).toList(),
                table(sections.get(2)));
        assertEquals(pairs(dicts(NEWEST_DEVICES), "name", "newest_device"), table(sections.get(3)));
        assertTrue(sections.get(4).contains("lax has " + LAX_PREFIXES + " prefixes and " + LAX_DEVICES + " devices."),
                sections.get(4));
        assertTrue(sections.get(4).contains("says lax has " + LAX_DOUBLE_JOIN + " prefixes and " + LAX_DOUBLE_JOIN
                + " devices"), sections.get(4));
        assertEquals(devices(LONGEST_NAMES).stream().map(name -> List.of(name, Integer.toString(name.length()))).toList(),
                table(sections.get(5)));
        assertEquals(pairs(dicts(VLAN_COUNTS), "name", "vlans_count"), table(sections.get(6)));
        assertEquals(pairs(dicts(EDGE_DEVICES), "name", "has_edge_devices"), table(sections.get(7)));
        assertEquals(pairs(dicts(ROLE_COUNTS), "name", "devrole_count"), table(sections.get(8)));
    }

    // Reading the tutorial's pprint output and the app's text tables.

    private static final Pattern DICT = Pattern.compile("\\{([^}]*)}");
    private static final Pattern ENTRY = Pattern.compile("'(\\w+)': (?:'([^']*)'|(\\w+))");
    private static final Pattern DEVICE = Pattern.compile("<Device: ([^>]+)>");
    private static final Pattern SECTION = Pattern.compile("(?m)^== (\\d+)\\. ");

    /** The dicts of a pprint'ed list, each as its keys and values (strings unquoted, others as written). */
    private static List<Map<String, String>> dicts(String pprint) {
        List<Map<String, String>> dicts = new ArrayList<>();
        Matcher dict = DICT.matcher(pprint);
        while (dict.find()) {
            Map<String, String> entries = new LinkedHashMap<>();
            Matcher entry = ENTRY.matcher(dict.group(1));
            while (entry.find()) {
                entries.put(entry.group(1), entry.group(2) != null ? entry.group(2) : entry.group(3));
            }
            dicts.add(entries);
        }
        return dicts;
    }

    /** The names of a pprint'ed list of Device objects. */
    private static List<String> devices(String pprint) {
        List<String> names = new ArrayList<>();
        Matcher device = DEVICE.matcher(pprint);
        while (device.find()) {
            names.add(device.group(1));
        }
        return names;
    }

    /** Each tutorial row as the text of two of its values; Python's True and False as Java writes them. */
    private static List<List<String>> pairs(List<Map<String, String>> rows, String first, String second) {
        return rows.stream().map(row -> List.of(row.get(first), python(row.get(second)))).toList();
    }

    private static String python(String value) {
        return switch (value) {
            case "True" -> "true";
            case "False" -> "false";
            default -> value;
        };
    }

    /** Each location's name and one component, as text. */
    private static List<List<String>> pairs(List<LocationStats> locations, Function<LocationStats, Object> component) {
        return locations.stream().map(location -> List.of(location.name(), String.valueOf(component.apply(location))))
                .toList();
    }

    /** The {@code --print} output by section number, each from its heading to the next. */
    private static Map<Integer, String> sections(String printed) {
        Map<Integer, String> sections = new LinkedHashMap<>();
        Matcher heading = SECTION.matcher(printed);
        int number = -1;
        int start = -1;
        while (heading.find()) {
            if (number >= 0) {
                sections.put(number, printed.substring(start, heading.start()));
            }
            number = Integer.parseInt(heading.group(1));
            start = heading.start();
        }
        if (number >= 0) {
            sections.put(number, printed.substring(start));
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), new ArrayList<>(sections.keySet()), printed);
        return sections;
    }

    /** The rows of the first text table of a section: the lines after its rule of dashes, up to a blank line. */
    private static List<List<String>> table(String section) {
        List<String> lines = section.lines().toList();
        int rule = 0;
        while (rule < lines.size() && !lines.get(rule).matches("-+( +-+)*")) {
            rule++;
        }
        assertTrue(rule < lines.size(), "no table in: " + section);
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(rule + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            rows.add(List.of(line.strip().split(" {2,}")));
        }
        return rows;
    }
}
