package dev.nestql.bench.shop;

import dev.nestql.Projection;

/** A product as listed under its category. */
@Projection(Product.class)
public record ProductView(long id, String name, String image, int priceCents) {}
