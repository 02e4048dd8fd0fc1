package dev.nestql.example.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * One end (side A or Z) of a circuit, at a location.
 *
 * <p>The table {@code circuit_termination}, read from the database's catalog by nestql's schema
 * generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("circuit_termination")
public record CircuitTermination(
        @Id long id,
        @ForeignKey(references = Circuit.class) long circuitId,
        @ForeignKey(references = Location.class) long locationId,
        String termSide) {}
