package dev.nestql.example.shop;

import dev.nestql.Nested;
import dev.nestql.Projection;
import java.util.List;

/** The shape the forum question asked for: a category with its products. */
@Projection(Category.class)
public record CategoryView(long id, String name, @Nested(value = "products", orderBy = "id") List<ProductView> products) {}
