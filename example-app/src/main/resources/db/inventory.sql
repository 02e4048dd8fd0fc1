-- The integration tests' network inventory, in the style of the networktocode blog "Nautobot and
-- Django QuerySet Annotations": providers and their circuits, locations, devices with roles,
-- prefixes and VLANs. The integration tests (InventoryTest) copy it from here, run it in a schema
-- of their own, after db/inventory-schema.sql, which creates the tables, and assert the figures
-- below. The example app's demo data is db/inventory-demo.sql, the tutorial's published tables.
--
-- The blog's full result tables could not be retrieved, so this data set is built to give the
-- figures listed in the issue (per-location counts, lax's 5 prefixes and 12 devices that a double
-- join turns into 60 and 60, 40 circuits each for NTT and Telia Carrier); InventoryTest lists the
-- resulting tables. Ids are written out so that tests can name rows; provider and device ids are
-- deliberately not in name order, so that an order by name is never an order by id by accident.


-- Providers ------------------------------------------------------------------------------------

INSERT INTO provider (id, name) VALUES
    (1, 'Telia Carrier'),
    (2, 'Zayo'),
    (3, 'Cogent'),
    (4, 'NTT'),
    (5, 'Lumen'),
    (6, 'Equinix'),
    (7, 'GTT');

-- Locations ------------------------------------------------------------------------------------

INSERT INTO location (id, name, location_type) VALUES
    (1, 'ams01', 'Site'),
    (2, 'atl01', 'Site'),
    (3, 'lax', 'Site'),
    (4, 'sin01', 'Site'),
    (5, 'Jersey City', 'City'),
    (6, 'New York City', 'City');

-- Circuits: 40 for NTT, 40 for Telia Carrier, none for the other five providers -----------------

-- NTT-001 .. NTT-040 (ids 1-40). Rates cycle 10000, 20000, 30000, 40000 kbps; every 5th circuit
-- has no rate (8 circuits) and every 8th no install date (5 circuits). Install dates are 30 days
-- apart from 2018-01-15. Sum of rates 800000, average 25000, min 10000, max 40000.
INSERT INTO circuit (id, cid, provider_id, commit_rate, install_date)
SELECT n,
       'NTT-' || lpad(n::text, 3, '0'),
       4,
       CASE WHEN n % 5 = 0 THEN NULL ELSE 10000 * (1 + (n - 1) % 4) END,
       CASE WHEN n % 8 = 0 THEN NULL ELSE date '2018-01-15' + (n - 1) * 30 END
FROM generate_series(1, 40) AS n;

-- TELIA-001 .. TELIA-040 (ids 41-80). Every circuit has a rate and an install date: circuits 1-10
-- at 100000 kbps, 11-30 at 1000000, 31-40 at 10000000 (sum 121000000, average 3025000); install
-- dates 7 days apart from 2020-06-01.
INSERT INTO circuit (id, cid, provider_id, commit_rate, install_date)
SELECT 40 + n,
       'TELIA-' || lpad(n::text, 3, '0'),
       1,
       CASE WHEN n <= 10 THEN 100000 WHEN n <= 30 THEN 1000000 ELSE 10000000 END,
       date '2020-06-01' + (n - 1) * 7
FROM generate_series(1, 40) AS n;

-- Circuit terminations: an A side (id 2 * circuit - 1) and a Z side (id 2 * circuit) per circuit.
-- NTT reaches 3 locations: every A side at lax; Z sides at ams01 (odd circuits) and New York City
-- (even circuits).
INSERT INTO circuit_termination (id, circuit_id, location_id, term_side)
SELECT 2 * n - 1, n, 3, 'A' FROM generate_series(1, 40) AS n;
INSERT INTO circuit_termination (id, circuit_id, location_id, term_side)
SELECT 2 * n, n, CASE WHEN n % 2 = 1 THEN 1 ELSE 6 END, 'Z' FROM generate_series(1, 40) AS n;

-- Telia Carrier reaches 4 locations: A sides at ams01 (TELIA-001 .. 020) and sin01 (021 .. 040);
-- Z sides at atl01 (odd circuits) and Jersey City (even circuits).
INSERT INTO circuit_termination (id, circuit_id, location_id, term_side)
SELECT 2 * (40 + n) - 1, 40 + n, CASE WHEN n <= 20 THEN 1 ELSE 4 END, 'A' FROM generate_series(1, 40) AS n;
INSERT INTO circuit_termination (id, circuit_id, location_id, term_side)
SELECT 2 * (40 + n), 40 + n, CASE WHEN n % 2 = 1 THEN 2 ELSE 5 END, 'Z' FROM generate_series(1, 40) AS n;

