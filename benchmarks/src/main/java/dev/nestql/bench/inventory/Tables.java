package dev.nestql.bench.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.Instant;

/** Workload 3's tables: the network inventory of the aggregates blog, at benchmark scale. */
public interface Tables {
    @Table("device_role")
    record DeviceRole(@Id long id, String slug) {}

    @Table("location")
    record Location(@Id long id, String name) {}

    @Table("device")
    record Device(
            @Id long id,
            String name,
            @ForeignKey(references = Location.class) long locationId,
            @ForeignKey(references = DeviceRole.class) long deviceRoleId,
            Instant lastUpdated) {}

    @Table("prefix")
    record Prefix(@Id long id, String prefix, @ForeignKey(references = Location.class) Long locationId) {}

    @Table("vlan")
    record Vlan(@Id long id, int vid, @ForeignKey(references = Location.class) Long locationId) {}
}
