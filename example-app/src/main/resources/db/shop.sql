-- The example app's shop: venues, the categories on each venue's menu and their products with
-- images, as in the forum question ("the categories of venue 16, each with its products, as JSON").
-- The app runs this script when the table orders_venue is missing.

CREATE TABLE orders_venue (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE orders_category (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    venue_id bigint NOT NULL REFERENCES orders_venue (id)
);
CREATE INDEX orders_category_venue_id ON orders_category (venue_id);

CREATE TABLE orders_product (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    category_id bigint REFERENCES orders_category (id),    -- NULL: not on any menu yet
    image text                                              -- NULL: no picture yet
);
CREATE INDEX orders_product_category_id ON orders_product (category_id);

-- The comments become the Javadoc of the records the schema generator writes from this script.
COMMENT ON TABLE orders_venue IS 'A venue (a shop, a bar) with a menu of categories.';
COMMENT ON TABLE orders_category IS 'A category of products on a venue''s menu.';
COMMENT ON TABLE orders_product IS 'A product; its category is optional.';
COMMENT ON COLUMN orders_product.category_id IS 'NULL: not on any menu yet.';
COMMENT ON COLUMN orders_product.image IS 'NULL: no picture yet.';

INSERT INTO orders_venue (id, name) VALUES
    (16, 'Corner Bakery'),
    (17, 'Wine Bar'),
    (18, 'Pop-up Stand');   -- no categories yet

INSERT INTO orders_category (id, name, venue_id) VALUES
    (543, 'Bakery', 16),
    (544, 'Beverages', 16),
    (546, 'Seasonal', 16),  -- no products yet
    (545, 'Wine', 17);

INSERT INTO orders_product (id, name, category_id, image) VALUES
    (43, 'Baguette', 543, 'https://example.com/img/baguette.png'),
    (44, 'Croissant', 543, 'https://example.com/img/croissant.png'),
    (47, 'Pain au chocolat', 543, 'https://example.com/img/pain-au-chocolat.png'),
    (45, 'Lemonade', 544, 'https://example.com/img/lemonade.png'),
    (48, 'Iced tea', 544, NULL),
    (46, 'Merlot', 545, 'https://example.com/img/merlot.png'),
    (49, 'Gift card', NULL, NULL);
