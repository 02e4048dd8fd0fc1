package dev.nestql.example.api;

import dev.nestql.example.http.HttpError;
import dev.nestql.example.http.Request;
import dev.nestql.example.inventory.LocationStats;
import dev.nestql.example.inventory.LocationStatsQuery;
import dev.nestql.query.Column;
import dev.nestql.query.InvalidPageTokenException;
import dev.nestql.query.Order;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 *   <li>{@code limit} and {@code offset}: a page;
 *   <li>{@code after} or {@code before}, a page token: the rows after (or before) the row the token
 *       was made from, in the same order (keyset paging: every page costs what the first does).
 *       The endpoint gives the tokens in {@code Link} headers, {@code rel="next"} and
 *       {@code rel="prev"}; a token of another order, or an altered one, is a 400.
 * </ul>
 *
 * Without any of them, the statement reads the whole table, and nestql computes each aggregate
 * once for all locations ({@code GROUP BY}) rather than once per location.
 */
final class LocationsParameters {
    static final List<String> ACCEPTED = List.of("minVlans", "sort", "limit", "offset", "after", "before");

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
     * A page of {@code GET /locations}: the query, and what its links need.
     *
     * @param query the query, page position included
     * @param unpositioned the same query without the page position, whose tokens the links carry
     * @param limit the page size, or -1 for none
     * @param offset the rows skipped, 0 for none
     * @param after the token of {@code after=}, or {@code null}
     * @param before the token of {@code before=}, or {@code null}
     * @param link the path and the parameters other than the position, to which a link adds one
     */
    record Page(LocationStatsQuery query, LocationStatsQuery unpositioned, long limit, long offset, String after,
            String before,
            String link) {}

    /**
     * The query the parameters ask for.
     *
     * @throws HttpError 400 naming the parameter that is unknown or malformed, and what it accepts
     */
    static Page query(Request request) {
        request.acceptOnly(ACCEPTED);
        LocationStatsQuery query = LocationStatsQuery.select();
        StringBuilder link = new StringBuilder("/locations?");
        var minVlans = request.queryNonNegative("minVlans");
        if (minVlans.isPresent()) {
            query = query.where(LocationStatsQuery.VLAN_COUNT.ge(minVlans.getAsLong()));
            link.append("minVlans=").append(minVlans.getAsLong()).append('&');
        }
        String sort = request.query("sort").orElse("name");
        query = query.orderBy(order(sort));
        link.append("sort=").append(URLEncoder.encode(sort, StandardCharsets.UTF_8)).append('&');
        var limit = request.queryNonNegative("limit");
        if (limit.isPresent()) {
            query = query.limit(limit.getAsLong());
            link.append("limit=").append(limit.getAsLong()).append('&');
        }
        var offset = request.queryNonNegative("offset");
        if (offset.isPresent()) {
            query = query.offset(offset.getAsLong());
        }
        String after = request.query("after").orElse(null);
        String before = request.query("before").orElse(null);
        if (after != null && before != null) {
            throw HttpError.badRequest("after and before do not combine; give one page token");
        }
        if ((after != null || before != null) && offset.isPresent()) {
            throw HttpError.badRequest("offset does not combine with after or before; page by one or the other");
        }
        LocationStatsQuery unpositioned = query;
        try {
            if (after != null) {
                query = query.after(after);
            } else if (before != null) {
                query = query.before(before);
            }
            // Checks now, before the response starts, that the token is one of this order's.
            query.sql();
        } catch (InvalidPageTokenException e) {
            throw HttpError.badRequest((after != null ? "after" : "before") + ": " + e.getMessage());
        }
        return new Page(query, unpositioned, limit.orElse(-1), offset.orElse(0), after, before, link.toString());
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
