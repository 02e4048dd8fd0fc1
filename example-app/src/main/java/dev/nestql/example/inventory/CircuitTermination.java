package dev.nestql.example.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

/** One end (side {@code A} or {@code Z}) of a circuit, at a location. */
@Table("circuit_termination")
public record CircuitTermination(
        @Id long id,
        @ForeignKey(references = Circuit.class) long circuitId,
        @ForeignKey(references = Location.class) long locationId,
        char termSide) {}
