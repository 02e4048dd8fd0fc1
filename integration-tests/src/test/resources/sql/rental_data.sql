-- Rows for the rental schema (test-support's schemas/rental.sql): a few of everything, with the
-- values real data has (padded char(n), labels that are no Java names, NULL keys, arrays with
-- NULLs, payments in both partitions).
INSERT INTO language (name) VALUES ('English'), ('Italian'), ('Japanese'), ('French');
INSERT INTO film (film_id, title, description, release_year, language_id, original_language_id, rental_duration,
                  rental_rate, length, replacement_cost, rating, special_features, fulltext) VALUES
    (1, 'Academy Dinosaur', 'A epic drama', 2006, 1, NULL, 6, 0.99, 86, 20.99, 'PG', '{Deleted Scenes,Behind the Scenes}',
        to_tsvector('english', 'academy dinosaur epic drama')),
    (2, 'La Dolce Vita', NULL, 1960, 1, 2, 3, 2.99, 174, 19.99, 'PG-13', '{Commentaries}', NULL),
    (3, 'Spirited Away', 'A girl in the spirit world', 2001, 1, 3, 5, 4.99, 125, 24.99, 'G', NULL, NULL),
    (4, 'Seven Samurai', NULL, 1954, 3, NULL, 7, 2.99, 207, 29.99, 'NC-17', '{}', NULL),
    (5, 'Amelie', 'Whimsical', 2001, 4, NULL, 4, 0.99, NULL, 14.99, NULL, '{Trailers,NULL}', NULL),
    (6, 'Unseen', NULL, NULL, 2, NULL, 3, 4.99, 90, 9.99, 'R', NULL, NULL);
INSERT INTO actor (actor_id, first_name, last_name) VALUES
    (1, 'Penelope', 'Guiness'), (2, 'Marcello', 'Mastroianni'), (3, 'Toshiro', 'Mifune'), (4, 'Audrey', 'Tautou'),
    (5, 'Nick', 'Wahlberg');
INSERT INTO film_actor (actor_id, film_id) VALUES (1, 1), (5, 1), (2, 2), (3, 4), (4, 5), (5, 5);
INSERT INTO category (category_id, name, parent_id) VALUES
    (1, 'Action', NULL), (2, 'Animation', NULL), (3, 'Anime', 2), (4, 'Drama', NULL), (5, 'Classics', 4), (6, 'Samurai', 1);
INSERT INTO film_category VALUES (1, 4), (2, 5), (3, 3), (4, 6), (4, 5), (5, 4);
INSERT INTO country (country_id, country, iso_code) VALUES (1, 'Italy', 'IT'), (2, 'Japan', 'JP');
INSERT INTO city (city_id, city, country_id, population) VALUES (1, 'Rome', 1, 2873000), (2, 'Tokyo', 2, NULL), (3, 'Osaka', 2, 2691000);
INSERT INTO address (address_id, address, address2, district, city_id, postal_code, phone, location) VALUES
    (1, 'Via del Corso 1', NULL, 'Centro', 1, '00186', '+39 06 1234', '(12.48,41.9)'),
    (2, '1-1 Chiyoda', 'Floor 3', 'Chiyoda', 2, '100-0001', '+81 3 1234', NULL),
    (3, '2-2 Kita', NULL, 'Kita', 3, NULL, '+81 6 1234', NULL),
    (4, 'Via Appia 9', NULL, 'Appio', 1, '00179', '+39 06 9876', NULL);
INSERT INTO store (store_id, manager_staff_id, address_id, opens, closes) VALUES (1, NULL, 1, '09:00', '21:00'),
    (2, NULL, 2, '10:30', '24:00');
INSERT INTO staff (staff_id, first_name, last_name, address_id, email, store_id, reports_to, active, username, picture,
                   shift_start, "Role") VALUES
    (1, 'Mike', 'Hillyer', 4, 'Mike@Example.com', 1, NULL, true, 'mike', '\x89504e47', '09:00+01', 'manager'),
    (2, 'Jon', 'Stephens', 4, NULL, 1, 1, true, 'jon', NULL, '14:00+01', 'clerk'),
    (3, 'Ann', 'Sato', 3, 'ann@example.jp', 2, 1, false, 'ann', NULL, '10:30+09', 'clerk');
UPDATE store SET manager_staff_id = 1 WHERE store_id = 1;
UPDATE store SET manager_staff_id = 3 WHERE store_id = 2;
INSERT INTO customer (customer_id, store_id, "firstName", "lastName", email, address_id, active, create_date, birth_date,
                      preferences, tags, last_ip, device_mac, credit_limit) VALUES
    ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 1, 'Mary', 'Smith', 'Mary.Smith@Example.com', 1, true, '2024-02-14', '1980-05-01',
        '{"lang": "it", "newsletter": true}', '{vip,"early bird"}', '192.168.0.1', '08:00:2b:01:02:03', 100.50),
    ('b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a22', 2, 'Kenji', 'Watanabe', 'kenji@example.jp', 2, true, '2024-06-01', NULL,
        '{}', '{}', '2001:db8::1', NULL, NULL),
    ('c2eebc99-9c0b-4ef8-bb6d-6bb9bd380a33', 1, 'Luca', 'Bianchi', 'luca@example.it', NULL, false, '2025-01-10', '1999-12-31',
        '[1, 2]', '{NULL}', NULL, NULL, 0);
