package dev.nestql.example.inventory;

import dev.nestql.Projection;
import dev.nestql.Sql;

/**
 * A device with the length of its name: the tutorial's
 * {@code Device.objects.annotate(name_len=Length(F("name"))).order_by("-name_len")}, an SQL
 * expression over the row ({@code @Sql}) that is a handle to sort by like any column.
 */
@Projection(Device.class)
public record DeviceNameLength(String name, @Sql("length({name})") int nameLength) {}
