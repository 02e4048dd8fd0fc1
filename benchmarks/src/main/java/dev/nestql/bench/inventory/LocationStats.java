package dev.nestql.bench.inventory;

import dev.nestql.Count;
import dev.nestql.Exists;
import dev.nestql.First;
import dev.nestql.Projection;
import dev.nestql.bench.inventory.Tables.Location;

/** Workload 3: per location, prefix, device and VLAN counts, distinct roles, has-edge and the newest device. */
@Projection(Location.class)
public record LocationStats(
        String name,
        @Count("prefixes") long prefixCount,
        @Count("devices") long deviceCount,
        @Count(value = "devices.deviceRole", distinct = true) long roleCount,
        @Count("vlans") long vlanCount,
        @Exists(value = "devices", where = "deviceRole.slug = 'edge'") boolean hasEdgeDevices,
        @First(value = "devices", select = "name", orderBy = "-lastUpdated") String newestDevice) {}
