package dev.nestql.example.shop;

import dev.nestql.Id;
import dev.nestql.Table;

/** A venue (a shop, a bar) with a menu of categories. */
@Table("orders_venue")
public record Venue(@Id long id, String name) {}
