package dev.nestql.processor.sql.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code FROM} clause: the first item and its joins, in order.
 *
 * @param first the first item
 * @param joins the joins
 */
public record From(FromItem first, List<Join> joins) {
    public From {
        Objects.requireNonNull(first, "first");
        joins = List.copyOf(joins);
    }

    /** {@code first} alone. */
    public static From of(FromItem first) {
        return new From(first, List.of());
    }

    /** This clause with {@code more} joins after its own. */
    public From join(List<Join> more) {
        List<Join> all = new ArrayList<>(joins);
        all.addAll(more);
        return new From(first, all);
    }
}
