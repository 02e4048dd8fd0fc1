CREATE TYPE mood AS ENUM ('HAPPY', 'SAD', 'NEUTRAL');

CREATE TABLE holder (id bigint PRIMARY KEY, name text NOT NULL);

-- One nullable column of every supported type.
CREATE TABLE boxed_value (
    id bigint PRIMARY KEY,
    holder_id bigint NOT NULL REFERENCES holder (id),
    flag boolean,
    tiny smallint,
    small smallint,
    medium integer,
    big bigint,
    single real,
    dbl double precision,
    letter char(1),
    text text,
    amount numeric,
    uuid uuid,
    day date,
    clock time,
    stamp timestamp,
    stamp_tz timestamptz,
    instant timestamptz,
    bytes bytea,
    color text,
    mood mood
);
CREATE INDEX boxed_value_holder_id ON boxed_value (holder_id);

-- The primitive variants: NOT NULL columns.
CREATE TABLE primitive_value (
    id bigint PRIMARY KEY,
    holder_id bigint NOT NULL REFERENCES holder (id),
    flag boolean NOT NULL,
    tiny smallint NOT NULL,
    small smallint NOT NULL,
    medium integer NOT NULL,
    big bigint NOT NULL,
    single real NOT NULL,
    dbl double precision NOT NULL,
    letter text NOT NULL
);
CREATE INDEX primitive_value_holder_id ON primitive_value (holder_id);

-- Nested lists whose keys are an enum, bytea and numeric of varying scale: list() matches
-- children to parents by these keys in Java.
CREATE TABLE mood_info (code mood PRIMARY KEY, label text NOT NULL);
CREATE TABLE mood_note (id bigint PRIMARY KEY, mood_code mood REFERENCES mood_info (code), body text NOT NULL);
CREATE TABLE blob (hash bytea PRIMARY KEY, name text NOT NULL);
CREATE TABLE blob_ref (id bigint PRIMARY KEY, blob_hash bytea REFERENCES blob (hash));
CREATE TABLE amount_group (amount numeric PRIMARY KEY, name text NOT NULL);
CREATE TABLE amount_entry (id bigint PRIMARY KEY, group_amount numeric REFERENCES amount_group (amount));
INSERT INTO mood_info VALUES ('HAPPY', 'glad'), ('SAD', 'blue'), ('NEUTRAL', 'meh');
INSERT INTO mood_note VALUES (1, 'HAPPY', 'sun'), (2, 'SAD', 'rain'), (3, 'HAPPY', 'beach');
INSERT INTO blob VALUES ('\x0102'::bytea, 'first'), ('\x03'::bytea, 'second');
INSERT INTO blob_ref VALUES (7, '\x0102'::bytea), (8, '\x0102'::bytea), (9, NULL);
INSERT INTO amount_group VALUES (1.0, 'one'), (2.50, 'two and a half');
INSERT INTO amount_entry VALUES (20, 1.00), (21, 2.5), (22, 1);
