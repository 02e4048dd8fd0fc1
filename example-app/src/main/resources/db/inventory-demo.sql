-- The example app's network inventory: the data of the networktocode tutorial "Nautobot and Django
-- QuerySet Annotations", part 3 (annotations across tables), whose result tables it reproduces
-- row for row: 16 providers (NTT and Telia Carrier with 40 circuits each, the others none), 22
-- locations with their newest devices, the VLAN counts above 1, the distinct device roles, which
-- locations have edge devices, lax's 5 prefixes and 12 devices (60 and 60 through a double join),
-- and the 20 longest device names. The app runs this script when the table provider is missing;
-- SeedTutorialTest asserts each table, typed from the tutorial, and what --print prints of them.
--
-- The tutorial publishes results, not its data: what it does not show (circuit rates and dates,
-- timestamps, statuses, prefixes, VLAN names, the number of leaves behind each count) is ours,
-- chosen to give exactly its tables. Ids are written out or computed from the row, never drawn,
-- so every run gives the same data.
--
-- The tables are created by db/inventory-schema.sql, which runs first.


-- Providers: the tutorial's sixteen ------------------------------------------------------------

INSERT INTO provider (id, name) VALUES
    ( 1, 'Telia Carrier'),
    ( 2, 'Zayo'),
    ( 3, 'Cogent'),
    ( 4, 'NTT'),
    ( 5, 'Lumen Technologies'),
    ( 6, 'Verizon'),
    ( 7, 'GTT'),
    ( 8, 'AT&T'),
    ( 9, 'Orange'),
    (10, 'Deutsche Telekom'),
    (11, 'Tata Communications'),
    (12, 'PCCW Global'),
    (13, 'Sprint'),
    (14, 'Telecom Italia'),
    (15, 'Liberty Global'),
    (16, 'Telxius');

-- Locations: the tutorial's twenty-two, the sites (airport codes) first --------------------------

INSERT INTO location (id, name, location_type) VALUES
    ( 1, 'ams', 'Site'),
    ( 2, 'atl', 'Site'),
    ( 3, 'bkk', 'Site'),
    ( 4, 'can', 'Site'),
    ( 5, 'cdg', 'Site'),
    ( 6, 'del', 'Site'),
    ( 7, 'den', 'Site'),
    ( 8, 'dfw', 'Site'),
    ( 9, 'dxb', 'Site'),
    (10, 'fra', 'Site'),
    (11, 'hkg', 'Site'),
    (12, 'hnd', 'Site'),
    (13, 'icn', 'Site'),
    (14, 'jfk', 'Site'),
    (15, 'lax', 'Site'),
    (16, 'lhr', 'Site'),
    (17, 'ord', 'Site'),
    (18, 'pek', 'Site'),
    (19, 'pvg', 'Site'),
    (20, 'sin', 'Site'),
    (21, 'Jersey City', 'City'),
    (22, 'New York City', 'City');

-- Circuits: 40 for NTT, 40 for Telia Carrier, none for the other fourteen providers -------------

-- NTT-001 .. NTT-040 (ids 1-40). Rates cycle 10000, 20000, 30000, 40000 kbps; every 5th circuit
-- has no rate (8 circuits) and every 8th no install date (5 circuits). Install dates are 30 days
-- apart from 2018-01-15.
INSERT INTO circuit (id, cid, provider_id, commit_rate, install_date)
SELECT n,
       'NTT-' || lpad(n::text, 3, '0'),
       4,
       CASE WHEN n % 5 = 0 THEN NULL ELSE 10000 * (1 + (n - 1) % 4) END,
       CASE WHEN n % 8 = 0 THEN NULL ELSE date '2018-01-15' + (n - 1) * 30 END
FROM generate_series(1, 40) AS n;

-- TELIA-001 .. TELIA-040 (ids 41-80). Every circuit has a rate and an install date: circuits 1-10
-- at 100000 kbps, 11-30 at 1000000, 31-40 at 10000000; install dates 7 days apart from 2020-06-01.
INSERT INTO circuit (id, cid, provider_id, commit_rate, install_date)
SELECT 40 + n,
       'TELIA-' || lpad(n::text, 3, '0'),
       1,
       CASE WHEN n <= 10 THEN 100000 WHEN n <= 30 THEN 1000000 ELSE 10000000 END,
       date '2020-06-01' + (n - 1) * 7
FROM generate_series(1, 40) AS n;

