package dev.nestql.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.nestql.internal.NestedRows;
import dev.nestql.processor.model.ColumnModel;
import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.Computation;
import dev.nestql.processor.model.Filter;
import dev.nestql.processor.model.Handle;
import dev.nestql.processor.model.OrderKey;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.model.TableModel;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import dev.nestql.processor.where.WhereExpr;
import dev.nestql.processor.where.WhereParser;
import dev.nestql.processor.where.WhereSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each statement shape {@link SqlRenderer} writes, from models built by hand (no
 * {@code javax.lang.model}): nested lists, records and pages as subqueries, the JSON object, the
 * two shapes of joined aggregates, per-row aggregates, and the parts of the nested-rows statement
 * that the runtime puts together. The expected SQL is written out here, as a reader of the
 * statement would check it.
 */
class SqlRendererTest {
    private static final ValueType LONG = new ValueType(ValueKind.LONG, TypeName.LONG);
    private static final ValueType STRING = new ValueType(ValueKind.STRING, ClassName.get(String.class));
    private static final ValueType INSTANT = new ValueType(ValueKind.INSTANT, ClassName.get(java.time.Instant.class));

    // location(id, name, region_id) <- device(id, name, location_id, created); region(id, name)
    private static final ColumnModel LOCATION_ID = column("id", LONG);
    private static final ColumnModel LOCATION_NAME = column("name", STRING);
    private static final ColumnModel LOCATION_REGION = new ColumnModel("regionId", "region_id", LONG, null);
    private static final ColumnModel DEVICE_ID = column("id", LONG);
    private static final ColumnModel DEVICE_NAME = column("name", STRING);
    private static final ColumnModel DEVICE_LOCATION = new ColumnModel("locationId", "location_id", LONG, null);
    private static final ColumnModel DEVICE_CREATED = column("created", INSTANT);
    private static final ColumnModel REGION_ID = column("id", LONG);
    private static final ColumnModel REGION_NAME = column("name", STRING);

    private static final TableModel LOCATION = table("Location", "location", LOCATION_ID, LOCATION_NAME, LOCATION_REGION);
    private static final TableModel DEVICE = table("Device", "device", DEVICE_ID, DEVICE_NAME, DEVICE_LOCATION,
            DEVICE_CREATED);
    private static final TableModel REGION = table("Region", "region", REGION_ID, REGION_NAME);

    private static final Relation DEVICES = new Relation("devices", LOCATION, LOCATION_ID, DEVICE, DEVICE_LOCATION, true);
    private static final Relation REGION_OF = new Relation("region", LOCATION, LOCATION_REGION, REGION, REGION_ID, false);

    private static final ProjectionModel DEVICE_LINE = projection("DeviceLine", DEVICE,
            value("id", LONG, DEVICE_ID), value("name", STRING, DEVICE_NAME));

    @Test
    void readsColumnsAndToOnePathsThroughLeftJoins() {
        ProjectionSql sql = SqlRenderer.render(projection("LocationRow", LOCATION,
                value("name", STRING, LOCATION_NAME),
                new Component.Value("region", STRING, new ColumnPath(List.of(REGION_OF), REGION_NAME), null)));
        assertEquals(List.of("t0.name", "t1.name AS region"), sql.selectItems());
        assertEquals("location t0", sql.table());
        assertEquals(" LEFT JOIN region t1 ON t1.id = t0.region_id", sql.joins());
        assertEquals("json_build_object('name', t0.name, 'region', t1.name)", sql.jsonObject());
        assertTrue(sql.aggregates().isEmpty());
        assertTrue(sql.nestedRows().isEmpty());
    }

