package dev.nestql.example.inventory;

import dev.nestql.Count;
import dev.nestql.Exists;
import dev.nestql.First;
import dev.nestql.Projection;

/**
 * The blog's per-location table: three counts over three different relations (which a double
 * join would multiply: lax has 5 prefixes and 12 devices, not 60 and 60), the number of distinct
 * device roles, the most recently updated device, and whether any device is an edge device.
 * Served by {@code GET /locations}, which filters, sorts and pages by these components; the id is
 * there for keyset paging, which reads it from the last row of a page to break ties in the order.
 */
@Projection(Location.class)
public record LocationStats(
        long id,
        String name,
        @Count("prefixes") long prefixCount,
        @Count("devices") long deviceCount,
        @Count("vlans") long vlanCount,
        @Count(value = "devices.deviceRole", distinct = true) long roleCount,
        @First(value = "devices", select = "name", orderBy = "-lastUpdated") String newestDevice,
        @Exists(value = "devices", where = "deviceRole.slug = 'edge'") boolean hasEdgeDevices) {}
