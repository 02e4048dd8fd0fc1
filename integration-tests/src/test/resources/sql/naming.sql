CREATE TABLE shelf (id bigint PRIMARY KEY, label text NOT NULL);
CREATE TABLE book (id bigint PRIMARY KEY, shelf_id bigint NOT NULL REFERENCES shelf (id), title text NOT NULL);
INSERT INTO shelf VALUES (1, 'poetry'), (2, 'empty');
INSERT INTO book VALUES (10, 1, 'Odes'), (11, 1, 'Sonnets');
