/**
 * The network inventory of the networktocode blog "Nautobot and Django QuerySet Annotations":
 * table records for providers, circuits, locations, devices with roles, prefixes and VLANs, and
 * the projections the app serves, which count, test and pick related rows.
 *
 * <p>Reverse relations take their default names: {@code Provider.circuits},
 * {@code Location.devices}, {@code Location.prefixes}, {@code Location.vlans},
 * {@code Location.circuitTerminations}, {@code Circuit.circuitTerminations} and
 * {@code DeviceRole.devices}.
 */
package dev.nestql.example.inventory;
