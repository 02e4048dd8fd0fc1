package dev.nestql.generator.plan;

import java.util.Optional;

/**
 * A {@code @ForeignKey} to write.
 *
 * @param references the simple name of the referenced record
 * @param name the forward relation's name, when the processor's default would not give it
 * @param relatedName the reverse relation's name, when the processor's default would not give it
 */
public record ForeignKeyPlan(String references, Optional<String> name, Optional<String> relatedName) {}