INSERT INTO inventory (inventory_id, film_id, store_id) VALUES (1, 1, 1), (2, 1, 1), (3, 2, 1), (4, 3, 2), (5, 4, 2), (6, 5, 1);
INSERT INTO rental (rental_id, rental_date, inventory_id, customer_id, return_date, staff_id, planned, late_by) VALUES
    (1, '2024-05-24 22:53:30+02', 1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '2024-05-26 22:04:30+02', 1,
        '[2024-05-24 22:53:30+02,2024-05-27 22:53:30+02)', NULL),
    (2, '2024-12-31 23:59:59.999999+00', 3, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', NULL, 2, NULL, '1 day 02:00:00'),
    (3, '2025-03-01 10:00:00+09', 4, 'b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a22', '2025-03-02 10:00:00+09', 3, NULL, '-00:30:00'),
    (4, '2025-03-02 11:00:00+09', 5, 'b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a22', NULL, 3, 'empty', '1 mon'),
    (5, '2025-04-01 12:00:00+02', 6, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', NULL, 1, NULL, NULL);
INSERT INTO payment (customer_id, staff_id, rental_id, amount, currency, payment_date) VALUES
    ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 1, 1, 2.99, 'EUR', '2024-05-25 11:30:37+02'),
    ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 2, 2, 0.99, 'EUR', '2024-12-31 23:59:59+00'),
    ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 1, 5, 4.99, 'EUR', '2025-04-01 12:05:00+02'),
    ('b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a22', 3, 3, 300, 'JPY', '2025-03-01 10:05:00+09'),
    ('b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a22', 3, NULL, 1.10, 'JPY', '2025-03-05 09:00:00+09');
INSERT INTO "user" (login, "displayName", customer_id) VALUES
    ('Mary', 'Mary S.', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), ('kenji', NULL, 'b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a22'),
    ('admin', 'Admin', NULL);
INSERT INTO "Order" (user_id, status, placed_at, total, note) VALUES
    (1, 'paid', '2025-01-05 10:00:00+01', 24.97, 'gift wrap'),
    (1, 'pending', NULL, NULL, NULL),
    (2, 'shipped', '2025-02-01 08:00:00+09', 29.99, NULL);
INSERT INTO order_line VALUES
    (1, 1, 1, 2, 9.99, '{0.10,NULL}'), (1, 2, 5, 1, 4.99, NULL), (3, 1, 4, 1, 29.99, '{}');
INSERT INTO shipment (order_id, line_no, carrier, tracking_code, shipped_on) VALUES (1, 1, 'DHL', 'JD0123', '2025-01-06'),
    (3, 1, 'Yamato', NULL, NULL);
INSERT INTO ticket (class, hash_code, "default", seat, row_label) VALUES ('first', 42, true, 'A', 'Z'), ('economy', NULL, false, NULL, NULL);
INSERT INTO audit_event (occurred_at, actor_user_id, subject_user_id, payload, checksum, ratio, score, flags, correlation_ids,
                         days, times, clock, lag, small_values, big_values, amounts, ratios, scores, moments, stamps, zoned,
                         gaps, blobs, ratings, statuses, documents, years, address_ids, "Level", xml_body, bits, lsn,
                         tsquery_text, macaddr8_value, network) VALUES
    ('2025-01-05 10:00:00.123456', 1, 2, '{"event": "order", "id": 1}', '\x00ff', 0.1, -0.0,
        '{t,NULL,f}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}', '{2025-01-05,infinity,NULL}', '{00:00,24:00}', '23:59:59.999999',
        '1 year 2 mons 3 days 04:05:06.789', '{-32768,32767}', '{9223372036854775807}', '{1.50,NaN}', '{0.1,Infinity}',
        '{-0,1e300}', '{2025-01-05 10:00:00+01,-infinity}', '{2025-01-05 10:00:00}', '{10:00:00+05:30}',
        '{"1 day","-1 mons +2 days"}', '{"\\x00",NULL}', '{PG-13,G}', '{paid,pending}', ARRAY['{"a": 1}'::jsonb, NULL],
        '{2001,2025}', '{1,NULL,3}', 2, '<event id="1"/>', B'1010', '16/B374D848', 'fat & rat', '08:00:2b:01:02:03:04:05',
        '10.0.0.0/8'),
    ('2025-01-06 00:00:00', NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL);
