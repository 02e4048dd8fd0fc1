package dev.nestql.bench.stream;

import dev.nestql.bench.DataSet;

/** Workload 5: 1,000,000 items. */
public final class StreamData extends DataSet {
    public static final int ITEMS = 1_000_000;

    public StreamData() {
        super("bench_stream", 1);
    }

    @Override
    protected String script() {
        return """
                CREATE TABLE item (id bigint PRIMARY KEY, sku text NOT NULL, name text NOT NULL, price_cents int NOT NULL,
                    created_at timestamptz NOT NULL);
                INSERT INTO item
                SELECT i, 'SKU-' || lpad(i::text, 7, '0'), 'Item number ' || i, 100 + (i * 37) % 100000,
                       timestamptz '2024-01-01 00:00:00+00' + (i % 100000) * interval '1 minute'
                FROM generate_series(1, 1000000) i;
                """;
    }
}
