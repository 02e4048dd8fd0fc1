package dev.nestql.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The lists of one nested level, read as rows of their own: each row names its parent by key.
 * Generated readers ask for a parent's list when they read the parent ({@link #of}), add the
 * children as their rows arrive, in any order ({@link #add}), and sort every list once at the end
 * ({@link #sort}).
 *
 * <p>Lists are sorted by the keys given to {@link #add}, as PostgreSQL's {@code ORDER BY} sorts
 * them: ascending keys with {@code null}s last, descending keys with {@code null}s first. The
 * generated code uses this only for keys whose Java order is PostgreSQL's (numbers and times). A
 * list whose rows arrived in order, as they often do, is left as it is.
 *
 * <p>For generated code only: see {@link dev.nestql.internal}.
 *
 * @param <C> the nested record
 */
public final class NestedLists<C> {
    private final boolean[] descending;
    private final Map<Object, Children<C>> lists = new HashMap<>();

    private NestedLists(boolean[] descending) {
        this.descending = descending;
    }

    /** Lists in the order of their sort keys, {@code descending[i]} telling the direction of the i-th key. */
    public static <C> NestedLists<C> ordered(boolean... descending) {
        return new NestedLists<>(descending.clone());
    }

    /** Lists without an order: their children stay in the order their rows arrive. */
    public static <C> NestedLists<C> unordered() {
        return new NestedLists<>(new boolean[0]);
    }

    /** The list of the parent with {@code key}: empty for a {@code null} key, else filled by {@link #add}. */
    public List<C> of(Object key) {
        return key == null ? List.of() : children(key);
    }

    /**
     * {@code key} as a map key that equals another exactly when PostgreSQL's {@code =} does: the
     * contents of a {@code byte[]}, a {@link BigDecimal} whatever its scale ({@code 1.0 = 1.00}).
     */
    private static Object mapKey(Object key) {
        if (key instanceof byte[] bytes) {
            return ByteBuffer.wrap(bytes);
        }
        if (key instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        }
        return key;
    }

    /** Adds {@code child} to the list of the parent with {@code key}, for lists without sort keys. */
    public void add(Object key, C child) {
        children(key).append(child, null);
    }

    /** Adds {@code child}, with its one sort key, to the list of the parent with {@code key}. */
    public void add(Object key, C child, Object sortKey) {
        children(key).append(child, sortKey);
    }

    /** Adds {@code child}, with its sort keys, to the list of the parent with {@code key}. */
    public void add(Object key, C child, Object... sortKeys) {
        children(key).append(child, sortKeys);
    }

    /** Sorts every list by its children's keys. */
    public void sort() {
        if (descending.length == 0) {
            return;
        }
        for (Children<C> list : lists.values()) {
            list.sortByKeys(this);
        }
    }

    /** Compares the sort keys of two children: one key as is, several as an array. */
    private int compareKeys(Object a, Object b) {
        if (descending.length == 1) {
            return compare(a, b, descending[0]);
        }
        Object[] left = (Object[]) a;
        Object[] right = (Object[]) b;
        for (int i = 0; i < descending.length; i++) {
            int compared = compare(left[i], right[i], descending[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b, boolean descending) {
        if (a == null || b == null) {
            // PostgreSQL: nulls are larger than any value, so last ascending and first descending.
            int nulls = a == null ? (b == null ? 0 : 1) : -1;
            return descending ? -nulls : nulls;
        }
        int compared = ((Comparable<Object>) a).compareTo(b);
        return descending ? -compared : compared;
    }

    private Children<C> children(Object key) {
        return lists.computeIfAbsent(mapKey(key), k -> new Children<>());
    }

    /** One parent's children: an unmodifiable view that the reader fills and sorts. */
    private static final class Children<C> extends AbstractList<C> implements RandomAccess {
        private final List<C> elements = new ArrayList<>();
        private final List<Object> keys = new ArrayList<>();

        void append(C child, Object sortKey) {
            elements.add(child);
            keys.add(sortKey);
        }

        void sortByKeys(NestedLists<?> order) {
            int size = elements.size();
            boolean sorted = true;
            for (int i = 1; i < size && sorted; i++) {
                sorted = order.compareKeys(keys.get(i - 1), keys.get(i)) <= 0;
            }
            if (sorted) {
                return;
            }
            Integer[] positions = new Integer[size];
            for (int i = 0; i < size; i++) {
                positions[i] = i;
            }
            Arrays.sort(positions, (a, b) -> order.compareKeys(keys.get(a), keys.get(b)));
            List<C> sortedElements = new ArrayList<>(size);
            List<Object> sortedKeys = new ArrayList<>(size);
            for (Integer position : positions) {
                sortedElements.add(elements.get(position));
                sortedKeys.add(keys.get(position));
            }
            elements.clear();
            elements.addAll(sortedElements);
            keys.clear();
            keys.addAll(sortedKeys);
        }

        @Override
        public C get(int index) {
            return elements.get(index);
        }

        @Override
        public int size() {
            return elements.size();
        }
    }
}
