/** The immutable model of a PostgreSQL schema: relations, their columns, keys and indexes, and column types. */
package dev.nestql.schema.model;
