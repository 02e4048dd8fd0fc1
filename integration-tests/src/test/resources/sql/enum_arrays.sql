-- Palettes whose arrays of a PostgreSQL enum and of text hold Java enum constant names, under
-- painters; NULL arrays, NULL elements and empty arrays.
CREATE TYPE shade AS ENUM ('RED', 'GREEN', 'BLUE', 'DARK_RED');
CREATE TABLE painter (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE palette (
    id bigint PRIMARY KEY,
    painter_id bigint NOT NULL REFERENCES painter (id),
    shades shade[],
    names text[]
);
INSERT INTO painter VALUES (1, 'Turner'), (2, 'Klee'), (3, 'Nobody');
INSERT INTO palette VALUES
    (10, 1, '{BLUE,NULL,RED,DARK_RED}', '{GREEN,NULL}'),
    (11, 1, '{}', '{}'),
    (12, 2, NULL, NULL),
    (13, 2, '{GREEN}', '{RED,BLUE,RED}');
