/**
 * Statements as values: a small immutable tree of {@code SELECT}s (select list, {@code FROM} with
 * joins and lateral joins, condition, grouping, order, limit), unions and subqueries, and
 * {@link dev.nestql.processor.sql.tree.SqlWriter}, the one place that writes them as text.
 * Expressions are text, but a statement inside one is a node of the tree.
 */
package dev.nestql.processor.sql.tree;
