package dev.nestql.it.binding;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.util.List;

/** A film table with the column types of a real schema, all read as text; and three levels of rows. */
public interface Binding {
    @Table("film")
    record Film(
            @Id long id,
            String title,
            String rating,
            String code,
            String tag,
            String handle,
            String starts,
            String duration,
            String host,
            String network,
            String meta,
            String price,
            String tags,
            String mac,
            String words) {}

    @Projection(Film.class)
    record FilmView(
            long id,
            String title,
            String rating,
            String code,
            String tag,
            String handle,
            String starts,
            String duration,
            String host,
            String network,
            String meta,
            String price,
            String tags,
            String mac,
            String words) {}

    @Table("region")
    record Region(@Id long id, String name) {}

    @Table("store")
    record Store(@Id long id, @ForeignKey(references = Region.class) long regionId, String code) {}

    @Table("staff")
    record Staff(@Id long id, @ForeignKey(references = Store.class, relatedName = "staff") long storeId, String name) {}

    @Projection(Region.class)
    record RegionView(long id, String name, @Nested(value = "stores", orderBy = "id") List<StoreView> stores) {}

    @Projection(Store.class)
    record StoreView(long id, String code, @Nested(value = "staff", orderBy = "id") List<StaffView> staff) {}

    @Projection(Staff.class)
    record StaffView(long id, String name) {}
}
