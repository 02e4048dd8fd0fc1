-- The naive shape (Django's two Counts over two joins): wrong numbers, shown for its plan and time
SELECT t0.name, count(p.id) AS pfx_count, count(d.id) AS device_count FROM aggbench.location t0 LEFT JOIN aggbench.prefix p ON p.location_id = t0.id LEFT JOIN aggbench.device d ON d.location_id = t0.id GROUP BY t0.id, t0.name;
