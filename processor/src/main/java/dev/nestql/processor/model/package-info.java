/**
 * The validated, immutable model of tables and projections that the reading layer builds and the
 * SQL and Java writers consume. Model objects hold names and JavaPoet type names, never the
 * {@code Filer}; elements are kept only as locations for diagnostics.
 */
package dev.nestql.processor.model;
