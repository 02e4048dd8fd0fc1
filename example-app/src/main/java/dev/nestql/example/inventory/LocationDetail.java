package dev.nestql.example.inventory;

import dev.nestql.Count;
import dev.nestql.Nested;
import dev.nestql.Projection;
import java.util.List;

/**
 * One location with its devices nested, and counts of its prefixes, VLANs and the providers whose
 * circuits end there (three hops away: terminations, circuits, providers). Served by
 * {@code GET /locations/{name}}.
 */
@Projection(Location.class)
public record LocationDetail(
        String name,
        String locationType,
        @Count("prefixes") long prefixCount,
        @Count("vlans") long vlanCount,
        @Count(value = "circuitTerminations.circuit.provider", distinct = true) long providerCount,
        @Nested(value = "devices", orderBy = "name") List<DeviceView> devices) {}
