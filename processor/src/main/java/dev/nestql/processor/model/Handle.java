package dev.nestql.processor.model;

/**
 * A typed static handle of a generated query class, such as {@code CategoryViewQuery.VENUE_ID}.
 *
 * @param constant the constant's name in UPPER_SNAKE_CASE
 * @param type the value's Java type
 * @param path the column it stands for
 * @param source a phrase naming where it comes from, for its Javadoc
 */
public record Handle(String constant, ValueType type, ColumnPath path, String source) {}
