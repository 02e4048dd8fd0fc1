package dev.nestql.it.shop;

import dev.nestql.Id;
import dev.nestql.Table;

@Table("orders_category")
public record Category(@Id long id, String name, long venueId) {}
