CREATE TABLE orders_category (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    venue_id bigint NOT NULL
);

CREATE TABLE orders_product (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    category_id bigint REFERENCES orders_category (id),
    image text
);
CREATE INDEX orders_product_category_id ON orders_product (category_id);
