-- Arrays of domains, whose elements the driver's getArray() returns as PGobject texts rather than
-- as the Java types of the domains' base types.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE DOMAIN score AS integer CHECK (VALUE >= 0);
CREATE DOMAIN big_count AS bigint;
CREATE DOMAIN small_count AS smallint;
CREATE DOMAIN price AS numeric(8, 2);
CREATE DOMAIN ratio AS double precision;
CREATE DOMAIN weight AS real;
CREATE DOMAIN flag AS boolean;
CREATE DOMAIN ref AS uuid;
CREATE DOMAIN label AS citext;
CREATE DOMAIN blob AS bytea;
CREATE DOMAIN day AS date;
CREATE TABLE board (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE sheet (
    id bigint PRIMARY KEY,
    board_id bigint NOT NULL REFERENCES board (id),
    scores score[],
    counts big_count[],
    smalls small_count[],
    prices price[],
    ratios ratio[],
    weights weight[],
    flags flag[],
    refs ref[],
    labels label[],
    blobs blob[],
    days day[]
);
INSERT INTO board VALUES (1, 'one'), (2, 'two');
INSERT INTO sheet VALUES
    (10, 1, '{3,NULL,2147483647}', '{9223372036854775807}', '{-32768}', '{1.50,-0.01}', '{NaN,-0,Infinity,0.1}',
        '{0.1,-Infinity}', '{t,f,NULL}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}', '{Hello,"a,b"}', '{"\\x00ff",NULL}',
        '{2024-02-29,infinity}'),
    (11, 1, '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}'),
    (12, 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