-- Circuit terminations: an A side (id 2 * circuit - 1) and a Z side (id 2 * circuit) per circuit.
-- NTT: every A side at lax; Z sides at ams (odd circuits) and New York City (even circuits).
INSERT INTO circuit_termination (id, circuit_id, location_id, term_side)
SELECT 2 * n - 1, n, 15, 'A' FROM generate_series(1, 40) AS n;
INSERT INTO circuit_termination (id, circuit_id, location_id, term_side)
SELECT 2 * n, n, CASE WHEN n % 2 = 1 THEN 1 ELSE 22 END, 'Z' FROM generate_series(1, 40) AS n;

-- Telia Carrier: A sides at ams (TELIA-001 .. 020) and sin (021 .. 040); Z sides at atl (odd
-- circuits) and Jersey City (even circuits).
INSERT INTO circuit_termination (id, circuit_id, location_id, term_side)
SELECT 2 * (40 + n) - 1, 40 + n, CASE WHEN n <= 20 THEN 1 ELSE 20 END, 'A' FROM generate_series(1, 40) AS n;
INSERT INTO circuit_termination (id, circuit_id, location_id, term_side)
SELECT 2 * (40 + n), 40 + n, CASE WHEN n % 2 = 1 THEN 2 ELSE 21 END, 'Z' FROM generate_series(1, 40) AS n;

-- Device roles ---------------------------------------------------------------------------------

INSERT INTO device_role (id, name, slug) VALUES
    (1, 'Edge', 'edge'),
    (2, 'Leaf', 'leaf'),
    (3, 'Spine', 'spine'),
    (4, 'Router', 'router'),
    (5, 'Backbone', 'backbone');

-- Devices (208) --------------------------------------------------------------------------------
-- Each site has two edge devices and 8 leaves (del and lax 10, icn and pvg 4), named
-- <site>-edge-01, <site>-leaf-01 ...: 11 characters each. They were updated an hour apart in that
-- order, so the last leaf is the site's newest device. Jersey City and New York City hold the
-- infrastructure devices, with the longest names (<city>-spine-01.infra.ntc.com, ...); the
-- newest of each is its spine-02.
--
-- Ids. The tutorial's longest-names query orders by length only, so its order among names of the
-- same length is whatever its database returned. This data set breaks ties by id, and gives ids
-- 1-20 to the tutorial's twenty devices in its printed order, so that "length descending, then
-- id" is exactly its list. The others follow by location and name (ids 21-208).

