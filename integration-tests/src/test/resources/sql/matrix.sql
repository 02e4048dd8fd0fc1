-- The fixed part of the type matrix's schema (TypeMatrixTest). The table of values, one column per
-- matrix cell, is created by the test from its definitions (MatrixTypes), then matrix_pin.
-- citext goes into the test's schema, and is dropped with it, unless the database has it already
-- (on the search path: public).
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TYPE matrix_mood AS ENUM ('HAPPY', 'SAD', 'NEUTRAL');

CREATE TABLE matrix_owner (
    id bigint PRIMARY KEY
);
