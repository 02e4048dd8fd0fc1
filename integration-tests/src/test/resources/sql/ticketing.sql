-- A ticketing service's schema, with the types such an application uses: the JSON written in Java
-- must agree with PostgreSQL's json_build_object on every one of them. citext goes into the test's
-- schema, and is dropped with it.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TYPE ticket_status AS ENUM ('reserved', 'paid', 'refunded', 'void');
CREATE DOMAIN email AS citext CHECK (VALUE LIKE '%_@_%');

CREATE TABLE organizer (
    id bigint PRIMARY KEY,
    handle citext NOT NULL UNIQUE,
    email email,
    settings jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE event (
    id bigint PRIMARY KEY,
    organizer_id bigint NOT NULL REFERENCES organizer (id),
    title varchar(200) NOT NULL,
    starts_at timestamptz,
    starts_local timestamp,
    on_sale date,
    duration interval,
    capacity integer,
    price numeric(10, 2),
    rating real,
    score double precision,
    published boolean NOT NULL DEFAULT false,
    tags text[] NOT NULL DEFAULT '{}',
    venue_ip inet,
    metadata json,
    external_id uuid,
    poster bytea
);
CREATE INDEX event_organizer_id ON event (organizer_id);

CREATE TABLE ticket (
    id bigint PRIMARY KEY,
    event_id bigint NOT NULL REFERENCES event (id),
    holder text,
    status ticket_status NOT NULL,
    amount numeric(10, 2) NOT NULL,
    issued_at timestamptz NOT NULL,
    seat char(4)
);
CREATE INDEX ticket_event_id ON ticket (event_id);

-- Floating-point values whose shortest decimal Java and PostgreSQL must both find.
CREATE TABLE measurement (id bigint PRIMARY KEY, single real, dbl double precision);
