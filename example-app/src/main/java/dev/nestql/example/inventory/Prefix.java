package dev.nestql.example.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

/** An IP prefix in CIDR notation, at a location or global ({@code locationId} null). */
@Table("prefix")
public record Prefix(@Id long id, String prefix, @ForeignKey(references = Location.class) Long locationId) {}