-- Device roles ---------------------------------------------------------------------------------

INSERT INTO device_role (id, name, slug) VALUES
    (1, 'Edge', 'edge'),
    (2, 'Leaf', 'leaf'),
    (3, 'Spine', 'spine'),
    (4, 'Router', 'router'),
    (5, 'Backbone', 'backbone');

-- Devices (43) ---------------------------------------------------------------------------------
-- Each location has exactly one newest device (marked NEWEST); no location's last inserted device
-- is its newest, and the last row of the table (nyc-backbone-01) is not the newest anywhere.
-- At lax, three edge devices tie on the oldest timestamp and are inserted out of name order
-- (02, 03, 01), so "oldest, ties by id", "oldest, ties by name" and "oldest, ties by name
-- descending" are three different devices.

INSERT INTO device (id, name, location_id, device_role_id, last_updated, status) VALUES
    -- ams01: 8 leaf + 2 edge
    ( 1, 'ams01-leaf-01', 1, 2, '2024-03-03 08:00:00+00', 'active'),
    ( 2, 'ams01-leaf-02', 1, 2, '2024-03-04 08:00:00+00', 'active'),
    ( 3, 'ams01-leaf-03', 1, 2, '2024-03-10 17:45:00+00', 'active'),   -- NEWEST at ams01
    ( 4, 'ams01-leaf-04', 1, 2, '2024-03-05 08:00:00+00', 'active'),
    ( 5, 'ams01-leaf-05', 1, 2, '2024-03-06 08:00:00+00', 'planned'),
    ( 6, 'ams01-leaf-06', 1, 2, '2024-03-07 08:00:00+00', 'active'),
    ( 7, 'ams01-leaf-07', 1, 2, '2024-03-08 08:00:00+00', 'active'),
    ( 8, 'ams01-leaf-08', 1, 2, '2024-03-09 08:00:00+00', 'active'),
    ( 9, 'ams01-edge-01', 1, 1, '2024-03-01 08:00:00+00', 'active'),
    (10, 'ams01-edge-02', 1, 1, '2024-03-02 08:00:00+00', 'active'),
    -- atl01: 6 leaf + 2 edge
    (11, 'atl01-leaf-01', 2, 2, '2024-02-11 10:00:00+00', 'active'),
    (12, 'atl01-leaf-02', 2, 2, '2024-02-12 10:00:00+00', 'active'),
    (13, 'atl01-leaf-03', 2, 2, '2024-02-13 10:00:00+00', 'active'),
    (14, 'atl01-leaf-04', 2, 2, '2024-02-14 10:00:00+00', 'active'),
    (15, 'atl01-leaf-05', 2, 2, '2024-02-15 10:00:00+00', 'active'),
    (16, 'atl01-leaf-06', 2, 2, '2024-02-16 10:00:00+00', 'active'),
    (17, 'atl01-edge-01', 2, 1, '2024-02-20 10:00:00+00', 'active'),   -- NEWEST at atl01
    (18, 'atl01-edge-02', 2, 1, '2024-02-10 10:00:00+00', 'active'),
    -- lax: 8 leaf + 4 edge
    (19, 'lax-leaf-01', 3, 2, '2024-01-08 12:00:00+00', 'active'),
    (20, 'lax-leaf-02', 3, 2, '2024-01-09 12:00:00+00', 'offline'),
    (21, 'lax-leaf-03', 3, 2, '2024-01-10 12:00:00+00', 'active'),
    (22, 'lax-leaf-04', 3, 2, '2024-01-11 12:00:00+00', 'active'),
    (23, 'lax-leaf-05', 3, 2, '2024-01-31 23:59:59+00', 'planned'),  -- NEWEST at lax (not active)
    (24, 'lax-leaf-06', 3, 2, '2024-01-12 12:00:00+00', 'active'),
    (25, 'lax-leaf-07', 3, 2, '2024-01-13 12:00:00+00', 'active'),
    (26, 'lax-leaf-08', 3, 2, '2024-01-30 09:00:00+00', 'active'),   -- newest active at lax
    (27, 'lax-edge-02', 3, 1, '2024-01-05 12:00:00+00', 'active'),   -- oldest, tie
    (28, 'lax-edge-03', 3, 1, '2024-01-05 12:00:00+00', 'active'),   -- oldest, tie
    (29, 'lax-edge-01', 3, 1, '2024-01-05 12:00:00+00', 'active'),   -- oldest, tie
    (30, 'lax-edge-04', 3, 1, '2024-01-07 12:00:00+00', 'active'),
    -- sin01: 4 spine + 2 edge
    (31, 'sin01-spine-01', 4, 3, '2024-04-12 06:30:00+00', 'active'),  -- NEWEST at sin01
    (32, 'sin01-spine-02', 4, 3, '2024-04-02 06:30:00+00', 'active'),
    (33, 'sin01-spine-03', 4, 3, '2024-04-03 06:30:00+00', 'offline'),
    (34, 'sin01-spine-04', 4, 3, '2024-04-04 06:30:00+00', 'active'),
    (35, 'sin01-edge-01', 4, 1, '2024-04-01 06:30:00+00', 'active'),
    (36, 'sin01-edge-02', 4, 1, '2024-04-05 06:30:00+00', 'active'),
    -- Jersey City: spine, router, leaf
    (37, 'jcy-spine-01', 5, 3, '2023-11-20 15:00:00+00', 'active'),
    (38, 'jcy-router-01', 5, 4, '2023-12-01 15:00:00+00', 'active'),   -- NEWEST at Jersey City
    (39, 'jcy-leaf-01', 5, 2, '2023-11-21 15:00:00+00', 'active'),
    -- New York City: spine, leaf, router, backbone
    (40, 'nyc-spine-01', 6, 3, '2023-12-05 09:15:00+00', 'active'),
    (41, 'nyc-leaf-01', 6, 2, '2023-12-20 09:15:00+00', 'active'),     -- NEWEST at New York City
    (42, 'nyc-router-01', 6, 4, '2023-12-10 09:15:00+00', 'planned'),
    (43, 'nyc-backbone-01', 6, 5, '2023-12-15 09:15:00+00', 'active'); -- inserted last, not newest

