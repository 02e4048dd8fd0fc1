package dev.nestql.example.shop;

import dev.nestql.Projection;

/** A product as listed under its category. */
@Projection(Product.class)
public record ProductView(long id, String image) {}
