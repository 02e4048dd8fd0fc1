package com.acme.inventory;

import dev.nestql.Count;
import dev.nestql.Exists;
import dev.nestql.First;
import dev.nestql.Projection;
import dev.nestql.Sql;

/** The seed blog's location statistics: each aggregate over its own relation. */
@Projection(Location.class)
public record LocationStats(
        String name,
        @Count("prefixes") long pfxCount,
        @Count("devices") long deviceCount,
        @Count(value = "devices.deviceRole", distinct = true) long devroleCount,
        @Count("vlans") int vlansCount,
        @Exists(value = "devices", where = "deviceRole.slug = 'edge'") boolean hasEdgeDevices,
        @First(value = "devices", select = "name", orderBy = "-lastUpdated") String newestDevice,
        @Sql("length({name})") int nameLen) {}
