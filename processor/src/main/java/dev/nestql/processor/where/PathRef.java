package dev.nestql.processor.where;

import java.util.List;
import java.util.Objects;

/**
 * A reference to a property, as written in a where string, such as {@code status} or {@code category.name}.
 *
 * <p>The parser does not know what a path means; callers resolve it against their model and use
 * {@link #column()} to point the user at the right place when it does not resolve.
 *
 * @param path the path text as written, with segments separated by dots, e.g. {@code "category.name"}
 * @param column the 1-based position in the where string at which the path starts
 */
public record PathRef(String path, int column) {

    /**
     * Checks that the path text is present.
     */
    public PathRef {
        Objects.requireNonNull(path, "path");
    }

    /**
     * Returns the dot-separated parts of the path, so callers can walk from one entity to the next.
     *
     * @return the segments in order, e.g. {@code [category, name]} for {@code category.name}
     */
    public List<String> segments() {
        return List.of(path.split("\\.", -1));
    }
}
