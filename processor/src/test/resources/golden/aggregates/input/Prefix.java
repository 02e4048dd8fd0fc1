package com.acme.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

@Table("aggbench.prefix")
public record Prefix(@Id long id, String prefix, @ForeignKey(references = Location.class) Long locationId) {}
