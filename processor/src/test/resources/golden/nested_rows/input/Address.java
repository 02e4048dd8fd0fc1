package com.acme.world;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.Instant;

@Table("address")
public record Address(@Id long id, String street, @ForeignKey(references = City.class) Long cityId, Instant movedIn) {}
