package com.acme.world;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

@Table("city")
public record City(@Id long id, String name, @ForeignKey(references = Country.class) long countryId, int population) {}
