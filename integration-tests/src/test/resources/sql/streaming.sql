CREATE TABLE stream_row (id bigint PRIMARY KEY, label text NOT NULL);

-- Filled by StreamingTest itself, with a million rows, for the bounded-memory test.
CREATE TABLE million_row (id bigint PRIMARY KEY, label text NOT NULL, amount numeric NOT NULL);