-- Prefixes: 17 at locations, 3 global ----------------------------------------------------------

INSERT INTO prefix (id, prefix, location_id) VALUES
    ( 1, '10.0.0.0/8', NULL),
    ( 2, '10.1.0.0/24', 1),
    ( 3, '10.1.1.0/24', 1),
    ( 4, '10.1.2.0/24', 1),
    ( 5, '10.1.3.0/24', 1),
    ( 6, '10.2.0.0/24', 2),
    ( 7, '10.2.1.0/24', 2),
    ( 8, '10.2.2.0/24', 2),
    ( 9, '172.16.0.0/12', NULL),
    (10, '10.3.0.0/24', 3),
    (11, '10.3.1.0/24', 3),
    (12, '10.3.2.0/24', 3),
    (13, '10.3.3.0/24', 3),
    (14, '10.3.4.0/24', 3),
    (15, '10.4.0.0/24', 4),
    (16, '10.4.1.0/24', 4),
    (17, '10.5.0.0/24', 5),
    (18, '10.6.0.0/24', 6),
    (19, '10.6.1.0/24', 6),
    (20, '192.168.0.0/16', NULL);

-- VLANs: 88 at locations, 4 global ---------------------------------------------------------------
-- Location n gets ids n * 1000 + 1, n * 1000 + 2, ... and VIDs 101, 102, ..., named 'vlan<vid>'.

INSERT INTO vlan (id, vid, name, location_id)
SELECT l.id * 1000 + n, 100 + n, 'vlan' || (100 + n), l.id
FROM location AS l
CROSS JOIN LATERAL generate_series(1, CASE l.name
        WHEN 'ams01' THEN 16
        WHEN 'atl01' THEN 16
        WHEN 'lax' THEN 20
        WHEN 'sin01' THEN 20
        WHEN 'Jersey City' THEN 8
        WHEN 'New York City' THEN 8
    END) AS n;

INSERT INTO vlan (id, vid, name, location_id) VALUES
    (9001, 1, 'default', NULL),
    (9002, 99, 'management', NULL),
    (9003, 666, 'quarantine', NULL),
    (9004, 4094, 'transit', NULL);
