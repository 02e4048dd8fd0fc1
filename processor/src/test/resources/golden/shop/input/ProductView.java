package dev.nestql.it.shop;

import dev.nestql.Projection;

@Projection(Product.class)
public record ProductView(long id, String image) {}
