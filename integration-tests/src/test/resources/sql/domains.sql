-- Columns of domain types, as real schemas declare them: read and compared as their base types.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE DOMAIN positive_count AS integer CHECK (VALUE > 0);
CREATE DOMAIN email_address AS citext CHECK (VALUE LIKE '%_@_%');
CREATE DOMAIN money_amount AS numeric(12, 2);
CREATE DOMAIN day_of_birth AS date;
CREATE DOMAIN external_id AS uuid;
CREATE TABLE member (
    id bigint PRIMARY KEY,
    visits positive_count NOT NULL,
    email email_address,
    balance money_amount,
    born day_of_birth,
    ref external_id
);
INSERT INTO member VALUES
    (1, 3, 'Ada@Example.org', 10.50, '1815-12-10', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
    (2, 7, 'grace@example.org', -0.01, '1906-12-09', NULL),
    (3, 1, NULL, NULL, 'infinity', NULL);
