package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.OffsetDateTime;
import javax.annotation.processing.Generated;

/**
 * The table {@code category}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("category")
public record Category(
        @Id int categoryId,
        String name,
        @ForeignKey(references = Category.class) Integer parentId,
        OffsetDateTime lastUpdate) {}
