package dev.nestql.example.api;

import dev.nestql.example.http.HttpError;
import dev.nestql.example.http.Request;
import dev.nestql.example.inventory.LocationStats;
import dev.nestql.example.inventory.LocationStatsQuery;
import dev.nestql.query.Column;
import dev.nestql.query.Order;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of {@code GET /locations}, turned into a typed {@link LocationStatsQuery}:
 *
 * <ul>
 *   <li>{@code minVlans=16}: only locations with at least 16 VLANs ({@code VLAN_COUNT.ge(16L)});
 *   <li>{@code sort=-deviceCount,name}: sort keys, each a component of {@link LocationStats}, with
 *       {@code -} for descending; the name is added as the last key when not given, so that pages
 *       are stable (names are unique);
 *   <li>{@code limit} and {@code offset}: a page.
 * </ul>
 *
 * Without any of them, the statement reads the whole table, and nestql computes each aggregate
 * once for all locations ({@code GROUP BY}) rather than once per location.
 */
final class LocationsParameters {
    static final List<String> ACCEPTED = List.of("minVlans", "sort", "limit", "offset");

    /** The components a client may sort by, in the order the error message lists them. */
    private static final Map<String, Column<LocationStats, ?>> SORT_KEYS = new LinkedHashMap<>();

    static {
        SORT_KEYS.put("name", LocationStatsQuery.NAME);
        SORT_KEYS.put("prefixCount", LocationStatsQuery.PREFIX_COUNT);
        SORT_KEYS.put("deviceCount", LocationStatsQuery.DEVICE_COUNT);
        SORT_KEYS.put("vlanCount", LocationStatsQuery.VLAN_COUNT);
        SORT_KEYS.put("roleCount", LocationStatsQuery.ROLE_COUNT);
        SORT_KEYS.put("newestDevice", LocationStatsQuery.NEWEST_DEVICE);
        SORT_KEYS.put("hasEdgeDevices", LocationStatsQuery.HAS_EDGE_DEVICES);
    }

    private LocationsParameters() {}

    /**
     * The query the parameters ask for.
     *
     * @throws HttpError 400 naming the parameter that is unknown or malformed, and what it accepts
     */
    static LocationStatsQuery query(Request request) {
        request.acceptOnly(ACCEPTED);
        LocationStatsQuery query = LocationStatsQuery.select();
        var minVlans = request.queryNonNegative("minVlans");
        if (minVlans.isPresent()) {
            query = query.where(LocationStatsQuery.VLAN_COUNT.ge(minVlans.getAsLong()));
        }
        query = query.orderBy(order(request.query("sort").orElse("name")));
        var limit = request.queryNonNegative("limit");
        if (limit.isPresent()) {
            query = query.limit(limit.getAsLong());
        }
        var offset = request.queryNonNegative("offset");
        if (offset.isPresent()) {
            query = query.offset(offset.getAsLong());
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static Order<LocationStats>[] order(String sort) {
        List<Order<LocationStats>> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String key : sort.split(",", -1)) {
            boolean descending = key.startsWith("-");
            String name = descending ? key.substring(1) : key;
            Column<LocationStats, ?> column = SORT_KEYS.get(name);
            if (column == null) {
                throw HttpError.badRequest((name.isEmpty() ? "sort has an empty key" : "sort key \"" + name + "\" is unknown")
                        + "; sort by one or more of " + String.join(", ", SORT_KEYS.keySet())
                        + ", separated by commas, each with - in front for descending order, e.g. sort=-deviceCount,name");
            }
            if (!seen.add(name)) {
                throw HttpError.badRequest("sort names \"" + name + "\" twice; name each key once");
            }
            order.add(descending ? column.desc() : column.asc());
        }
        if (seen.add("name")) {
            order.add(LocationStatsQuery.NAME.asc());
        }
        return order.toArray(Order[]::new);
    }
}
