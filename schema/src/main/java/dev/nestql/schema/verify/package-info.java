/**
 * Checks the {@code @Table} records of an application against a live database, and reports every
 * difference at once with the record component and the fix.
 */
package dev.nestql.schema.verify;
