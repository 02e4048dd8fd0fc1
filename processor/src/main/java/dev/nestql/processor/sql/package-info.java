/**
 * Renders the PostgreSQL of a projection from the model: the typed select list (nested
 * projections as positional JSON arrays), the keyed JSON object of the JSON path, the
 * {@code FROM} clause and the expressions of the query class's handles. Pure: no
 * {@code javax.lang.model}.
 */
package dev.nestql.processor.sql;
