package com.acme.events;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

@Table("geo.city")
public record City(@Id long id, String name, @ForeignKey(references = Country.class) long countryId) {}
