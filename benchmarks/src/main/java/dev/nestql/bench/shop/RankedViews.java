package dev.nestql.bench.shop;

import dev.nestql.Nested;
import dev.nestql.Projection;
import java.util.List;

/**
 * The list of {@link CategoryView} in the orders whose rows carry their rank, computed by
 * PostgreSQL: by name (text, by the database's collation), and by id with a limit per category
 * (larger than any category's list, so that the rows are the same as without it).
 */
public interface RankedViews {
    @Projection(Category.class)
    record CategoryByName(long id, String name, @Nested(value = "products", orderBy = "name") List<ProductView> products) {}

    @Projection(Category.class)
    record CategoryLimited(long id, String name,
            @Nested(value = "products", orderBy = "id", limit = 100) List<ProductView> products) {}
}
