package dev.nestql.bench.inventory;

import dev.nestql.bench.DataSet;

/**
 * Workload 3: 2,000 locations, 100,000 devices of 10 roles, 20,000 prefixes and 30,000 VLANs, the
 * data set of {@code docs/aggregates/data.sql} (same formulas).
 */
public final class InventoryData extends DataSet {
    public static final int LOCATIONS = 2_000;

    public InventoryData() {
        super("bench_inventory", 1);
    }

    @Override
    protected String script() {
        return """
                CREATE TABLE device_role (id bigint PRIMARY KEY, slug text NOT NULL);
                CREATE TABLE location (id bigint PRIMARY KEY, name text NOT NULL);
                CREATE TABLE device (id bigint PRIMARY KEY, name text NOT NULL, location_id bigint NOT NULL REFERENCES location,
                    device_role_id bigint NOT NULL REFERENCES device_role, last_updated timestamptz NOT NULL);
                CREATE TABLE prefix (id bigint PRIMARY KEY, prefix text NOT NULL, location_id bigint REFERENCES location);
                CREATE TABLE vlan (id bigint PRIMARY KEY, vid int NOT NULL, location_id bigint REFERENCES location);
                INSERT INTO device_role SELECT i, 'role' || i FROM generate_series(1, 10) i;
                UPDATE device_role SET slug = 'edge' WHERE id = 1;
                INSERT INTO location SELECT i, 'loc' || lpad(i::text, 5, '0') FROM generate_series(1, 2000) i;
                INSERT INTO device SELECT i, 'dev' || i, 1 + (i * 7919) % 2000, 1 + (i * 31) % 10,
                    timestamptz '2024-01-01' + (i % 997) * interval '1 hour' FROM generate_series(1, 100000) i;
                INSERT INTO prefix SELECT i, '10.' || (i % 256) || '.0.0/24', 1 + (i * 613) % 2000 FROM generate_series(1, 20000) i;
                INSERT INTO vlan SELECT i, i % 4096, 1 + (i * 389) % 2000 FROM generate_series(1, 30000) i;
                CREATE INDEX ON device (location_id);
                CREATE INDEX ON prefix (location_id);
                CREATE INDEX ON vlan (location_id);
                """;
    }
}
