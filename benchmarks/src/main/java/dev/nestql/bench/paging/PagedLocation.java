package dev.nestql.bench.paging;

import dev.nestql.Count;
import dev.nestql.Exists;
import dev.nestql.First;
import dev.nestql.Projection;
import dev.nestql.bench.inventory.Tables.Location;

/** Workload 3's per-location statistics, with the location's id, by which pages break ties. */
@Projection(Location.class)
public record PagedLocation(
        long id,
        String name,
        @Count("prefixes") long prefixCount,
        @Count("devices") long deviceCount,
        @Count(value = "devices.deviceRole", distinct = true) long roleCount,
        @Count("vlans") long vlanCount,
        @Exists(value = "devices", where = "deviceRole.slug = 'edge'") boolean hasEdgeDevices,
        @First(value = "devices", select = "name", orderBy = "-lastUpdated") String newestDevice) {}
