package dev.nestql.bench.shop;

import dev.nestql.Nested;
import dev.nestql.Projection;
import java.util.List;

/** Workloads 1 and 2: a category with its products, the forum question's shape. */
@Projection(Category.class)
public record CategoryView(long id, String name, @Nested(value = "products", orderBy = "id") List<ProductView> products) {}
