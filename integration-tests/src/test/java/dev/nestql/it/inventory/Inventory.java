package dev.nestql.it.inventory;

import dev.nestql.Avg;
import dev.nestql.Count;
import dev.nestql.Exists;
import dev.nestql.First;
import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Max;
import dev.nestql.Min;
import dev.nestql.Nested;
import dev.nestql.Path;
import dev.nestql.Projection;
import dev.nestql.Sql;
import dev.nestql.Sum;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The network inventory of the networktocode blog "Nautobot and Django QuerySet Annotations":
 * providers and circuits, locations, devices with roles, prefixes and VLANs (data in
 * {@code sql/inventory.sql}), and projections that read aggregates over their relations.
 */
public interface Inventory {

    // Schema. Reverse relations take their default names: Provider.circuits,
    // Circuit.circuitTerminations, Location.circuitTerminations, Location.devices,
    // Location.prefixes, Location.vlans, DeviceRole.devices.

    @Table("provider")
    record Provider(@Id long id, String name) {}

    @Table("circuit")
    record Circuit(
            @Id long id,
            String cid,
            @ForeignKey(references = Provider.class) long providerId,
            Integer commitRate,
            LocalDate installDate) {}

    @Table("location")
    record Location(@Id long id, String name, String locationType) {}

    @Table("circuit_termination")
    record CircuitTermination(
            @Id long id,
            @ForeignKey(references = Circuit.class) long circuitId,
            @ForeignKey(references = Location.class) long locationId,
            char termSide) {}

    @Table("device_role")
    record DeviceRole(@Id long id, String name, String slug) {}

    @Table("device")
    record Device(
            @Id long id,
            String name,
            @ForeignKey(references = Location.class) long locationId,
            @ForeignKey(references = DeviceRole.class) long deviceRoleId,
            Instant lastUpdated,
            String status) {}

    @Table("prefix")
    record Prefix(@Id long id, String prefix, @ForeignKey(references = Location.class) Long locationId) {}

    @Table("vlan")
    record Vlan(@Id long id, int vid, String name, @ForeignKey(references = Location.class) Long locationId) {}

    // Providers.

    /** The blog's first example: {@code Provider.objects.annotate(circuit_count=Count("circuits"))}. */
    @Projection(Provider.class)
    record ProviderCircuits(String name, @Count("circuits") long circuitCount) {}

    /**
     * Folds of a nullable integer and a nullable date column: primitive components are 0 when there
     * are no circuits, boxed ones {@code null}.
     */
    @Projection(Provider.class)
    record ProviderRates(
            String name,
            @Sum("circuits.commitRate") long totalRate,
            @Sum("circuits.commitRate") Long totalRateOrNull,
            @Avg("circuits.commitRate") double averageRate,
            @Avg("circuits.commitRate") Double averageRateOrNull,
            @Min("circuits.commitRate") Integer lowestRate,
            @Max("circuits.commitRate") Integer highestRate,
            @Min("circuits.installDate") LocalDate firstInstall,
            @Max("circuits.installDate") LocalDate lastInstall,
            @Max(value = "circuits.installDate", where = "commitRate is null") LocalDate lastUnratedInstall,
            @Count(value = "circuits", where = "commitRate is null") long unratedCircuits,
            @Exists("circuits") boolean hasCircuits,
            @Exists(value = "circuits", where = "commitRate is null") boolean hasUnratedCircuits,
            @First(value = "circuits", select = "cid", orderBy = "installDate") String firstInstalledCircuit) {}

    /** An average read as {@code numeric}, with its decimal digits. */
    @Projection(Provider.class)
    record ProviderExactAverage(String name, @Avg("circuits.commitRate") BigDecimal averageRate) {}

    /** Paths of two and three hops from a provider to the places its circuits end. */
    @Projection(Provider.class)
    record ProviderReach(
            String name,
            @Count("circuits.circuitTerminations") long terminationCount,
            @Count(value = "circuits.circuitTerminations.location", distinct = true) long locationCount,
            @Count(value = "circuits.circuitTerminations.location", distinct = true, where = "locationType = 'Site'")
                    long siteCount) {}

