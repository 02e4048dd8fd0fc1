/** Reads PostgreSQL's catalog into the {@link dev.nestql.schema.model} of a schema. */
package dev.nestql.schema.catalog;
