-- Loan periods: intervals with every sign mix, fractions of a second, and the extremes.
CREATE TABLE plan (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE loan (id bigint PRIMARY KEY, plan_id bigint NOT NULL REFERENCES plan (id), period interval);
INSERT INTO plan VALUES (1, 'all'), (2, 'none');
INSERT INTO loan VALUES
    (1, 1, '1 year 2 mons 3 days 04:05:06.789'),
    (2, 1, '-1 year -2 mons +3 days -04:05:06'),
    (3, 1, '0'),
    (4, 1, '-1 day -02:00:00'),
    (5, 1, '100 hours'),
    (6, 1, '-0.000001 sec'),
    (7, 1, '1 mon -1 sec'),
    (8, 1, '1 day'),
    (9, 1, '24 hours'),
    (10, 1, '178000000 years'),
    (11, 1, '-2147483648 days'),
    (12, 1, NULL);
