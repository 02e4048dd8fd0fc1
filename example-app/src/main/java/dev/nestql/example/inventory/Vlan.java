package dev.nestql.example.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

/** A VLAN, at a location or global ({@code locationId} null). */
@Table("vlan")
public record Vlan(@Id long id, int vid, String name, @ForeignKey(references = Location.class) Long locationId) {}
