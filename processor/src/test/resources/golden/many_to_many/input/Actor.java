package com.acme.films;

import dev.nestql.Id;
import dev.nestql.Table;

@Table("actor")
public record Actor(@Id long id, String name, int birthYear, boolean active) {}
