package dev.nestql.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The top-level records of a statement whose nested lists arrive as rows of their own: each record
 * comes with its position in the statement's order, since the rows of a {@code UNION ALL} come in
 * no particular order.
 *
 * <p>For generated code only: see {@link dev.nestql.internal}.
 *
 * @param <P> the projection record
 */
public final class RootRows<P> {
    private record Row<P>(long position, P record) {}

    private final List<Row<P>> rows = new ArrayList<>();

    /** Adds {@code record}, which is at {@code position} (from 1) in the statement's order. */
    public void add(long position, P record) {
        rows.add(new Row<>(position, record));
    }

    /** The records in order of their positions. */
    public List<P> list() {
        rows.sort(Comparator.comparingLong(Row::position));
        List<P> records = new ArrayList<>(rows.size());
        for (Row<P> row : rows) {
            records.add(row.record());
        }
        return records;
    }
}
