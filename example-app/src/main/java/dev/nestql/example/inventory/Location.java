package dev.nestql.example.inventory;

import dev.nestql.Id;
import dev.nestql.Table;

/** A site or a city where devices stand and circuits end. */
@Table("location")
public record Location(@Id long id, String name, String locationType) {}
