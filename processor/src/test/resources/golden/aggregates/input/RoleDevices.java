package com.acme.inventory;

import dev.nestql.Max;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Sum;
import java.time.Instant;
import java.util.List;

/** Aggregates inside a nested list: each device with figures of its location. */
@Projection(DeviceRole.class)
public record RoleDevices(
        String slug,
        @Max("devices.lastUpdated") Instant lastChange,
        @Nested(value = "devices", orderBy = "name", limit = 3) List<DeviceFigures> devices) {

    @Projection(Device.class)
    public record DeviceFigures(
            String name,
            @Sum("location.vlans.vid") long vidSum,
            @Sum("location.vlans.vid") Long vidSumOrNull) {}
}
