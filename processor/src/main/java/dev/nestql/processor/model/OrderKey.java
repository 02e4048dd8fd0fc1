package dev.nestql.processor.model;

/**
 * One key of a nested list's {@code orderBy}.
 *
 * @param path the sorted column
 * @param descending whether the key was written with a leading {@code -}
 */
public record OrderKey(ColumnPath path, boolean descending) {}
