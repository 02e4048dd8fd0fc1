package dev.nestql.it.arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.arrays.Palettes.PainterView;
import dev.nestql.it.arrays.Palettes.PaletteView;
import dev.nestql.it.arrays.Palettes.Shade;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.Condition;
import dev.nestql.query.NestqlException;
import dev.nestql.testsupport.Json;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Arrays of a PostgreSQL enum and of text read into a {@code List} of a Java enum: each element is
 * the constant that {@code valueOf} gives for the element of the driver's {@code getArray()}, on
 * every path; conditions bind constant names, which PostgreSQL reads as the column's element type.
 */
class EnumArraysTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/enum_arrays.sql");

    @Test
    void everyPathReadsTheConstantsNamedByGetArray() throws SQLException {
        try (Connection connection = db.connection()) {
            List<PaletteView> expected = jdbc(connection);
            assertEquals(Arrays.asList(Shade.BLUE, null, Shade.RED, Shade.DARK_RED), expected.get(0).shades());

            PaletteViewQuery all = PaletteViewQuery.select().orderBy(PaletteViewQuery.ID.asc());
            assertEquals(expected, all.list(connection));
            assertEquals(expected.get(0), all.first(connection).orElseThrow());
            try (Stream<PaletteView> rows = all.stream(connection)) {
                assertEquals(expected, rows.toList());
            }
            PainterViewQuery painters = PainterViewQuery.select().orderBy(PainterViewQuery.ID.asc());
            List<PaletteView> turner = expected.subList(0, 2);
            List<PaletteView> klee = expected.subList(2, 4);
            for (List<PainterView> read : List.of(painters.list(connection), painters.stream(connection).toList(),
                    painters.where(PainterViewQuery.ID.in(1L, 2L, 3L)).limit(3).list(connection))) {
                assertEquals(List.of(new PainterView(1, turner, turner), new PainterView(2, klee, klee),
                        new PainterView(3, List.of(), List.of())), read);
            }
        }
    }

    @Test
    void jsonHoldsTheLabels() throws SQLException {
        try (Connection connection = db.connection()) {
            List<?> json = (List<?>) Json.parse(PaletteViewQuery.select().orderBy(PaletteViewQuery.ID.asc()).json(connection));
            Map<?, ?> first = (Map<?, ?>) json.get(0);
            assertEquals(Arrays.asList("BLUE", null, "RED", "DARK_RED"), first.get("shades"));
            assertEquals(Arrays.asList("GREEN", null), first.get("names"));
            assertEquals(null, ((Map<?, ?>) json.get(2)).get("shades"));
        }
    }

    @Test
    void conditionsBindConstantNamesAsTheElementType() throws SQLException {
        try (Connection connection = db.connection()) {
            assertEquals(List.of(10L), ids(connection, PaletteViewQuery.SHADES.contains(Shade.RED, Shade.DARK_RED)));
            assertEquals(List.of(10L, 13L), ids(connection, PaletteViewQuery.SHADES.overlaps(Shade.GREEN, Shade.BLUE)));
            assertEquals(List.of(13L), ids(connection, PaletteViewQuery.NAMES.contains(Shade.BLUE)));
            assertEquals(List.of(13L), ids(connection, PaletteViewQuery.SHADES.eq(List.of(Shade.GREEN))));
            assertEquals(List.of(12L), ids(connection, PaletteViewQuery.SHADES.isNull()));
            // Sorted by the PostgreSQL enum's order (RED < GREEN < BLUE), not the Java one.
            assertEquals(List.of(11L, 13L, 10L), PaletteViewQuery.select().where(PaletteViewQuery.SHADES.isNotNull())
                    .orderBy(PaletteViewQuery.SHADES.asc()).list(connection).stream().map(PaletteView::id).toList());
        }
    }

    @Test
    void aLabelThatNamesNoConstantIsAClearErrorOnEveryPath() throws SQLException {
        try (Connection connection = db.connection()) {
            db.execute("UPDATE palette SET names = '{RED,purple}' WHERE id = 11");
            try {
                PaletteViewQuery one = PaletteViewQuery.select().where(PaletteViewQuery.ID.eq(11L));
                PainterViewQuery painter = PainterViewQuery.select().where(PainterViewQuery.ID.eq(1L));
                for (Executable read : List.<Executable>of(() -> one.list(connection), () -> one.stream(connection).toList(),
                        () -> painter.list(connection), () -> painter.stream(connection).toList())) {
                    NestqlException e = assertThrows(NestqlException.class, read);
                    assertTrue(e.getMessage().contains("'purple' names no constant of the enum Shade"), e.getMessage());
                }
            } finally {
                db.execute("UPDATE palette SET names = '{}' WHERE id = 11");
            }
        }
    }

    private static List<Long> ids(Connection connection, Condition<PaletteView> condition) {
        return PaletteViewQuery.select().where(condition).orderBy(PaletteViewQuery.ID.asc()).list(connection).stream()
                .map(PaletteView::id).toList();
    }

    /** The palettes as plain JDBC code reads them: {@code valueOf} of each element of {@code getArray()}. */
    private static List<PaletteView> jdbc(Connection connection) throws SQLException {
        List<PaletteView> palettes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, shades, names FROM palette ORDER BY id")) {
            while (rows.next()) {
                palettes.add(new PaletteView(rows.getLong(1), shades(rows.getArray(2)), shades(rows.getArray(3))));
            }
        }
        return palettes;
    }

    private static List<Shade> shades(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        List<Shade> shades = new ArrayList<>();
        for (Object element : (Object[]) array.getArray()) {
            shades.add(element == null ? null : Shade.valueOf((String) element));
        }
        return shades;
    }
}