    @Test
    void nestsAListAsASortedJsonArrayAndGivesTheJsonObjectTheSameAliases() {
        ProjectionSql sql = SqlRenderer.render(projection("LocationTree", LOCATION,
                value("id", LONG, LOCATION_ID),
                nested("devices", true, DEVICE_LINE, List.of(new OrderKey(path(DEVICE_CREATED), true)), 0),
                nested("all", true, DEVICE_LINE, List.of(), 0)));
        assertEquals(List.of("t0.id",
                "(SELECT coalesce(json_agg(json_build_array(t1.id, CASE WHEN t1.name IS NULL THEN NULL ELSE"
                        + " concat(t1.name) END) ORDER BY t1.created DESC), '[]'::json) FROM device t1"
                        + " WHERE t1.location_id = t0.id) AS devices",
                "(SELECT coalesce(json_agg(json_build_array(t2.id, CASE WHEN t2.name IS NULL THEN NULL ELSE"
                        + " concat(t2.name) END)), '[]'::json) FROM device t2 WHERE t2.location_id = t0.id) AS \"all\""),
                sql.selectItems());
        assertEquals("json_build_object('id', t0.id, 'devices', (SELECT coalesce(json_agg(json_build_object('id',"
                + " t1.id, 'name', t1.name) ORDER BY t1.created DESC), '[]'::json) FROM device t1 WHERE"
                + " t1.location_id = t0.id), 'all', (SELECT coalesce(json_agg(json_build_object('id', t2.id, 'name',"
                + " t2.name)), '[]'::json) FROM device t2 WHERE t2.location_id = t0.id))", sql.jsonObject());
    }

    @Test
    void ranksAListWithALimitInADerivedTable() {
        ProjectionSql sql = SqlRenderer.render(projection("LocationNewest", LOCATION,
                nested("newest", true, DEVICE_LINE, List.of(new OrderKey(path(DEVICE_CREATED), true)), 3)));
        assertEquals(List.of("(SELECT coalesce(json_agg(s1.j ORDER BY s1.o1 DESC), '[]'::json) FROM (SELECT"
                + " json_build_array(t1.id, CASE WHEN t1.name IS NULL THEN NULL ELSE concat(t1.name) END) AS j,"
                + " t1.created AS o1 FROM device t1 WHERE t1.location_id = t0.id ORDER BY t1.created DESC LIMIT 3) s1)"
                + " AS newest"), sql.selectItems());
    }

    @Test
    void nestsAToOneRecordAndFiltersItsRows() {
        ProjectionModel regionName = projection("RegionName", REGION, value("name", STRING, REGION_NAME));
        Filter named = new Filter(parse("name <> ''"), Map.of("name", path(REGION_NAME)));
        ProjectionSql sql = SqlRenderer.render(projection("LocationRegion", LOCATION, new Component.Nested("region",
                regionName.record(), List.of(REGION_OF), false, regionName, List.of(), 0, Optional.of(named), null)));
        assertEquals(List.of("(SELECT json_build_array(CASE WHEN t1.name IS NULL THEN NULL ELSE concat(t1.name) END)"
                + " FROM region t1 WHERE t1.id = t0.region_id AND (t1.name <> '')) AS region"), sql.selectItems());
    }

    @Test
    void joinsTheProjectionsOwnAggregatesInTwoShapes() {
        ProjectionSql sql = SqlRenderer.render(projection("LocationStats", LOCATION,
                value("id", LONG, LOCATION_ID),
                computed("deviceCount", LONG, new Computation.Count(List.of(DEVICES), Optional.empty(), Optional.empty())),
                computed("newest", STRING, new Computation.First(List.of(DEVICES), path(DEVICE_NAME),
                        List.of(new OrderKey(path(DEVICE_CREATED), true)), Optional.empty()))));
        assertEquals(List.of("t0.id", "coalesce(a1.\"deviceCount\", 0) AS \"deviceCount\"", "a2.newest AS newest"),
                sql.selectItems());
        ProjectionSql.Aggregates aggregates = sql.aggregates().orElseThrow();
        assertEquals(List.of(
                " LEFT JOIN LATERAL (SELECT count(*) AS \"deviceCount\" FROM device t1 WHERE t1.location_id = t0.id)"
                        + " a1 ON true",
                " LEFT JOIN LATERAL (SELECT t1.name AS newest FROM device t1 WHERE t1.location_id = t0.id"
                        + " ORDER BY t1.created DESC, t1.id ASC LIMIT 1) a2 ON true"), aggregates.perRow());
        assertEquals(List.of(
                " LEFT JOIN (SELECT t1.location_id AS k, count(*) AS \"deviceCount\" FROM device t1 GROUP BY 1) a1"
                        + " ON a1.k = t0.id",
                " LEFT JOIN (SELECT DISTINCT ON (t1.location_id) t1.location_id AS k, t1.name AS newest FROM device t1"
                        + " ORDER BY t1.location_id, t1.created DESC, t1.id ASC) a2 ON a2.k = t0.id"),
                aggregates.wholeTable());
    }

