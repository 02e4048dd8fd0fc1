-- Keys whose equality in PostgreSQL is not Java's (citext, double precision), and String
-- components over columns whose text cast differs from their output (char(n), inet, cidr,
-- boolean, json, jsonb). No unique constraints: the @Id records name keys that repeat under
-- PostgreSQL's equality ('xyz' and 'XYZ', 0 and -0).
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

CREATE TABLE team (code public.citext NOT NULL, rank bigint NOT NULL, name text NOT NULL);
CREATE TABLE member (
    handle public.citext NOT NULL,
    id bigint NOT NULL,
    team_code public.citext,
    lang char(20),
    ip inet,
    net cidr,
    active boolean,
    doc json,
    docb jsonb
);
CREATE TABLE task (id bigint NOT NULL, member_handle public.citext, title text NOT NULL);
CREATE TABLE gauge (reading double precision NOT NULL, rank bigint NOT NULL);
CREATE TABLE sample (id bigint NOT NULL, gauge_reading double precision);

INSERT INTO team VALUES ('abc', 1, 'Alpha'), ('xyz', 2, 'Xylo'), ('XYZ', 3, 'Xylo again'), ('none', 4, 'Empty');
INSERT INTO member VALUES
    ('ann', 1, 'abc', 'English', '192.168.0.1', '192.168.0.0/24', true, '"a string"', '"a string"'),
    ('Bob', 2, 'ABC', 'Français', '::1', '10.0.0.0/8', false, 'null', 'null'),
    ('cy', 3, 'Abc', NULL, NULL, NULL, NULL, NULL, NULL),
    ('dee', 4, 'xYz', 'x', '10.1.2.3/16', '2001:db8::/32', true, '{"a": [1, "b"], "c": {}}', '{"a": [1, "b"], "c": {}}'),
    ('eve', 5, 'nobody', '', '0.0.0.0/0', '0.0.0.0/0', false, '[1, 2.50, "x y"]', '[1, 2.50, "x y"]');
INSERT INTO task VALUES
    (1, 'ANN', 'first'),
    (2, 'ann', 'second'),
    (3, 'BOB', 'third'),
    (4, 'Dee', 'fourth'),
    (5, 'CY', 'fifth'),
    (6, 'nobody', 'orphan');
INSERT INTO gauge VALUES (0, 1), (1.5, 2), ('NaN', 3), ('-0', 4), (2.25, 5);
INSERT INTO sample VALUES (1, '-0'), (2, 0), (3, 1.5), (4, 'NaN'), (5, 7), (6, 2.25), (7, NULL);
