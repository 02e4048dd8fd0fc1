-- Columns of the types real schemas use, read into String components, for conditions that must
-- compare as the column's type (BindingTest). citext goes into the test's schema, and is dropped
-- with it, unless the database has it already (on the search path: public).
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TYPE mpaa_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17');

CREATE TABLE film (
    id bigint PRIMARY KEY,
    title citext,
    rating mpaa_rating,
    code char(20),
    tag varchar(10),
    handle name,
    starts timetz,
    duration interval,
    host inet,
    network cidr,
    meta jsonb,
    price money,
    tags text[],
    mac macaddr,
    words tsvector
);
INSERT INTO film VALUES
    (1, 'Hello', 'PG-13', 'English', 'a', 'alpha', '10:00+02', '1 hour', '192.168.0.1', '10.0.0.0/8', '{"a": 1}', 9.99, '{a,b}', '08:00:2b:01:02:03', 'a fat cat'),
    (2, 'HELLO', 'R', 'French', 'b', 'beta', '10:00+00', '90 minutes', '192.168.0.2', '10.1.0.0/16', '{"a": 2}', 19.99, '{b}', '08-00-2b-01-02-04', 'the cat sat'),
    (3, 'world', 'G', 'German', 'c', 'gamma', '08:00-05', '1 day', '::1', '192.168.0.0/24', '[1, 2]', 5.00, '{}', '0800.2b01.0205', 'a:1 b:2'),
    (4, 'hello world', 'NC-17', 'English  ', 'A', 'Alpha', '09:00:00.5+05:30', '-2 hours', '192.168.0.1/24', '10.0.0.0/16', '"a"', 0, '{"a b",NULL}', '08:00:2b:01:02:03', 'cat fat a'),
    (5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
