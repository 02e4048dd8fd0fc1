package dev.nestql.example.inventory;

import dev.nestql.Id;
import dev.nestql.Table;

/** A circuit provider (a carrier). */
@Table("provider")
public record Provider(@Id long id, String name) {}
