package dev.nestql.bench.inventory;

import dev.nestql.bench.Explain;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Workload 3's ways of computing the per-location statistics: nestql, the best SQL a careful
 * user writes by hand (pre-aggregated {@code GROUP BY} joins for every location, {@code LATERAL}
 * subqueries for a page), and the naive multi-join with {@code COUNT(DISTINCT ...)}.
 */
public final class InventoryPeers {
    /** The page: locations named {@code loc01...}, by name, the first 20. */
    static final String PAGE_PREFIX = "loc01%";
    static final int PAGE_SIZE = 20;

    private InventoryPeers() {}

    public static LocationStatsQuery nestqlQuery(boolean page) {
        LocationStatsQuery query = LocationStatsQuery.select().orderBy(LocationStatsQuery.NAME.asc());
        return page ? query.where(LocationStatsQuery.NAME.like(PAGE_PREFIX)).limit(PAGE_SIZE) : query;
    }

    public static List<LocationStats> nestql(Connection connection, boolean page) {
        return nestqlQuery(page).list(connection);
    }

    private static final String BEST_ALL = """
            SELECT l.name, coalesce(p.c, 0), coalesce(d.c, 0), coalesce(d.roles, 0), coalesce(v.c, 0),
                   coalesce(d.edge, false), nd.name
            FROM location l
            LEFT JOIN (SELECT location_id, count(*) AS c FROM prefix GROUP BY 1) p ON p.location_id = l.id
            LEFT JOIN (SELECT d.location_id, count(*) AS c, count(DISTINCT d.device_role_id) AS roles,
                              bool_or(r.slug = 'edge') AS edge
                       FROM device d JOIN device_role r ON r.id = d.device_role_id GROUP BY 1) d ON d.location_id = l.id
            LEFT JOIN (SELECT location_id, count(*) AS c FROM vlan GROUP BY 1) v ON v.location_id = l.id
            LEFT JOIN (SELECT DISTINCT ON (location_id) location_id, name FROM device
                       ORDER BY location_id, last_updated DESC, id) nd ON nd.location_id = l.id
            ORDER BY l.name""";

    private static final String BEST_PAGE = """
            SELECT l.name, p.c, d.c, d.roles, v.c, coalesce(d.edge, false), nd.name
            FROM (SELECT id, name FROM location WHERE name LIKE ? ORDER BY name LIMIT ?) l
            CROSS JOIN LATERAL (SELECT count(*) AS c FROM prefix WHERE location_id = l.id) p
            CROSS JOIN LATERAL (SELECT count(*) AS c, count(DISTINCT d.device_role_id) AS roles, bool_or(r.slug = 'edge') AS edge
                                FROM device d JOIN device_role r ON r.id = d.device_role_id WHERE d.location_id = l.id) d
            CROSS JOIN LATERAL (SELECT count(*) AS c FROM vlan WHERE location_id = l.id) v
            LEFT JOIN LATERAL (SELECT name FROM device WHERE location_id = l.id ORDER BY last_updated DESC, id LIMIT 1) nd ON true
            ORDER BY l.name""";

    /** The best hand-written SQL: pre-aggregated joins for all, {@code LATERAL} for a page. */
    public static List<LocationStats> handBest(Connection connection, boolean page) throws SQLException {
        return run(connection, page ? BEST_PAGE : BEST_ALL, page);
    }

    private static final String NAIVE = """
            SELECT l.name, count(DISTINCT p.id), count(DISTINCT d.id), count(DISTINCT d.device_role_id),
                   count(DISTINCT v.id), coalesce(bool_or(r.slug = 'edge'), false),
                   (array_agg(d.name ORDER BY d.last_updated DESC, d.id))[1]
            FROM location l
            LEFT JOIN prefix p ON p.location_id = l.id
            LEFT JOIN device d ON d.location_id = l.id
            LEFT JOIN device_role r ON r.id = d.device_role_id
            LEFT JOIN vlan v ON v.location_id = l.id
            %s
            GROUP BY l.id, l.name
            ORDER BY l.name
            %s""";

    /**
     * The naive multi-join: every relation joined at once, {@code COUNT(DISTINCT ...)} to undo the
     * multiplication. Right numbers, many intermediate rows.
     */
    public static List<LocationStats> naiveCountDistinct(Connection connection, boolean page) throws SQLException {
        return run(connection, NAIVE.formatted(page ? "WHERE l.name LIKE ?" : "", page ? "LIMIT ?" : ""), page);
    }

    private static List<LocationStats> run(Connection connection, String sql, boolean page) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (page) {
                statement.setString(1, PAGE_PREFIX);
                statement.setInt(2, PAGE_SIZE);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<LocationStats> stats = new ArrayList<>();
                while (rows.next()) {
                    stats.add(new LocationStats(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                            rows.getLong(5), rows.getBoolean(6), rows.getString(7)));
                }
                return stats;
            }
        }
    }

    /** Each peer's statement with its values, for {@link Explain}. */
    public static Map<String, List<Explain.Statement>> serverStatements(boolean page) {
        Object[] values = page ? new Object[] {PAGE_PREFIX, PAGE_SIZE} : new Object[0];
        Object[] nestqlValues = page ? new Object[] {PAGE_PREFIX, (long) PAGE_SIZE} : new Object[0];
        Map<String, List<Explain.Statement>> statements = new LinkedHashMap<>();
        statements.put("typedNestql", List.of(new Explain.Statement(nestqlQuery(page).sql(), nestqlValues)));
        statements.put("typedHandBest", List.of(new Explain.Statement(page ? BEST_PAGE : BEST_ALL, values)));
        statements.put("typedNaiveCountDistinct", List.of(new Explain.Statement(
                NAIVE.formatted(page ? "WHERE l.name LIKE ?" : "", page ? "LIMIT ?" : ""), values)));
        return statements;
    }
}
