package dev.nestql.example.inventory;

import dev.nestql.Count;
import dev.nestql.Projection;

/**
 * The blog's first example, {@code Provider.objects.annotate(circuit_count=Count("circuits"))}:
 * each provider with the number of its circuits (0 for a provider without any). Served by
 * {@code GET /providers}.
 */
@Projection(Provider.class)
public record ProviderCircuits(String name, @Count("circuits") long circuitCount) {}
