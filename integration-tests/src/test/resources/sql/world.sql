CREATE TABLE country (id bigint PRIMARY KEY, name text NOT NULL, code text NOT NULL);
CREATE TABLE city (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    country_id bigint NOT NULL REFERENCES country (id),
    population integer NOT NULL
);
CREATE TABLE address (id bigint PRIMARY KEY, street text, city_id bigint REFERENCES city (id));
CREATE TABLE film (id bigint PRIMARY KEY, title text NOT NULL);
CREATE TABLE actor (id bigint PRIMARY KEY, first_name text NOT NULL, surname text NOT NULL);
CREATE TABLE film_actor (
    film_id bigint NOT NULL REFERENCES film (id),
    actor_id bigint NOT NULL REFERENCES actor (id),
    PRIMARY KEY (film_id, actor_id)
);

INSERT INTO country VALUES (1, 'France', 'FR'), (2, 'Japan', 'JP'), (3, 'Iceland', 'IS');
INSERT INTO city VALUES (10, 'Paris', 1, 2100000), (11, 'Lyon', 1, 520000), (20, 'Kyoto', 2, 1460000);
INSERT INTO address VALUES
    (100, 'Rue de Rivoli', 10),
    (101, 'Avenue Foch', 10),
    (102, 'Boulevard Haussmann', 10),
    (103, 'Hidden Lane', 10),
    (104, NULL, 10),
    (110, 'Rue de la Republique', 11),
    (200, 'Shijo Dori', 20),
    (900, 'Nowhere Road', NULL);
INSERT INTO film VALUES (1, 'Arrival'), (2, 'Blade Runner'), (3, 'Silent Film');
INSERT INTO actor VALUES (1, 'Amy', 'Adams'), (2, 'Jeremy', 'Renner'), (3, 'Harrison', 'Ford'), (4, 'Ryan', 'Gosling'), (5, 'Dave', 'Bautista'), (6, 'Zed', 'Bloggs');
INSERT INTO film_actor VALUES (1, 1), (1, 2), (2, 3), (2, 4), (2, 5), (2, 6);
