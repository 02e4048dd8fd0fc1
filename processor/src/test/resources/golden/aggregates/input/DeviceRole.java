package com.acme.inventory;

import dev.nestql.Id;
import dev.nestql.Table;

@Table("aggbench.device_role")
public record DeviceRole(@Id long id, String slug) {}