    @Test
    void computesAnAggregateInAHandleForEachRow() {
        Computation.Exists exists = new Computation.Exists(List.of(DEVICES), Optional.empty());
        Component.Computed hasDevices = computed("hasDevices", new ValueType(ValueKind.BOOLEAN, TypeName.BOOLEAN),
                exists);
        Handle handle = new Handle("HAS_DEVICES", hasDevices.type(), hasDevices, Optional.of("hasDevices"));
        ProjectionModel model = new ProjectionModel(ClassName.get("com.acme", "LocationFlags"),
                ClassName.get("com.acme", "LocationFlagsQuery"), LOCATION, List.of(value("id", LONG, LOCATION_ID)),
                List.of(handle), null);
        ProjectionSql sql = SqlRenderer.render(model);
        assertEquals("EXISTS (SELECT 1 FROM device t1 WHERE t1.location_id = t0.id)", sql.handles().get(handle));
        assertEquals(List.of("t0.id"), sql.selectItems());
    }

    @Test
    void splitsTheNestedRowsStatementIntoNamedPartsForTheRuntime() {
        ProjectionSql sql = SqlRenderer.render(projection("LocationTree", LOCATION,
                value("id", LONG, LOCATION_ID),
                nested("devices", true, DEVICE_LINE, List.of(new OrderKey(path(DEVICE_CREATED), true)), 0)));
        ProjectionSql.NestedRows rows = sql.nestedRows().orElseThrow();
        // After level and position: location.id, which the devices' branch uses for their parent's key, then
        // device id, name and created. NULLs take the narrowest type each value's type unites with
        // (smallint for integers, timestamp for timestamptz); a String's NULL has exactly its column's type.
        assertEquals("t0.id, NULL::smallint, (SELECT p.name FROM device p WHERE false), NULL::timestamp",
                rows.rootItems());
        NestedRows.Branch branch = rows.branches().get(0);
        String items = "1, NULL::bigint, t1.location_id, t1.id, t1.name, t1.created";
        assertEquals(new NestedRows.Matched(items, "device t1", "t1.location_id", new NestedRows.TopLevelKeys("t0.id"),
                ""), branch.rows());
        assertEquals("SELECT " + items + " FROM device t1", branch.everyRow());
    }

    @Test
    void restrictsADeeperLevelThroughTheKeysOfEachLevelAbove() {
        ColumnModel portId = column("id", LONG);
        ColumnModel portDevice = new ColumnModel("deviceId", "device_id", LONG, null);
        TableModel port = table("Port", "port", portId, portDevice);
        Relation ports = new Relation("ports", DEVICE, DEVICE_ID, port, portDevice, true);
        ProjectionModel portLine = projection("PortLine", port, value("id", LONG, portId));
        ProjectionModel deviceTree = projection("DeviceTree", DEVICE, value("id", LONG, DEVICE_ID),
                new Component.Nested("ports", portLine.record(), List.of(ports), true, portLine, List.of(), 0,
                        Optional.empty(), null));
        ProjectionSql sql = SqlRenderer.render(projection("LocationTree", LOCATION, value("id", LONG, LOCATION_ID),
                nested("devices", true, deviceTree, List.of(), 0)));
        NestedRows.Branch ports2 = sql.nestedRows().orElseThrow().branches().get(1);
        // The ports' rows take t1; the devices whose keys they match, t2.
        NestedRows.Matched deviceKeys = new NestedRows.Matched("t2.id", "device t2", "t2.location_id",
                new NestedRows.TopLevelKeys("t0.id"), "");
        NestedRows.Matched rows = (NestedRows.Matched) ports2.rows();
        assertEquals("port t1", rows.from());
        assertEquals("t1.device_id", rows.keyColumn());
        assertEquals(deviceKeys, rows.parent());
        // Reading every location, every port that has a device is read.
        assertEquals("SELECT " + rows.select() + " FROM port t1", ports2.everyRow());
    }

