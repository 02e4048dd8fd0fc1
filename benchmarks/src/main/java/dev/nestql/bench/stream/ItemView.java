package dev.nestql.bench.stream;

import dev.nestql.Projection;
import java.time.Instant;

/** Workload 5: every item, written as JSON with {@code writeJson}. */
@Projection(Item.class)
public record ItemView(long id, String sku, String name, int priceCents, Instant createdAt) {}
