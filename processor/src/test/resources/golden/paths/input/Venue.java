package com.acme.events;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

@Table("venue")
public record Venue(@Id long id, String name, @ForeignKey(references = City.class) Long cityId, int capacity) {}
