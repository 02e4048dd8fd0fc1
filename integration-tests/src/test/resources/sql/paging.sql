-- A help desk: teams, their tickets and the notes on each ticket. Designed for keyset paging:
-- ties in every sort key, nulls in the nullable ones, text that sorts differently by collation
-- (case, accents, a quote), timestamps with offsets, and tickets without notes.
CREATE TYPE ticket_status AS ENUM ('open', 'pending', 'closed');

CREATE TABLE team (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE ticket (
    id bigint PRIMARY KEY,
    team_id bigint NOT NULL REFERENCES team (id),
    subject varchar(80) NOT NULL,
    priority integer,
    status ticket_status NOT NULL,
    opened_at timestamptz NOT NULL,
    due_on date,
    estimate numeric(6, 2)
);
CREATE INDEX ticket_team_id ON ticket (team_id);

CREATE TABLE note (
    id bigint PRIMARY KEY,
    ticket_id bigint NOT NULL REFERENCES ticket (id),
    body text NOT NULL,
    written_at timestamptz NOT NULL
);
CREATE INDEX note_ticket_id ON note (ticket_id);

-- No primary key: an append-only log.
CREATE TABLE ticket_event (
    ticket_id bigint NOT NULL,
    kind text NOT NULL
);

INSERT INTO team VALUES (1, 'Billing'), (2, 'billing ops'), (3, 'Core'), (4, 'Ünits');

INSERT INTO ticket
SELECT i,
       1 + i % 4,
       (ARRAY['Printer jam', 'printer Jam', 'Ärger mit VPN', 'VPN down', 'zebra label', 'Zebra label',
              'émail bounce', 'O''Reilly; DROP TABLE ticket'])[1 + (i * 7) % 8],
       CASE WHEN i % 5 = 0 THEN NULL ELSE i % 4 END,
       (ARRAY['open', 'pending', 'closed'])[1 + i % 3]::ticket_status,
       timestamptz '2024-03-01 09:00:00+00' + ((i * 37) % 50) * interval '1 hour' + (i % 2) * interval '0.000001 s',
       CASE WHEN i % 3 = 0 THEN NULL ELSE date '2024-04-01' + (i % 9) END,
       CASE WHEN i % 4 = 0 THEN NULL ELSE (i % 7) * 1.25 END
FROM generate_series(1, 97) AS i;

INSERT INTO note
SELECT row_number() OVER (ORDER BY t.id, n), t.id, 'note ' || n || ' on ' || t.id,
       t.opened_at + n * interval '1 day' + (t.id % 3) * interval '1 hour'
FROM ticket t, generate_series(1, 5) AS n
WHERE n <= t.id % 6;

INSERT INTO ticket_event SELECT i % 10, 'touched' FROM generate_series(1, 30) AS i;
