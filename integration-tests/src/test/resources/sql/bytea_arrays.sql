-- Attachments whose bytea[] column reads into a List<byte[]>: NULL arrays, NULL elements, empty
-- arrays and elements, bytes that are not text, and an element longer than base64's 76-character
-- lines.
CREATE TABLE mailbox (id bigint PRIMARY KEY, owner text NOT NULL);
CREATE TABLE message (
    id bigint PRIMARY KEY,
    mailbox_id bigint NOT NULL REFERENCES mailbox (id),
    attachments bytea[]
);
INSERT INTO mailbox VALUES (1, 'ada'), (2, 'grace');
INSERT INTO message VALUES
    (10, 1, ARRAY['\x00ff10'::bytea, NULL, ''::bytea, decode(repeat('ab', 100), 'hex')]),
    (11, 1, '{}'),
    (12, 2, NULL),
    (13, 2, ARRAY['\x5c22'::bytea]);
