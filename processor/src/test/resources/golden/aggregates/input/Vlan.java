package com.acme.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

@Table("aggbench.vlan")
public record Vlan(@Id long id, int vid, @ForeignKey(references = Location.class) Long locationId) {}
