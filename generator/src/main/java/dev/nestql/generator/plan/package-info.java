/**
 * Decides, from a catalog and the options, every record, component, annotation and enum the
 * generator writes: names, Java types, keys and relation names. Pure: no database, no JavaPoet.
 */
package dev.nestql.generator.plan;
