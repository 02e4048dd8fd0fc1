package dev.nestql.example.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * A VLAN, at a location or global (no location).
 *
 * <p>The table {@code vlan}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("vlan")
public record Vlan(
        @Id long id,
        int vid,
        String name,
        @ForeignKey(references = Location.class) Long locationId) {}
