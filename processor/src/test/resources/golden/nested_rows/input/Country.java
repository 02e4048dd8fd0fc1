package com.acme.world;

import dev.nestql.Id;
import dev.nestql.Table;

@Table("country")
public record Country(@Id long id, String name) {}
