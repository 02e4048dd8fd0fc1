package dev.nestql.bench.nested;

import dev.nestql.bench.DataSet;

/** Workload 6: 100,000 orders with 10 lines each. */
public final class NestedData extends DataSet {
    public static final int ORDERS = 100_000;
    public static final int LINES_PER_ORDER = 10;

    public NestedData() {
        super("bench_nested", 1);
    }

    @Override
    protected String script() {
        return """
                CREATE TABLE purchase_order (id bigint PRIMARY KEY, customer text NOT NULL, placed_at timestamptz NOT NULL);
                CREATE TABLE order_line (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES purchase_order,
                    sku text NOT NULL, quantity int NOT NULL, unit_price numeric(10, 2) NOT NULL);
                INSERT INTO purchase_order
                SELECT o, 'Customer ' || (o % 5000), timestamptz '2024-01-01 00:00:00+00' + o * interval '1 minute'
                FROM generate_series(1, 100000) o;
                INSERT INTO order_line
                SELECT o * 10 + l, o, 'SKU-' || lpad(((o * 7 + l) % 100000)::text, 6, '0'), 1 + (o + l) % 9,
                       ((o * 13 + l * 7) % 10000) / 100.0
                FROM generate_series(1, 100000) o, generate_series(0, 9) l;
                CREATE INDEX order_line_order_id ON order_line (order_id);
                """;
    }
}
