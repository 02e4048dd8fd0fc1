/**
 * Reads {@code @Table} and {@code @Projection} records through {@code javax.lang.model}, checks
 * every rule, reports each broken rule with its code, and builds the immutable model.
 */
package dev.nestql.processor.reading;
