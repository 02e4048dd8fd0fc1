package com.acme.inventory;

import dev.nestql.Id;
import dev.nestql.Table;

@Table("aggbench.location")
public record Location(@Id long id, String name) {}
