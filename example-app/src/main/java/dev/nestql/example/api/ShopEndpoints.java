package dev.nestql.example.api;

import dev.nestql.example.http.HttpError;
import dev.nestql.example.http.Request;
import dev.nestql.example.http.Response;
import dev.nestql.example.shop.CategoryViewQuery;
import dev.nestql.example.shop.VenueRefQuery;
import dev.nestql.query.NestqlException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** The shop's endpoint: the forum question, answered over HTTP. */
final class ShopEndpoints {
    private final DataSource dataSource;

    ShopEndpoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * {@code GET /venues/{id}/categories}: the venue's categories by id, each with its products by
     * id, as {@code [{"id": 543, "name": "Bakery", "products": [{"id": 43, "image": "..."}]}]};
     * 404 when there is no such venue.
     */
    void categoriesOfVenue(Request request, Response response) {
        request.acceptOnly(List.of());
        long venueId = request.pathLong("id", "the venue id");
        try (Connection connection = dataSource.getConnection()) {
            if (VenueRefQuery.select().where(VenueRefQuery.ID.eq(venueId)).count(connection) == 0) {
                throw HttpError.notFound("venue " + venueId + " does not exist");
            }
            CategoryViewQuery.select()
                    .where(CategoryViewQuery.VENUE_ID.eq(venueId))
                    .orderBy(CategoryViewQuery.ID.asc())
                    .writeJson(connection, response.json());
        } catch (SQLException e) {
            throw new NestqlException(e, null);
        }
    }
}
