package dev.nestql.it.shop;

import dev.nestql.Nested;
import dev.nestql.Projection;
import java.util.List;

@Projection(Category.class)
public record CategoryView(long id, String name, @Nested(value = "products", orderBy = "id") List<ProductView> products) {}
