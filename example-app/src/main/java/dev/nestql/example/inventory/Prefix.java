package dev.nestql.example.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * An IP prefix in CIDR notation, at a location or global (no location).
 *
 * <p>The table {@code prefix}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("prefix")
public record Prefix(
        @Id long id,
        String prefix,
        @ForeignKey(references = Location.class) Long locationId) {}
