/**
 * Renders the PostgreSQL of a projection from the model: the typed select list (nested
 * projections as positional JSON arrays), the statement that sends nested lists as rows of their
 * own, the keyed JSON object of the JSON path, the {@code FROM} clause, the joined relations of
 * aggregates and the expressions of the query class's handles. Pure: no {@code javax.lang.model}.
 */
package dev.nestql.processor.sql;
