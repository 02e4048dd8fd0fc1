-- Rows with a time, a table the caller writes to while a stream is open.
CREATE TABLE event_row (id bigint PRIMARY KEY, created timestamptz NOT NULL);
INSERT INTO event_row (id, created)
    SELECT g, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 hour' FROM generate_series(1, 200) g;
CREATE TABLE audit_row (id bigserial PRIMARY KEY, event_id bigint NOT NULL);
