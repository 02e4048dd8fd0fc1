-- Arrays of dates, times and intervals, with infinities, BC dates, 24:00, NULL elements and arrays.
CREATE TABLE schedule (id bigint PRIMARY KEY, owner text NOT NULL);
CREATE TABLE slot (
    id bigint PRIMARY KEY,
    schedule_id bigint NOT NULL REFERENCES schedule (id),
    days date[],
    times time[],
    stamps timestamp[],
    moments timestamptz[],
    zoned timetz[],
    gaps interval[]
);
INSERT INTO schedule VALUES (1, 'desk'), (2, 'none');
INSERT INTO slot VALUES
    (1, 1, '{2024-02-29,infinity,-infinity,"0044-03-15 BC",NULL}', '{00:00,24:00:00,12:30:00.123456}',
        '{"2024-02-29 10:00:00.5",infinity,"0001-01-01 00:00 BC"}', '{"2024-02-29 10:00+05:30","0001-01-01 00:00+00",infinity}',
        '{"09:00+09","24:00:00+00"}', '{"1 year 2 mons -3 days 04:05:06.789","-1 day -02:00:00",NULL}'),
    (2, 1, '{}', '{}', '{}', '{}', '{}', '{}'),
    (3, 1, NULL, NULL, NULL, NULL, NULL, NULL);
