package dev.nestql.bench.stream;

import dev.nestql.Id;
import dev.nestql.Table;
import java.time.Instant;

/** Workload 5's table: a million catalogue items. */
@Table("item")
public record Item(@Id long id, String sku, String name, int priceCents, Instant createdAt) {}
