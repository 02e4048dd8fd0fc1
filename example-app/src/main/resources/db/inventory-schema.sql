-- The network inventory's tables: providers and their circuits, locations, devices with roles,
-- prefixes and VLANs, as in the networktocode tutorial "Nautobot and Django QuerySet
-- Annotations". One schema, two data sets: the example app fills it with the tutorial's data
-- (db/inventory-demo.sql), the integration tests (InventoryTest) with data of their own
-- (db/inventory.sql). Provider and location names compare byte by byte (COLLATE "C"), as the
-- tutorial's lists show ('Jersey City' and 'New York City' before 'ams'), whatever the server's
-- locale.

CREATE TABLE provider (
    id bigint PRIMARY KEY,
    name text COLLATE "C" NOT NULL UNIQUE
);

CREATE TABLE circuit (
    id bigint PRIMARY KEY,
    cid text NOT NULL UNIQUE,
    provider_id bigint NOT NULL REFERENCES provider (id),
    commit_rate integer,        -- kbps; NULL when no rate was agreed
    install_date date           -- NULL when not installed yet
);
CREATE INDEX circuit_provider_id ON circuit (provider_id);

CREATE TABLE location (
    id bigint PRIMARY KEY,
    name text COLLATE "C" NOT NULL UNIQUE,   -- byte order: 'New York City' before 'ams'
    location_type text NOT NULL CHECK (location_type IN ('Site', 'City'))
);

CREATE TABLE circuit_termination (
    id bigint PRIMARY KEY,
    circuit_id bigint NOT NULL REFERENCES circuit (id),
    location_id bigint NOT NULL REFERENCES location (id),
    term_side char(1) NOT NULL CHECK (term_side IN ('A', 'Z'))
);
-- One A side and one Z side per circuit; also the index on circuit_id.
CREATE UNIQUE INDEX circuit_termination_circuit_id ON circuit_termination (circuit_id, term_side);
CREATE INDEX circuit_termination_location_id ON circuit_termination (location_id);

CREATE TABLE device_role (
    id bigint PRIMARY KEY,
    name text NOT NULL UNIQUE,
    slug text NOT NULL UNIQUE
);

CREATE TABLE device (
    id bigint PRIMARY KEY,
    name text NOT NULL UNIQUE,
    location_id bigint NOT NULL REFERENCES location (id),
    device_role_id bigint NOT NULL REFERENCES device_role (id),
    last_updated timestamptz NOT NULL,
    status text NOT NULL CHECK (status IN ('active', 'planned', 'offline'))
);
CREATE INDEX device_location_id ON device (location_id);
CREATE INDEX device_device_role_id ON device (device_role_id);

CREATE TABLE prefix (
    id bigint PRIMARY KEY,
    prefix text NOT NULL,       -- CIDR notation
    location_id bigint REFERENCES location (id)    -- NULL: a global prefix
);
CREATE INDEX prefix_location_id ON prefix (location_id);

CREATE TABLE vlan (
    id bigint PRIMARY KEY,
    vid integer NOT NULL,
    name text NOT NULL,
    location_id bigint REFERENCES location (id)    -- NULL: a global VLAN
);
CREATE INDEX vlan_location_id ON vlan (location_id);

-- The comments become the Javadoc of the records the schema generator writes from this script.
COMMENT ON TABLE provider IS 'A circuit provider (a carrier).';
COMMENT ON TABLE circuit IS 'A circuit bought from a provider; its rate and install date may not be known yet.';
COMMENT ON COLUMN circuit.commit_rate IS 'The committed rate in kbps; NULL when no rate was agreed.';
COMMENT ON COLUMN circuit.install_date IS 'NULL when not installed yet.';
COMMENT ON TABLE location IS 'A site or a city where devices stand and circuits end.';
COMMENT ON TABLE circuit_termination IS 'One end (side A or Z) of a circuit, at a location.';
COMMENT ON TABLE device_role IS 'What a device is for: edge, leaf, spine, router or backbone.';
COMMENT ON TABLE device IS 'A network device at a location.';
COMMENT ON TABLE prefix IS 'An IP prefix in CIDR notation, at a location or global (no location).';
COMMENT ON TABLE vlan IS 'A VLAN, at a location or global (no location).';
