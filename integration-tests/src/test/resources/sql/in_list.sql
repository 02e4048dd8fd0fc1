-- Three levels of rows for in() with 100,000 values (InListTest).
CREATE TABLE region (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE store (id bigint PRIMARY KEY, region_id bigint NOT NULL REFERENCES region (id), code text NOT NULL);
CREATE INDEX ON store (region_id);
CREATE TABLE staff (id bigint PRIMARY KEY, store_id bigint NOT NULL REFERENCES store (id), name text NOT NULL);
CREATE INDEX ON staff (store_id);
INSERT INTO region SELECT g, 'region ' || g FROM generate_series(1, 2000) g;
INSERT INTO store SELECT g, (g + 1) / 2, 'store ' || g FROM generate_series(1, 4000) g;
INSERT INTO staff SELECT g, (g + 1) / 2, 'staff ' || g FROM generate_series(1, 8000) g;
ANALYZE region;
ANALYZE store;
ANALYZE staff;
