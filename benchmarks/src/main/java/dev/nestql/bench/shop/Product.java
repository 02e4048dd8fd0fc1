package dev.nestql.bench.shop;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

/** A product of a category. */
@Table("product")
public record Product(
        @Id long id,
        String name,
        @ForeignKey(references = Category.class, relatedName = "products") long categoryId,
        String image,
        int priceCents) {}
