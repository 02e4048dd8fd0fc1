-- Opening hours with time zones: timetz values, read into OffsetTime.
CREATE TABLE rota (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE shift (id bigint PRIMARY KEY, rota_id bigint NOT NULL REFERENCES rota (id), starts timetz);
INSERT INTO rota VALUES (1, 'Tokyo desk'), (2, 'Empty');
INSERT INTO shift VALUES
    (1, 1, '09:00+09'),
    (2, 1, '00:00+00'),
    (3, 1, '23:59:59.999999-15:59'),
    (4, 1, '10:00:01.5+05:30:10'),
    (5, 1, '24:00:00+02'),
    (6, 1, '01:00+01'),
    (7, 1, NULL);
