-- Posts with arrays of the element types List<E> reads, under authors; NULL arrays, NULL
-- elements, empty arrays, and texts that need quoting inside an array.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TYPE mood AS ENUM ('calm', 'wild', 'PG-13');
CREATE TABLE author (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE post (
    id bigint PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES author (id),
    tags text[],
    labels citext[],
    moods mood[],
    codes char(3)[],
    scores integer[],
    counts bigint[],
    smalls smallint[],
    ratios double precision[],
    weights real[],
    prices numeric[],
    flags boolean[],
    refs uuid[]
);
CREATE INDEX post_tags ON post USING gin (tags);
INSERT INTO author VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Nobody');
INSERT INTO post VALUES
    (10, 1, '{a,"b c","NULL",NULL,"x,y","q\"uote","back\\slash",""}', '{Hello,WORLD}', '{calm,PG-13}', '{ab,abc}',
        '{1,-2147483648,2147483647}', '{9223372036854775807,NULL}', '{-32768,7}', '{NaN,-0,Infinity,1.5e300}',
        '{1.5,-Infinity}', '{1.50,0,-1e-20,123456789012345678901234567890.5}', '{t,f,NULL}',
        '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'),
    (11, 1, '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}'),
    (12, 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    (13, 2, '{a,z}', '{hello}', '{wild}', '{x}', '{5}', '{5}', '{5}', '{5}', '{0.1}', '{5}', '{t}', '{}');
