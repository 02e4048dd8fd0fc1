/**
 * A live PostgreSQL schema as nestql sees it: {@link dev.nestql.schema.catalog} reads the catalog
 * into the immutable {@link dev.nestql.schema.model}, {@link dev.nestql.schema.types} says which
 * Java type nestql reads each column type into, and {@link dev.nestql.schema.naming} holds the
 * name conventions that the processor applies to {@code @Table} records. The schema generator
 * and the verifier are built on these.
 */
package dev.nestql.schema;