    /** Aggregates inside a nested list: the last three circuits of each provider. */
    @Projection(Provider.class)
    record ProviderCircuitList(
            String name, @Nested(value = "circuits", orderBy = "-cid", limit = 3) List<CircuitSummary> latestCircuits) {}

    @Projection(Circuit.class)
    record CircuitSummary(
            String cid,
            Integer commitRate,
            @Count("circuitTerminations") long terminationCount,
            @First(value = "circuitTerminations", select = "location.name", orderBy = "termSide") String aSide,
            @First(value = "circuitTerminations", select = "location.name", orderBy = "-termSide") String zSide) {}

    // Locations.

    /** The blog's per-site table: counts that a double join would multiply, and a subquery or two. */
    @Projection(Location.class)
    record LocationStats(
            String name,
            @Count("prefixes") long pfxCount,
            @Count("devices") long deviceCount,
            @Count(value = "devices.deviceRole", distinct = true) long devroleCount,
            @Count("vlans") int vlansCount,
            @Exists(value = "devices", where = "deviceRole.slug = 'edge'") boolean hasEdgeDevices,
            @First(value = "devices", select = "name", orderBy = "-lastUpdated") String newestDevice,
            @Sql("length({name})") int nameLen) {}

    /** Counts with conditions, and a distinct count along three hops. */
    @Projection(Location.class)
    record LocationActivity(
            String name,
            String locationType,
            @Count(value = "devices", where = "status = 'active'") long activeDevices,
            @Count(value = "devices", where = "deviceRole.slug in ('spine', 'router', 'backbone')") long coreDevices,
            @Count("circuitTerminations") long terminations,
            @Count(value = "circuitTerminations.circuit.provider", distinct = true) long providerCount,
            @Exists(value = "circuitTerminations", where = "termSide = 'A'") boolean hasASide) {}

    /** {@code @First} with a to-one select, two sort keys, ties and a condition; {@code @Min}/{@code @Max} of instants. */
    @Projection(Location.class)
    record LocationDeviceAges(
            String name,
            @First(value = "devices", select = "deviceRole.name", orderBy = "-lastUpdated") String newestDeviceRole,
            @First(value = "devices", select = "name", orderBy = "lastUpdated") String oldestDevice,
            @First(value = "devices", select = "name", orderBy = {"lastUpdated", "-name"}) String oldestDeviceLastByName,
            @First(value = "devices", select = "name", orderBy = "-lastUpdated", where = "status = 'active'")
                    String newestActiveDevice,
            @Max("devices.lastUpdated") Instant lastChange,
            @Min("devices.lastUpdated") Instant firstChange) {}

    /** Aggregates inside a nested list, starting from the nested row: to-one, then to-many. */
    @Projection(Location.class)
    record LocationDevices(String name, @Nested(value = "devices", orderBy = "name") List<DeviceSummary> devices) {}

    @Projection(Device.class)
    record DeviceSummary(
            String name,
            @Path("deviceRole.slug") String role,
            @Count("location.prefixes") long prefixesAtLocation,
            @Exists(value = "location.circuitTerminations", where = "termSide = 'A'") boolean atASideLocation) {}

    /** An {@code @Sql} expression that gives null for lax, read into a primitive and a box. */
    @Projection(Location.class)
    record LocationNameLength(
            String name,
            @Sql("nullif(length({name}), 3)") Integer lengthUnlessThree,
            @Sql("coalesce(nullif(length({name}), 3), 0)") int lengthOrZero) {}

    @Projection(Location.class)
    record LocationStrictLength(String name, @Sql("nullif(length({name}), 3)") int lengthUnlessThree) {}

    // Devices and roles.

    /** An SQL expression over to-one placeholders. */
    @Projection(Device.class)
    record DeviceLabel(String name, @Sql("{location.name} || ' / ' || {deviceRole.name}") String label) {}

    @Projection(DeviceRole.class)
    record RoleStats(
            String slug,
            @Count("devices") long deviceCount,
            @Count(value = "devices.location", distinct = true) long locationCount,
            @Max("devices.lastUpdated") Instant lastChange) {}
}
