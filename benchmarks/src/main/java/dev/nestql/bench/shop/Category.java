package dev.nestql.bench.shop;

import dev.nestql.Id;
import dev.nestql.Table;

/** A category of a venue's menu. */
@Table("category")
public record Category(@Id long id, String name, long venueId) {}