INSERT INTO device (id, name, location_id, device_role_id, last_updated, status)
WITH site (location_id, leaves, first_update) AS (
    SELECT id,
           CASE name WHEN 'del' THEN 10 WHEN 'lax' THEN 10 WHEN 'icn' THEN 4 WHEN 'pvg' THEN 4 ELSE 8 END,
           -- One site a week from 2023-09-04, 08:00 UTC.
           timestamptz '2023-09-04 08:00:00+00' + (id - 1) * interval '7 days'
    FROM location WHERE location_type = 'Site'
), site_device (name, location_id, device_role_id, last_updated) AS (
    SELECT l.name || '-edge-' || lpad(e::text, 2, '0'), s.location_id, 1, s.first_update + (e - 1) * interval '1 hour'
    FROM site s JOIN location l ON l.id = s.location_id CROSS JOIN generate_series(1, 2) AS e
    UNION ALL
    SELECT l.name || '-leaf-' || lpad(n::text, 2, '0'), s.location_id, 2, s.first_update + (n + 1) * interval '1 hour'
    FROM site s JOIN location l ON l.id = s.location_id CROSS JOIN LATERAL generate_series(1, s.leaves) AS n
), city_device (name, location_id, device_role_id, last_updated) AS (VALUES
    ('jcy-bb-01.infra.ntc.com',    21, 5, timestamptz '2023-06-05 14:00:00+00'),
    ('jcy-rtr-01.infra.ntc.com',   21, 4, timestamptz '2023-06-05 15:00:00+00'),
    ('jcy-rtr-02.infra.ntc.com',   21, 4, timestamptz '2023-06-05 16:00:00+00'),
    ('jcy-spine-01.infra.ntc.com', 21, 3, timestamptz '2023-06-06 10:00:00+00'),
    ('jcy-spine-02.infra.ntc.com', 21, 3, timestamptz '2023-06-06 11:00:00+00'),  -- newest at Jersey City
    ('nyc-bb-01.infra.ntc.com',    22, 5, timestamptz '2023-06-12 14:00:00+00'),
    ('nyc-rtr-01.infra.ntc.com',   22, 4, timestamptz '2023-06-12 15:00:00+00'),
    ('nyc-rtr-02.infra.ntc.com',   22, 4, timestamptz '2023-06-12 16:00:00+00'),
    ('nyc-leaf-01.infra.ntc.com',  22, 2, timestamptz '2023-06-13 09:00:00+00'),
    ('nyc-leaf-02.infra.ntc.com',  22, 2, timestamptz '2023-06-13 10:00:00+00'),
    ('nyc-spine-01.infra.ntc.com', 22, 3, timestamptz '2023-06-13 11:00:00+00'),
    ('nyc-spine-02.infra.ntc.com', 22, 3, timestamptz '2023-06-13 12:00:00+00')   -- newest at New York City
), any_device AS (
    SELECT * FROM site_device UNION ALL SELECT * FROM city_device
)
SELECT row_number() OVER (ORDER BY coalesce(array_position(ARRAY[
           'jcy-spine-02.infra.ntc.com', 'nyc-spine-01.infra.ntc.com', 'jcy-spine-01.infra.ntc.com',
           'nyc-spine-02.infra.ntc.com', 'nyc-leaf-02.infra.ntc.com', 'nyc-leaf-01.infra.ntc.com',
           'jcy-rtr-01.infra.ntc.com', 'nyc-rtr-01.infra.ntc.com', 'jcy-rtr-02.infra.ntc.com',
           'nyc-rtr-02.infra.ntc.com', 'jcy-bb-01.infra.ntc.com', 'nyc-bb-01.infra.ntc.com',
           'den-leaf-02', 'dfw-leaf-05', 'dxb-leaf-02', 'dxb-leaf-05', 'fra-leaf-04', 'fra-leaf-08',
           'hkg-edge-01', 'hkg-leaf-06'], d.name), 21), d.location_id, d.name),
       d.name, d.location_id, d.device_role_id, d.last_updated,
       CASE d.name
           WHEN 'del-leaf-10' THEN 'planned'   -- the newest leaves at del and lax are not in service yet
           WHEN 'lax-leaf-10' THEN 'planned'
           WHEN 'dxb-leaf-05' THEN 'offline'
           WHEN 'nyc-rtr-02.infra.ntc.com' THEN 'offline'
           ELSE 'active'
       END
FROM any_device d;

-- Prefixes: a /24 per leaf pair at each site (del and lax 5, icn and pvg 2, the others 4), one at
-- Jersey City, two at New York City, and 3 global ones ------------------------------------------
-- Location n gets 10.n.0.0/24, 10.n.1.0/24, ... with ids n * 100 + 1, n * 100 + 2, ...; the global
-- ones ids 1-3.

INSERT INTO prefix (id, prefix, location_id)
SELECT l.id * 100 + n, '10.' || l.id || '.' || (n - 1) || '.0/24', l.id
FROM location AS l
CROSS JOIN LATERAL generate_series(1, CASE
        WHEN l.name IN ('del', 'lax') THEN 5
        WHEN l.name IN ('icn', 'pvg') THEN 2
        WHEN l.name = 'Jersey City' THEN 1
        WHEN l.name = 'New York City' THEN 2
        ELSE 4
    END) AS n;

INSERT INTO prefix (id, prefix, location_id) VALUES
    (1, '10.0.0.0/8', NULL),
    (2, '172.16.0.0/12', NULL),
    (3, '192.168.0.0/16', NULL);

-- VLANs: two per leaf at each site (16, del and lax 20, icn and pvg 8), none at Jersey City and
-- New York City, and 4 global ones --------------------------------------------------------------
-- Location n gets ids n * 1000 + 1, n * 1000 + 2, ... and VIDs 101, 102, ..., named 'vlan<vid>';
-- the global ones ids 1-4.

INSERT INTO vlan (id, vid, name, location_id)
SELECT l.id * 1000 + n, 100 + n, 'vlan' || (100 + n), l.id
FROM location AS l
CROSS JOIN LATERAL generate_series(1, CASE
        WHEN l.name IN ('del', 'lax') THEN 20
        WHEN l.name IN ('icn', 'pvg') THEN 8
        WHEN l.location_type = 'City' THEN 0
        ELSE 16
    END) AS n;

INSERT INTO vlan (id, vid, name, location_id) VALUES
    (1, 1, 'default', NULL),
    (2, 99, 'management', NULL),
    (3, 666, 'quarantine', NULL),
    (4, 4094, 'transit', NULL);
