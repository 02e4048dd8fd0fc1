package dev.nestql.bench.world;

import dev.nestql.bench.DataSet;

/**
 * Workload 4: 50 countries, 2,000 cities (40 each) and 100,000 addresses (50 per city), the
 * addresses scattered over their table ({@code city = 1 + i * 7919 mod 2000}).
 */
public final class WorldData extends DataSet {
    public static final int COUNTRIES = 50;
    public static final int CITIES_PER_COUNTRY = 40;
    public static final int ADDRESSES_PER_CITY = 50;

    public WorldData() {
        super("bench_world", 1);
    }

    @Override
    protected String script() {
        return """
                CREATE TABLE country (id bigint PRIMARY KEY, name text NOT NULL);
                CREATE TABLE city (id bigint PRIMARY KEY, name text NOT NULL, country_id bigint NOT NULL REFERENCES country);
                CREATE TABLE address (id bigint PRIMARY KEY, street text NOT NULL, postcode text,
                    city_id bigint NOT NULL REFERENCES city);
                INSERT INTO country SELECT i, 'Country ' || i FROM generate_series(1, 50) i;
                INSERT INTO city SELECT i, 'City ' || i, 1 + (i * 37) % 50 FROM generate_series(1, 2000) i;
                INSERT INTO address
                SELECT i, i || ' Main Street', CASE WHEN i % 11 = 0 THEN NULL ELSE lpad((i % 99991)::text, 5, '0') END,
                       1 + (i * 7919) % 2000
                FROM generate_series(1, 100000) i;
                CREATE INDEX ON city (country_id);
                CREATE INDEX ON address (city_id);
                """;
    }
}
