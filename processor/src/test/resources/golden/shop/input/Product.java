package dev.nestql.it.shop;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

@Table("orders_product")
public record Product(
        @Id long id,
        String name,
        @ForeignKey(references = Category.class, relatedName = "products") Long categoryId,
        String image) {}
