package dev.nestql.example.inventory;

import dev.nestql.Path;
import dev.nestql.Projection;
import java.time.Instant;

/** A device as listed under its location, with its role's name read through the foreign key. */
@Projection(Device.class)
public record DeviceView(String name, @Path("deviceRole.name") String role, String status, Instant lastUpdated) {}
