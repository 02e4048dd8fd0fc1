-- Times a microsecond apart, for in() against eq() with values that have nanoseconds.
CREATE TABLE moment (id bigint PRIMARY KEY, t time, ts timestamp, tz timestamptz, tt timetz);
INSERT INTO moment
    SELECT g, time '10:00' + g * interval '1 microsecond', timestamp '2024-02-29 10:00' + g * interval '1 microsecond',
           timestamptz '2024-02-29 10:00+00' + g * interval '1 microsecond', timetz '10:00+00' + g * interval '1 microsecond'
    FROM generate_series(0, 4) g;
INSERT INTO moment VALUES (5, '23:59:59.999999', 'infinity', 'infinity', '24:00:00+00'), (6, '24:00:00', '-infinity', '-infinity', NULL);
