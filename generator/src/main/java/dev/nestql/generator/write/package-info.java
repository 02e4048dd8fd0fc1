/** Writes the Java source of a {@link dev.nestql.generator.plan.SchemaPlan} with JavaPoet. */
package dev.nestql.generator.write;
