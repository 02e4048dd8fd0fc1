package dev.nestql.example.shop;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;

/** A category of products on a venue's menu. */
@Table("orders_category")
public record Category(
        @Id long id, String name, @ForeignKey(references = Venue.class, relatedName = "categories") long venueId) {}