    @Test
    void joinsRowsToTheirParentsTextKeysWhereJavaEqualityIsNotPostgresqls() {
        ColumnModel code = column("code", STRING);
        ColumnModel memberId = column("id", LONG);
        ColumnModel memberTeam = new ColumnModel("teamCode", "team_code", STRING, null);
        TableModel team = table("Team", "team", code);
        TableModel member = table("Member", "member", memberId, memberTeam);
        Relation members = new Relation("members", team, code, member, memberTeam, true);
        ProjectionModel memberLine = projection("MemberLine", member, value("id", LONG, memberId));
        ProjectionSql sql = SqlRenderer.render(projection("TeamTree", team, value("code", STRING, code),
                new Component.Nested("members", memberLine.record(), List.of(members), true, memberLine, List.of(), 0,
                        Optional.empty(), null)));
        ProjectionSql.NestedRows rows = sql.nestedRows().orElseThrow();
        String text = "CASE WHEN t0.code IS NULL THEN NULL ELSE concat(t0.code) END";
        // The team sends its code as it is and, for the members to name it, as its output text.
        assertEquals("t0.code, " + text + ", NULL::smallint", rows.rootItems());
        String select = "1, NULL::bigint, (SELECT p.code FROM team p WHERE false), k.text, t1.id";
        String keys = "DISTINCT t0.code, " + text + " COLLATE \"C\"";
        assertEquals(new NestedRows.KeysJoin(select, new NestedRows.TopLevelKeys(keys),
                " JOIN member t1 ON t1.team_code = k.key", ""), rows.branches().get(0).rows());
        assertEquals("SELECT " + select + " FROM (SELECT " + keys + " FROM team t0) k(key, text)"
                + " JOIN member t1 ON t1.team_code = k.key", rows.branches().get(0).everyRow());
    }

    @Test
    void buildsAWideObjectWithRowToJson() {
        List<Component> components = new ArrayList<>();
        List<ColumnModel> columns = new ArrayList<>();
        for (int i = 1; i <= ComponentValues.MAX_OBJECT_PAIRS + 1; i++) {
            ColumnModel column = column("c" + i, LONG);
            columns.add(column);
            components.add(value("c" + i, LONG, column));
        }
        TableModel wide = table("Wide", "wide", columns.toArray(new ColumnModel[0]));
        ProjectionSql sql = SqlRenderer.render(projection("WideRow", wide, components.toArray(new Component[0])));
        assertTrue(sql.jsonObject().startsWith("(SELECT row_to_json(s1) FROM (SELECT t0.c1 AS \"c1\", t0.c2 AS \"c2\""),
                sql.jsonObject());
        assertTrue(sql.jsonObject().endsWith(", t0.c51 AS \"c51\") s1)"), sql.jsonObject());
    }

    private static WhereExpr parse(String text) {
        try {
            return WhereParser.parse(text);
        } catch (WhereSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static ColumnModel column(String name, ValueType type) {
        return new ColumnModel(name, name, type, null);
    }

    private static ColumnPath path(ColumnModel column) {
        return new ColumnPath(List.of(), column);
    }

    private static TableModel table(String record, String sqlName, ColumnModel... columns) {
        return new TableModel(ClassName.get("com.acme", record), sqlName, List.of(columns),
                Optional.of(columns[0]), List.of(), null);
    }

    private static Component.Value value(String name, ValueType type, ColumnModel column) {
        return new Component.Value(name, type, path(column), null);
    }

    private static Component.Computed computed(String name, ValueType type, Computation computation) {
        return new Component.Computed(name, type, computation, "@Test", null);
    }

    private static Component.Nested nested(String name, boolean many, ProjectionModel target, List<OrderKey> orderBy,
            int limit) {
        return new Component.Nested(name, target.record(), List.of(DEVICES), many, target, orderBy, limit,
                Optional.empty(), null);
    }

    private static ProjectionModel projection(String record, TableModel table, Component... components) {
        return new ProjectionModel(ClassName.get("com.acme", record), ClassName.get("com.acme", record + "Query"),
                table, new ArrayList<>(List.of(components)), List.of(), null);
    }
}
