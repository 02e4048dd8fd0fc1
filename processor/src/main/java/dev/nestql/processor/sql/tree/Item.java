package dev.nestql.processor.sql.tree;

import java.util.Objects;
import java.util.Optional;

/**
 * A select-list item: a value, and the name it is selected as.
 *
 * @param value the value
 * @param name the column name as SQL text (quoted where it needs to be), or empty
 */
public record Item(Expr value, Optional<String> name) {
    public Item {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(name, "name");
    }

    /** {@code value}, under the name PostgreSQL gives it. */
    public static Item of(Expr value) {
        return new Item(value, Optional.empty());
    }

    /** {@code value AS name}; {@code name} is SQL text, quoted where it needs to be. */
    public static Item as(Expr value, String name) {
        return new Item(value, Optional.of(name));
    }
}
