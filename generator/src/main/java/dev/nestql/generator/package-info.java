/**
 * nestql's schema generator: reads a live PostgreSQL schema and writes one {@code @Table} record
 * per table, view and materialized view, and one Java enum per PostgreSQL enum they use.
 * {@link dev.nestql.generator.SchemaGenerator} is the library entry point,
 * {@link dev.nestql.generator.Main} the command line; the data flows from the catalog
 * ({@code nestql-schema}) through {@link dev.nestql.generator.plan} (every decision) to
 * {@link dev.nestql.generator.write} (the Java source).
 */
package dev.nestql.generator;
