package dev.nestql.bench.shop;

import dev.nestql.bench.DataSet;

/**
 * Workloads 1 and 2: 1,000 categories of 20 venues (50 each) and 20,000 products, 20 per
 * category, scattered over the table (a product's category is {@code 1 + i * 7919 mod 1000}); one
 * product in seven has no image.
 */
public final class ShopData extends DataSet {
    public static final int CATEGORIES = 1_000;
    public static final int PRODUCTS_PER_CATEGORY = 20;
    public static final int VENUES = 20;

    public ShopData() {
        super("bench_shop", 1);
    }

    @Override
    protected String script() {
        return """
                CREATE TABLE category (id bigint PRIMARY KEY, name text NOT NULL, venue_id bigint NOT NULL);
                CREATE TABLE product (
                    id bigint PRIMARY KEY, name text NOT NULL, category_id bigint NOT NULL REFERENCES category,
                    image text, price_cents int NOT NULL);
                INSERT INTO category SELECT i, 'Category ' || i, 1 + (i - 1) / 50 FROM generate_series(1, 1000) i;
                INSERT INTO product
                SELECT i, 'Product ' || i, 1 + (i * 7919) % 1000,
                       CASE WHEN i % 7 = 0 THEN NULL ELSE 'https://img.example.com/p/' || i || '.png' END,
                       100 + (i * 37) % 10000
                FROM generate_series(1, 20000) i;
                CREATE INDEX ON category (venue_id);
                CREATE INDEX ON product (category_id);
                """;
    }
}
