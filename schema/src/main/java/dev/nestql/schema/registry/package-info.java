/**
 * What the processor records of the {@code @Table} records and projections it compiles, as
 * class-path resources that the verifier reads back: one file per record, so that incremental
 * builds rewrite only what changed.
 */
package dev.nestql.schema.registry;
