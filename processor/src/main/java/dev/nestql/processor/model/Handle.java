package dev.nestql.processor.model;

import java.util.Optional;

/**
 * A typed static handle of a generated query class, such as {@code CategoryViewQuery.VENUE_ID} or
 * {@code LocationStatsQuery.DEVICE_COUNT}: something conditions and order can be written on.
 *
 * @param constant the constant's name in UPPER_SNAKE_CASE
 * @param type the value's Java type
 * @param target what it stands for: a column (possibly through to-one relations) or a computed
 *     component
 * @param component the name of the projection component it comes from; empty for a column of the
 *     table that no component reads under another name
 */
public record Handle(String constant, ValueType type, Target target, Optional<String> component) {

    /** What a handle stands for. */
    public sealed interface Target permits ColumnPath, Component.Computed {
        /** A short description for messages: the path, or the annotation as written. */
        String describe();
    }
}
