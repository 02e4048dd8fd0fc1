package dev.nestql.it.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nestql.it.domains.Sheets.BoardView;
import dev.nestql.it.domains.Sheets.SheetView;
import dev.nestql.it.support.TestSchema;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Arrays of domains read as lists of their base types, each element as the driver reads the same
 * array cast to its base type ({@code scores::integer[]}), on every path. The driver returns the
 * elements of a domain's array as {@code PGobject} texts, which a {@code List<Integer>} once failed
 * to read with a {@code ClassCastException}.
 */
class DomainArraysTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/domain_arrays.sql").withPublic();

    @Test
    void everyPathReadsTheElementsOfTheBaseTypesArray() throws SQLException {
        try (Connection connection = db.connection()) {
            List<SheetView> expected = jdbc(connection);
            assertEquals(Arrays.asList(3, null, 2147483647), expected.get(0).scores());
            assertEquals(List.of(0.1, Double.NEGATIVE_INFINITY), expected.get(0).weights().stream()
                    .map(w -> Double.parseDouble(w.toString())).toList());

            SheetViewQuery all = SheetViewQuery.select().orderBy(SheetViewQuery.ID.asc());
            assertEquals(expected, all.list(connection));
            try (Stream<SheetView> rows = all.stream(connection)) {
                assertEquals(expected, rows.toList());
            }
            BoardViewQuery boards = BoardViewQuery.select().orderBy(BoardViewQuery.ID.asc());
            for (List<BoardView> read : List.of(boards.list(connection), boards.stream(connection).toList())) {
                assertEquals(List.of(new BoardView(1, expected.subList(0, 2), expected.subList(0, 2)),
                        new BoardView(2, expected.subList(2, 3), expected.subList(2, 3))), read);
            }
            assertEquals(List.of(10L), SheetViewQuery.select().where(SheetViewQuery.SCORES.contains(3))
                    .list(connection).stream().map(SheetView::id).toList());
            assertEquals(List.of(10L), SheetViewQuery.select().where(SheetViewQuery.LABELS.contains("hello"))
                    .list(connection).stream().map(SheetView::id).toList());
        }
    }

    @Test
    void bytesOfADomainsArrayReadAsTheBaseTypes() throws SQLException {
        try (Connection connection = db.connection()) {
            List<Sheets.SheetBlobs> read = SheetBlobsQuery.select().orderBy(SheetBlobsQuery.ID.asc()).list(connection);
            assertEquals(Arrays.asList("00ff", null), read.get(0).blobs().stream()
                    .map(b -> b == null ? null : HexFormat.of().formatHex(b)).toList());
            assertEquals(List.of(), read.get(1).blobs());
            assertEquals(null, read.get(2).blobs());
        }
    }

    /** The sheets as plain JDBC reads the arrays cast to their base types. */
    private static List<SheetView> jdbc(Connection connection) throws SQLException {
        List<SheetView> sheets = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, scores::integer[], counts::bigint[],"
                        + " smalls::smallint[], prices::numeric[], ratios::double precision[], weights::real[],"
                        + " flags::boolean[], refs::uuid[], labels::text[] FROM sheet ORDER BY id")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                sheets.add(new SheetView(id, list(rows.getArray(2), e -> (Integer) e), list(rows.getArray(3), e -> (Long) e),
                        list(rows.getArray(4), e -> ((Number) e).shortValue()), list(rows.getArray(5), e -> (BigDecimal) e),
                        list(rows.getArray(6), e -> (Double) e), list(rows.getArray(7), e -> (Float) e),
                        list(rows.getArray(8), e -> (Boolean) e), list(rows.getArray(9), e -> (UUID) e),
                        list(rows.getArray(10), Object::toString), days(connection, id)));
            }
        }
        return sheets;
    }

    /** The dates of sheet {@code id}, each as {@code getObject(LocalDate.class)} reads it from {@code unnest}. */
    private static List<LocalDate> days(Connection connection, long id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet isNull = statement.executeQuery("SELECT days IS NULL FROM sheet WHERE id = " + id)) {
                isNull.next();
                if (isNull.getBoolean(1)) {
                    return null;
                }
            }
            List<LocalDate> days = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT d FROM sheet, unnest(days::date[]) WITH ORDINALITY"
                    + " AS u (d, n) WHERE id = " + id + " ORDER BY n")) {
                while (rows.next()) {
                    days.add(rows.getObject(1, LocalDate.class));
                }
            }
            return days;
        }
    }

    private static <E> List<E> list(Array array, Function<Object, E> element) throws SQLException {
        if (array == null) {
            return null;
        }
        List<E> list = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            list.add(value == null ? null : element.apply(value));
        }
        return list;
    }
}
