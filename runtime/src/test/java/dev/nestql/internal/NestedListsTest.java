package dev.nestql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stitching that generated readers of nested rows rely on; the integration tests run it against PostgreSQL. */
class NestedListsTest {

    @Test
    void aParentsListFillsAfterItIsHandedOutAndCannotBeChangedByTheCaller() {
        NestedLists<String> lists = NestedLists.unordered();
        List<String> first = lists.of(1L);
        lists.add(2L, "b1");
        lists.add(1L, "a1");
        lists.add(1L, "a2");
        lists.sort();

        assertEquals(List.of("a1", "a2"), first);
        assertSame(first, lists.of(1L));
        assertEquals(List.of("b1"), lists.of(2L));
        assertEquals(List.of(), lists.of(3L));
        assertEquals(List.of(), lists.of(null));
        assertThrows(UnsupportedOperationException.class, () -> first.add("x"));
    }

    @Test
    void oneKeySortsAsPostgresqlWithNullsLastAscendingAndFirstDescending() {
        NestedLists<String> ascending = NestedLists.ordered(false);
        NestedLists<String> descending = NestedLists.ordered(true);
        Object[][] rows = {{3L, "three"}, {null, "null"}, {1L, "one"}, {2L, "two"}};
        for (Object[] row : rows) {
            ascending.add(7L, (String) row[1], row[0]);
            descending.add(7L, (String) row[1], row[0]);
        }
        ascending.sort();
        descending.sort();

        assertEquals(List.of("one", "two", "three", "null"), ascending.of(7L));
        assertEquals(List.of("null", "three", "two", "one"), descending.of(7L));
    }

    @Test
    void laterKeysBreakTiesAndEqualKeysKeepTheirArrivalOrder() {
        NestedLists<String> lists = NestedLists.ordered(true, false);
        lists.add(1L, "b", 5, 2L);
        lists.add(1L, "first of the ties", 9, 1L);
        lists.add(1L, "a", 5, 1L);
        lists.add(1L, "second of the ties", 9, 1L);
        lists.sort();

        assertEquals(List.of("first of the ties", "second of the ties", "a", "b"), lists.of(1L));
    }

    @Test
    void rootRowsComeBackInTheirPositions() {
        RootRows<String> rows = new RootRows<>();
        rows.add(3, "c");
        rows.add(1, "a");
        rows.add(2, "b");

        assertEquals(List.of("a", "b", "c"), rows.list());
    }
}
