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
