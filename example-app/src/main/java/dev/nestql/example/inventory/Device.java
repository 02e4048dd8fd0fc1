package dev.nestql.example.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * A network device at a location.
 *
 * <p>The table {@code device}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("device")
public record Device(
        @Id long id,
        String name,
        @ForeignKey(references = Location.class) long locationId,
        @ForeignKey(references = DeviceRole.class) long deviceRoleId,
        Instant lastUpdated,
        String status) {}
