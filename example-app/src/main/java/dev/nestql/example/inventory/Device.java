package dev.nestql.example.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.Instant;

/** A network device at a location. */
@Table("device")
public record Device(
        @Id long id,
        String name,
        @ForeignKey(references = Location.class) long locationId,
        @ForeignKey(references = DeviceRole.class) long deviceRoleId,
        Instant lastUpdated,
        String status) {}
