package dev.nestql.it.wide;

import static dev.nestql.testsupport.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nestql.testsupport.Json;
import dev.nestql.it.support.TestSchema;
import dev.nestql.it.wide.Wide.VeryWideRow;
import dev.nestql.it.wide.Wide.VeryWideTable;
import dev.nestql.it.wide.Wide.WideParentView;
import dev.nestql.it.wide.Wide.WideRow;
import dev.nestql.it.wide.Wide.WideTable;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Projections wider than one PostgreSQL function call: 60 components (more than the 50 pairs of one
 * {@code json_build_object}) read top-level and nested, and 110 components (more than the 100
 * values of one {@code json_build_array}, so the nested record is sent in groups).
 *
 * <p>Every value follows one rule, {@link #value}: column {@code cN} or {@code vN} of row
 * {@code r} holds a value made of {@code r} and {@code N}; the boxed columns of row 3 are null.
 */
class WideProjectionTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/wide.sql");

    /** Wide rows per parent: parent 1 has rows 1 to 3, parent 2 has row 4, parent 3 none. */
    private static final long[][] WIDE_ROWS = {{1, 1}, {2, 1}, {3, 1}, {4, 2}};
    /** Very wide rows per parent: parent 1 has rows 1 to 3, parents 2 and 3 none. */
    private static final long[][] VERY_WIDE_ROWS = {{1, 1}, {2, 1}, {3, 1}};

    @BeforeAll
    static void data() throws Exception {
        db.execute("INSERT INTO wide_parent (id, name) VALUES (1, 'first'), (2, 'second'), (3, 'empty')");
        try (Connection connection = db.connection()) {
            insert(connection, "wide", WideTable.class, WIDE_ROWS);
            insert(connection, "very_wide", VeryWideTable.class, VERY_WIDE_ROWS);
        }
    }

    /** Inserts rows of {@code table}, binding every column by {@link #value}. */
    private static void insert(Connection connection, String table, Class<? extends Record> record, long[][] rows) throws Exception {
        RecordComponent[] columns = record.getRecordComponents();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (id, parent_id");
        for (RecordComponent column : columns) {
            if (!column.getName().equals("id") && !column.getName().equals("parentId")) {
                sql.append(", ").append(column.getName());
            }
        }
        sql.append(") VALUES (?, ?").append(", ?".repeat(columns.length - 2)).append(')');
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            for (long[] row : rows) {
                insert.setLong(1, row[0]);
                insert.setLong(2, row[1]);
                int index = 3;
                for (RecordComponent column : columns) {
                    if (!column.getName().equals("id") && !column.getName().equals("parentId")) {
                        insert.setObject(index++, value(column, (int) row[0]), sqlType(column.getType()));
                    }
                }
                insert.addBatch();
            }
            assertEquals(rows.length, insert.executeBatch().length);
        }
    }

    private static int sqlType(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return Types.BIGINT;
        }
        if (type == int.class || type == Integer.class) {
            return Types.INTEGER;
        }
        if (type == String.class) {
            return Types.VARCHAR;
        }
        if (type == Boolean.class) {
            return Types.BOOLEAN;
        }
        if (type == BigDecimal.class) {
            return Types.NUMERIC;
        }
        if (type == LocalDate.class) {
            return Types.DATE;
        }
        throw new AssertionError(type);
    }

    /**
     * The value of component {@code cN} or {@code vN} in row {@code row}; {@code id} is the row.
     * The boxed columns of row 3 are null.
     */
    private static Object value(RecordComponent component, int row) {
        Class<?> type = component.getType();
        if (component.getName().equals("id")) {
            return (long) row;
        }
        if (row == 3 && !type.isPrimitive()) {
            return null;
        }
        int n = Integer.parseInt(component.getName().substring(1));
        if (type == long.class || type == Long.class) {
            return row * 1000L + n;
        }
        if (type == int.class || type == Integer.class) {
            return row * 100 + n;
        }
        if (type == String.class) {
            return "row " + row + " 'col' " + n;
        }
        if (type == Boolean.class) {
            return (row + n) % 2 == 0;
        }
        if (type == BigDecimal.class) {
            // Two decimals, trailing zeros kept: 1.05, 1.10, 2.11, ...
            return new BigDecimal(row + "." + (n < 10 ? "0" + n : String.valueOf(n)));
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2000 + row, 1, 1).plusDays(n);
        }
        throw new AssertionError(type);
    }

    /** The record of {@code type} for row {@code row}, built through its canonical constructor. */
    private static <R extends Record> R expected(Class<R> type, int row) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i], row);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static <R extends Record> List<R> rows(Class<R> type, int... rows) {
        List<R> list = new ArrayList<>();
        for (int row : rows) {
            list.add(expected(type, row));
        }
        return list;
    }

    /** Row {@code row} as the JSON object that {@code json()} should hold, keys in component order. */
    private static Map<String, Object> expectedJson(Class<? extends Record> type, int row) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Object value = value(component, row);
            if (value instanceof Integer number) {
                value = number.longValue();
            } else if (value instanceof LocalDate date) {
                value = date.toString();
            }
            object.put(component.getName(), value);
        }
        return object;
    }

    private static List<Map<String, Object>> jsonRows(Class<? extends Record> type, int... rows) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int row : rows) {
            list.add(expectedJson(type, row));
        }
        return list;
    }

    /** Compares parsed JSON objects, including the order of their keys. */
    private static void assertJsonObjects(List<Map<String, Object>> expected, Object actual) {
        assertEquals(expected, actual);
        List<?> rows = (List<?>) actual;
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(new ArrayList<>(expected.get(i).keySet()), new ArrayList<>(((Map<?, ?>) rows.get(i)).keySet()));
        }
    }

    @Test
    void theRecordsAreAsWideAsIntended() {
        assertEquals(60, WideRow.class.getRecordComponents().length);
        assertEquals(110, VeryWideRow.class.getRecordComponents().length);
        assertEquals(4, WideParentView.class.getRecordComponents().length);
    }

    @Test
    void sixtyComponentsTopLevelAsRecords() {
        List<WideRow> read = WideRowQuery.select().orderBy(WideRowQuery.ID.asc()).list(db.dataSource());

        assertEquals(rows(WideRow.class, 1, 2, 3, 4), read);
        // Spot checks of the rule, written out.
        WideRow first = read.get(0);
        assertEquals(1001L, first.c01());
        assertEquals("row 1 'col' 2", first.c02());
        assertEquals(103, first.c03());
        assertEquals(false, first.c04());
        assertEquals(new BigDecimal("1.05"), first.c05());
        assertEquals(LocalDate.of(2001, 1, 7), first.c06());
        assertEquals(new BigDecimal("1.59"), first.c59());
        assertEquals(3055L, read.get(2).c55());
        assertEquals(null, read.get(2).c58());
    }

    @Test
    void sixtyComponentsTopLevelAsJson() {
        WideRowQuery query = WideRowQuery.select().orderBy(WideRowQuery.ID.asc());
        Object json = Json.parse(query.json(db.dataSource()));

        assertJsonObjects(jsonRows(WideRow.class, 1, 2, 3, 4), json);
        Map<?, ?> second = (Map<?, ?>) ((List<?>) json).get(1);
        assertEquals(2001L, second.get("c01"));
        assertEquals(new BigDecimal("2.11"), second.get("c11"));
        assertEquals("2002-01-13", second.get("c12"));

        StringWriter out = new StringWriter();
        assertEquals(4, query.writeJson(db.dataSource(), out));
        assertEquals(json, Json.parse(out.toString()));
        // With paging the JSON statement takes another shape; it must hold the same objects.
        assertJsonObjects(jsonRows(WideRow.class, 2, 3), Json.parse(query.limit(2).offset(1).json(db.dataSource())));
    }

    @Test
    void handlesOfColumnsOutsideTheProjectionFilter() {
        // c63 (integer) and c64 (boolean) are table columns that WideRow does not read.
        assertEquals(List.of(2L), WideRowQuery.select().where(WideRowQuery.C63.eq(263)).list(db.dataSource())
                .stream().map(WideRow::id).toList());
        assertEquals(List.of(2L, 4L), WideRowQuery.select().where(WideRowQuery.C64.eq(true)).orderBy(WideRowQuery.ID.asc())
                .list(db.dataSource()).stream().map(WideRow::id).toList());
    }

    @Test
    void wideRecordsNestedInAParentAsRecords() {
        List<WideParentView> parents = WideParentViewQuery.select().orderBy(WideParentViewQuery.ID.asc()).list(db.dataSource());

        assertEquals(List.of(
                new WideParentView(1, "first", rows(WideRow.class, 1, 2, 3), rows(VeryWideRow.class, 3, 2, 1)),
                new WideParentView(2, "second", rows(WideRow.class, 4), List.of()),
                new WideParentView(3, "empty", List.of(), List.of())),
                parents);
        // Across the boundary between the two groups of 100 positional values.
        VeryWideRow one = parents.get(0).veryWideRows().get(2);
        assertEquals(1, one.id());
        assertEquals(197, one.v097());
        assertEquals("row 1 'col' 98", one.v098());
        assertEquals(1099L, one.v099());
        assertEquals(200, one.v100());
        assertEquals(1102L, one.v102());
        assertEquals(209, one.v109());
        VeryWideRow three = parents.get(0).veryWideRows().get(0);
        assertEquals(null, three.v101());
        assertEquals(403, three.v103());
    }

    @Test
    void wideRecordsNestedInAParentAsJson() {
        List<?> parents = (List<?>) Json.parse(WideParentViewQuery.select().orderBy(WideParentViewQuery.ID.asc()).json(db.dataSource()));

        assertEquals(3, parents.size());
        Map<?, ?> first = (Map<?, ?>) parents.get(0);
        assertEquals(Arrays.asList("id", "name", "rows", "veryWideRows"), new ArrayList<>(first.keySet()));
        assertEquals(1L, first.get("id"));
        assertEquals("first", first.get("name"));
        assertJsonObjects(jsonRows(WideRow.class, 1, 2, 3), first.get("rows"));
        assertJsonObjects(jsonRows(VeryWideRow.class, 3, 2, 1), first.get("veryWideRows"));
        assertEquals(object("id", 2L, "name", "second", "rows", jsonRows(WideRow.class, 4), "veryWideRows", List.of()),
                parents.get(1));
        assertEquals(object("id", 3L, "name", "empty", "rows", List.of(), "veryWideRows", List.of()), parents.get(2));
    }

    @Test
    void hundredAndTenComponentsTopLevel() {
        assertEquals(rows(VeryWideRow.class, 1, 2, 3),
                VeryWideRowQuery.select().orderBy(VeryWideRowQuery.ID.asc()).list(db.dataSource()));
        assertJsonObjects(jsonRows(VeryWideRow.class, 2),
                Json.parse(VeryWideRowQuery.select().where(VeryWideRowQuery.V114.eq(2114L)).json(db.dataSource())));
    }
}
