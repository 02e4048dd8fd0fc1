package dev.nestql.example.inventory;

import dev.nestql.Id;
import dev.nestql.Table;

/** What a device is for: edge, leaf, spine, router or backbone. */
@Table("device_role")
public record DeviceRole(@Id long id, String name, String slug) {}
