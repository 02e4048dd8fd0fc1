package dev.nestql.example;

import static dev.nestql.testsupport.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.nestql.example.support.TestPostgres;
import dev.nestql.testsupport.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The app over HTTP, as a client sees it: started on a free port on a fresh schema of a real
 * PostgreSQL, every endpoint called with {@link HttpClient}, bodies parsed as JSON. The expected
 * figures are those of the annotations tutorial that {@code db/inventory-demo.sql} reproduces
 * (SeedTutorialTest holds its tables) and the rows of {@code db/shop.sql}.
 */
class ApiTest {
    private static String schema;
    private static ExampleService app;
    private static HttpClient client;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        schema = TestPostgres.createSchema();
        Path unused = Files.createTempDirectory("unused-embedded");
        app = ExampleService.open(new Settings(Optional.of(TestPostgres.url(schema)), 0, unused, Duration.ofSeconds(5), Duration.ofSeconds(30), 10));
        int port = app.serve(0);
        base = URI.create("http://localhost:" + port);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        TestPostgres.dropSchema(schema);
    }

    // The expected rows, written from the data set's design, not read from the app.

    /** The locations' ids, as {@code inventory-demo.sql} numbers them: the sites by name, then the two cities. */
    private static final List<String> LOCATION_IDS = List.of("ams", "atl", "bkk", "can", "cdg", "del", "den", "dfw",
            "dxb", "fra", "hkg", "hnd", "icn", "jfk", "lax", "lhr", "ord", "pek", "pvg", "sin", "Jersey City",
            "New York City");

    /** The sites with 8 leaves and 2 edge devices, 16 VLANs and 4 prefixes, by name. */
    private static final List<String> EIGHT_LEAF_SITES = List.of(
            "ams", "atl", "bkk", "can", "cdg", "den", "dfw", "dxb", "fra", "hkg", "hnd", "jfk", "lhr", "ord", "pek", "sin");

    private static final List<Object> LOCATIONS_BY_DEVICE_COUNT = locationsByDeviceCount();

    private static List<Object> locationsByDeviceCount() {
        List<Object> locations = new ArrayList<>();
        locations.add(location("del", 5, 12, 20, 2, "del-leaf-10", true));
        locations.add(location("lax", 5, 12, 20, 2, "lax-leaf-10", true));
        for (String site : EIGHT_LEAF_SITES) {
            locations.add(location(site, 4, 10, 16, 2, site + "-leaf-08", true));
        }
        locations.add(location("New York City", 2, 7, 0, 4, "nyc-spine-02.infra.ntc.com", false));
        locations.add(location("icn", 2, 6, 8, 2, "icn-leaf-04", true));
        locations.add(location("pvg", 2, 6, 8, 2, "pvg-leaf-04", true));
        locations.add(location("Jersey City", 1, 5, 0, 3, "jcy-spine-02.infra.ntc.com", false));
        return List.copyOf(locations);
    }

    private static Map<String, Object> location(
            String name, long prefixes, long devices, long vlans, long roles, String newest, boolean edge) {
        return object("id", LOCATION_IDS.indexOf(name) + 1L, "name", name, "prefixCount", prefixes, "deviceCount", devices, "vlanCount", vlans,
                "roleCount", roles, "newestDevice", newest, "hasEdgeDevices", edge);
    }

    @Test
    void venueCategoriesHaveTheForumsShape() throws Exception {
        assertEquals(List.of(
                        object("id", 543L, "name", "Bakery", "products", List.of(
                                object("id", 43L, "image", "https://example.com/img/baguette.png"),
                                object("id", 44L, "image", "https://example.com/img/croissant.png"),
                                object("id", 47L, "image", "https://example.com/img/pain-au-chocolat.png"))),
                        object("id", 544L, "name", "Beverages", "products", List.of(
                                object("id", 45L, "image", "https://example.com/img/lemonade.png"),
                                object("id", 48L, "image", null))),
                        object("id", 546L, "name", "Seasonal", "products", List.of())),
                json("/venues/16/categories"));
        assertEquals(List.of(object("id", 545L, "name", "Wine", "products", List.of(
                        object("id", 46L, "image", "https://example.com/img/merlot.png")))),
                json("/venues/17/categories"));
    }

    @Test
    void aVenueWithoutCategoriesHasAnEmptyListAndAnUnknownVenueIsNotFound() throws Exception {
        assertEquals(List.of(), json("/venues/18/categories"));
        assertError(404, "venue 99 does not exist", "/venues/99/categories");
        assertError(400, "the venue id must be a whole number, not \"sixteen\"", "/venues/sixteen/categories");
    }

    @Test
    void providersHaveTheirCircuitCounts() throws Exception {
        assertEquals(List.of(
                        object("name", "AT&T", "circuitCount", 0L),
                        object("name", "Cogent", "circuitCount", 0L),
                        object("name", "Deutsche Telekom", "circuitCount", 0L),
                        object("name", "GTT", "circuitCount", 0L),
                        object("name", "Liberty Global", "circuitCount", 0L),
                        object("name", "Lumen Technologies", "circuitCount", 0L),
                        object("name", "NTT", "circuitCount", 40L),
                        object("name", "Orange", "circuitCount", 0L),
                        object("name", "PCCW Global", "circuitCount", 0L),
                        object("name", "Sprint", "circuitCount", 0L),
                        object("name", "Tata Communications", "circuitCount", 0L),
                        object("name", "Telecom Italia", "circuitCount", 0L),
                        object("name", "Telia Carrier", "circuitCount", 40L),
                        object("name", "Telxius", "circuitCount", 0L),
                        object("name", "Verizon", "circuitCount", 0L),
                        object("name", "Zayo", "circuitCount", 0L)),
                json("/providers"));
    }

    @Test
    void locationsHaveTheBlogsFigures() throws Exception {
        assertEquals(LOCATIONS_BY_DEVICE_COUNT, json("/locations?sort=-deviceCount"));
        // Sorted by name by default; names compare byte by byte (COLLATE "C"), capitals first.
        List<?> byName = (List<?>) json("/locations");
        assertEquals(LOCATIONS_BY_DEVICE_COUNT.size(), byName.size());
        assertTrue(byName.containsAll(LOCATIONS_BY_DEVICE_COUNT), byName.toString());
        assertEquals(List.of("Jersey City", "New York City", "ams", "atl", "bkk", "can", "cdg", "del", "den", "dfw",
                "dxb", "fra", "hkg", "hnd", "icn", "jfk", "lax", "lhr", "ord", "pek", "pvg", "sin"), names(byName));
        assertEquals(names(json("/locations?sort=name")), names(byName));
    }

    @Test
    void locationParametersFilterSortAndPage() throws Exception {
        List<Object> byVlanCount = new ArrayList<>(List.of("del", "lax"));
        byVlanCount.addAll(EIGHT_LEAF_SITES);
        assertEquals(byVlanCount, names(json("/locations?minVlans=16&sort=-vlanCount")));
        assertEquals(List.of("atl", "bkk"), names(json("/locations?minVlans=16&sort=name&limit=2&offset=1")));
        assertEquals(List.of("del", "lax", "ams"), names(json("/locations?minVlans=16&sort=-deviceCount&limit=3")));
        assertEquals(List.of("New York City", "Jersey City"), names(json("/locations?sort=-roleCount&limit=2")));
        assertEquals(List.of("New York City", "Jersey City", "del"),
                names(json("/locations?sort=hasEdgeDevices,-roleCount,-prefixCount&limit=3")));
        assertEquals(List.of(), json("/locations?minVlans=21"));
        assertEquals(List.of(), json("/locations?limit=0"));
        assertEquals(List.of(), json("/locations?offset=22"));
        assertEquals(LOCATIONS_BY_DEVICE_COUNT.subList(20, 22), json("/locations?sort=-deviceCount&offset=20"));
        assertEquals(List.of("New York City", "lhr"),
                names(json("/locations?sort=-newestDevice&minVlans=0&limit=2&offset=4")));
    }

    @Test
    void locationPagesLinkToTheirNeighboursByPageTokens() throws Exception {
        List<Object> all = new ArrayList<>(LOCATIONS_BY_DEVICE_COUNT);
        // Ties in the device count are broken by the name, then by the id.
        String first = "/locations?sort=-deviceCount&limit=5";
        List<Object> forward = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        String next = first;
        while (next != null) {
            HttpResponse<String> response = get(next);
            assertEquals(200, response.statusCode(), next + ": " + response.body());
            List<?> page = (List<?>) Json.parse(response.body());
            assertTrue(page.size() <= 5);
            forward.addAll(page);
            pages.add(next);
            next = link(response, "next");
            assertTrue(pages.size() <= 6, "the links go round: " + pages);
            if (pages.size() > 1) {
                assertTrue(link(response, "prev") != null, next);
            }
        }
        assertEquals(all, forward);
        // 22 locations: four full pages and one of two, which has no next link.
        assertEquals(5, pages.size());
        assertTrue(pages.get(1).startsWith("/locations?sort=-deviceCount&limit=5&after="), pages.get(1));
        assertEquals(null, link(get(first), "prev"));

        // Back from the last page, by the prev links, to the first.
        List<Object> back = new ArrayList<>();
        String prev = pages.get(pages.size() - 1);
        back.addAll((List<?>) json(prev));
        prev = link(get(prev), "prev");
        int steps = 0;
        while (prev != null) {
            HttpResponse<String> response = get(prev);
            List<?> page = (List<?>) Json.parse(response.body());
            assertTrue(++steps <= 6, "the links go round");
            if (page.isEmpty()) {
                // A full first page links back to the empty page before it, which links nowhere.
                assertEquals(null, link(response, "prev"));
                assertEquals(null, link(response, "next"));
                break;
            }
            back.addAll(0, page);
            assertTrue(link(response, "next") != null, prev);
            prev = link(response, "prev");
        }
        assertEquals(all, back);

        // A token belongs to its order.
        String byName = link(get("/locations?sort=name&limit=5"), "next");
        String token = byName.substring(byName.indexOf("after=") + "after=".length());
        assertError(400, "after: the page token was made by another query class or for another order: it continues only"
                + " a query of the class and order it came from (LocationStatsQuery ordered by"
                + " [(SELECT count(*) FROM device t1 WHERE t1.location_id = t0.id) DESC, t0.name ASC, t0.id ASC])",
                "/locations?sort=-deviceCount&limit=5&after=" + token);
        assertEquals(names(all.subList(5, 10)).size(), names(json("/locations?sort=name&limit=5&after=" + token)).size());
    }

    /** The target of the response's {@code Link} header with relation {@code rel}, or {@code null}. */
    private static String link(HttpResponse<String> response, String rel) {
        for (String value : response.headers().allValues("Link")) {
            if (value.endsWith("; rel=\"" + rel + "\"")) {
                return value.substring(1, value.indexOf('>'));
            }
        }
        return null;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/locations?minVlans=abc    | minVlans must be a whole number of at least 0, not \"abc\"",
        "/locations?minVlans=-1     | minVlans must be at least 0, not -1",
        "/locations?limit=1.5       | limit must be a whole number of at least 0, not \"1.5\"",
        "/locations?offset=99999999999999999999 | offset must be a whole number of at least 0, not \"99999999999999999999\"",
        "/locations?sort=size       | sort key \"size\" is unknown; sort by one or more of name, prefixCount, deviceCount, vlanCount, roleCount, newestDevice, hasEdgeDevices, separated by commas, each with - in front for descending order, e.g. sort=-deviceCount,name",
        "/locations?sort=name,      | sort has an empty key; sort by one or more of name, prefixCount, deviceCount, vlanCount, roleCount, newestDevice, hasEdgeDevices, separated by commas, each with - in front for descending order, e.g. sort=-deviceCount,name",
        "/locations?sort=name,-name | sort names \"name\" twice; name each key once",
        "/locations?minVlan=16      | unknown query parameter \"minVlan\"; accepted: minVlans, sort, limit, offset, after, before",
        "/locations?after=AAAA      | after: not a page token of nestql's, or one that was altered (it is too short or of an unknown version): pass the token that pageToken(row) returned, unchanged",
        "/locations?before=x%2By    | before: not a page token of nestql's, or one that was altered (it is not base64url text): pass the token that pageToken(row) returned, unchanged",
        "/locations?after=a&before=b | after and before do not combine; give one page token",
        "/locations?after=a&offset=3 | offset does not combine with after or before; page by one or the other",
        "/locations?limit=1&limit=2 | query parameter \"limit\" is given twice; give it once",
        "/providers?sort=name       | unknown query parameter \"sort\": this path takes none",
    })
    void badParametersAreAnsweredWith400AndSayWhatIsAccepted(String path, String message) throws Exception {
        assertError(400, message, path);
    }

    @Test
    void oneLocationHasItsDevicesNested() throws Exception {
        Map<?, ?> lax = (Map<?, ?>) json("/locations/lax");
        assertEquals(List.of("name", "locationType", "prefixCount", "vlanCount", "providerCount", "devices"),
                new ArrayList<>(lax.keySet()));
        assertEquals("lax", lax.get("name"));
        assertEquals("Site", lax.get("locationType"));
        assertEquals(5L, lax.get("prefixCount"));
        assertEquals(20L, lax.get("vlanCount"));
        assertEquals(1L, lax.get("providerCount"));
        List<?> devices = (List<?>) lax.get("devices");
        assertEquals(12, devices.size());
        assertEquals(object("name", "lax-edge-01", "role", "Edge", "status", "active", "lastUpdated", "2023-12-11T08:00:00+00:00"),
                devices.get(0));
        assertEquals(object("name", "lax-leaf-10", "role", "Leaf", "status", "planned", "lastUpdated", "2023-12-11T19:00:00+00:00"),
                devices.get(11));

        Map<?, ?> newYork = (Map<?, ?>) json("/locations/New%20York%20City");
        assertEquals("City", newYork.get("locationType"));
        assertEquals(List.of("nyc-bb-01.infra.ntc.com", "nyc-leaf-01.infra.ntc.com", "nyc-leaf-02.infra.ntc.com",
                "nyc-rtr-01.infra.ntc.com", "nyc-rtr-02.infra.ntc.com", "nyc-spine-01.infra.ntc.com",
                "nyc-spine-02.infra.ntc.com"), names(newYork.get("devices")));
        assertEquals(1L, newYork.get("providerCount"));
        assertError(404, "location \"Paris\" does not exist; GET /locations lists them", "/locations/Paris");
        assertError(404, "location \"lax+1\" does not exist; GET /locations lists them", "/locations/lax+1");
        assertError(404, "location \"Z\u00fcrich\" does not exist; GET /locations lists them", "/locations/Z%C3%BCrich");
    }

    @Test
    void theHomePageLinksEveryEndpoint() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(home.body());
        List<String> hrefs = new ArrayList<>();
        while (links.find()) {
            hrefs.add(links.group(1).replace("&amp;", "&"));
        }
        for (String endpoint : List.of("/venues/16/categories", "/providers", "/locations", "/locations/lax")) {
            assertTrue(hrefs.contains(endpoint), endpoint + " is not linked: " + hrefs);
        }
        for (String href : hrefs) {
            assertEquals(200, get(href).statusCode(), href);
            json(href);
        }
    }

    @Test
    void unknownPathsAndMethodsAreAnsweredWithJsonErrors() throws Exception {
        assertError(404, "no such path: /venues; GET / lists the endpoints", "/venues");
        assertError(404, "no such path: /locations/lax/devices; GET / lists the endpoints", "/locations/lax/devices");
        HttpResponse<String> post = client.send(
                HttpRequest.newBuilder(base.resolve("/providers")).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
        assertEquals(object("status", 405L, "error", "Method Not Allowed", "message", "POST is not supported here; use GET or HEAD"),
                Json.parse(post.body()));
    }

    @Test
    void sixteenClientsAtOnceGetTheSameAnswersAsOne() throws Exception {
        List<String> paths = List.of("/venues/16/categories", "/providers", "/locations?sort=-deviceCount",
                "/locations?minVlans=16&sort=name&limit=2&offset=1", "/locations/lax", "/locations/Paris", "/locations?sort=x");
        Map<String, HttpResponse<String>> expected = new java.util.HashMap<>();
        for (String path : paths) {
            expected.put(path, get(path));
        }
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                Callable<Integer> task = () -> {
                    ready.countDown();
                    ready.await();
                    int checked = 0;
                    for (int round = 0; round < 10; round++) {
                        String path = paths.get((offset + round) % paths.size());
                        HttpResponse<String> response = get(path);
                        assertEquals(expected.get(path).statusCode(), response.statusCode(), path);
                        assertEquals(Json.parse(expected.get(path).body()), Json.parse(response.body()), path);
                        checked++;
                    }
                    return checked;
                };
                results.add(pool.submit(task));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            assertEquals(160, total);
        } finally {
            pool.shutdownNow();
        }
        // Every request gave its database connection back.
        HikariPoolMXBean connections = ((HikariDataSource) app.dataSource()).getHikariPoolMXBean();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (connections.getActiveConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, connections.getActiveConnections());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Object json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow(), path);
        return Json.parse(response.body());
    }

    private static void assertError(int status, String message, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(status, response.statusCode(), () -> path + ": " + response.body());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow(), path);
        Map<?, ?> body = (Map<?, ?>) Json.parse(response.body());
        assertEquals(List.of("status", "error", "message"), new ArrayList<>(body.keySet()));
        assertEquals((long) status, body.get("status"));
        assertEquals(message, body.get("message"), path);
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static List<Object> names(Object rows) {
        List<Object> names = new ArrayList<>();
        for (Object row : (List<?>) rows) {
            names.add(((Map<?, ?>) row).get("name"));
        }
        return names;
    }
}
