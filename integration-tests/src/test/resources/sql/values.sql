-- Values at the edges of what PostgreSQL's date, time and numeric types hold, which plain JDBC
-- reads and nested JSON must read the same: infinities, BC dates, 24:00:00, years past 9999 and
-- numerics of more than 1,000 digits. Each value is typed by its own column.
CREATE TABLE owner (id bigint PRIMARY KEY, name text NOT NULL);

CREATE TABLE special_value (
    id bigint PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES owner (id),
    day date,
    clock time,
    stamp timestamp,
    stamp_tz timestamptz,
    instant timestamptz,
    amount numeric,
    -- Timestamps without time zone that the record declares as an Instant (JDBC takes it as
    -- UTC) and as a LocalDate (JDBC takes its date).
    wall_clock timestamp,
    stamp_day timestamp
);
CREATE INDEX special_value_owner_id ON special_value (owner_id);

-- One row per special value: a pin points at it, so that it is also read as a nested record.
CREATE TABLE pin (id bigint PRIMARY KEY, value_id bigint NOT NULL REFERENCES special_value (id));

INSERT INTO owner VALUES (1, 'exact values'), (2, 'not a number');

INSERT INTO special_value (id, owner_id, day, clock, stamp, stamp_tz, instant, amount) VALUES
    (1, 1, 'infinity', '24:00:00', 'infinity', 'infinity', 'infinity',
        ('1' || repeat('0', 1200))::numeric),
    (2, 1, '-infinity', '23:59:59.999999', '-infinity', '-infinity', '-infinity',
        ('-' || repeat('9', 1001) || '.' || repeat('0', 20) || '1')::numeric),
    (3, 1, '0044-03-15 BC', '00:00:00', '0044-03-15 10:11:12.123456 BC', '0001-01-01 00:00:00+00',
        '0044-03-15 10:11:12.5+00 BC', ('0.' || repeat('0', 1500) || '7')::numeric),
    (4, 1, '0001-12-31 BC', '12:00:00.5', '0001-01-01 00:00:00 BC', '4713-01-01 00:00:00+00 BC',
        '0001-01-01 00:00:00+00', 1.500),
    (5, 1, '5874897-12-31', '00:00:00.000001', '294276-12-31 23:59:59.999999', '9999-12-31 23:59:59.999999+00',
        '294276-12-31 23:59:59.999999+00', '-0.000'),
    (6, 1, '1582-10-10', '13:14:15.1', '1582-10-10 12:00:00', '1900-01-01 00:00:00+00',
        '2024-06-01 12:00:00.123456+00', 0),
    (7, 1, NULL, NULL, NULL, NULL, NULL, NULL),
    (8, 2, '2024-02-29', '08:00:00', '2024-02-29 08:00:00', '2024-02-29 08:00:00+00', '2024-02-29 08:00:00+00', 'NaN');

UPDATE special_value SET wall_clock = stamp, stamp_day = stamp;

INSERT INTO pin (id, value_id) SELECT id + 100, id FROM special_value;
