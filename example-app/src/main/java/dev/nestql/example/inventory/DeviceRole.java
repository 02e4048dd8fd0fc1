package dev.nestql.example.inventory;

import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * What a device is for: edge, leaf, spine, router or backbone.
 *
 * <p>The table {@code device_role}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("device_role")
public record DeviceRole(
        @Id long id,
        String name,
        String slug) {}
