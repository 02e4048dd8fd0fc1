package dev.nestql.example.api;

import dev.nestql.example.http.HttpError;
import dev.nestql.example.http.Request;
import dev.nestql.example.http.Response;
import dev.nestql.example.inventory.LocationDetailQuery;
import dev.nestql.example.inventory.ProviderCircuitsQuery;
import java.util.List;
import javax.sql.DataSource;

/** The network inventory's endpoints: the blog's annotation examples, over HTTP. */
final class InventoryEndpoints {
    private final DataSource dataSource;

    InventoryEndpoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code GET /providers}: every provider by name, with its number of circuits. */
    void providers(Request request, Response response) {
        request.acceptOnly(List.of());
        ProviderCircuitsQuery.select()
                .orderBy(ProviderCircuitsQuery.NAME.asc())
                .writeJson(dataSource, response.json());
    }

    /**
     * {@code GET /locations}: every location with its counts, newest device and has-edge flag;
     * {@link LocationsParameters} maps the query parameters to a condition, an order and a page.
     */
    void locations(Request request, Response response) {
        LocationsParameters.query(request).writeJson(dataSource, response.json());
    }

    /** {@code GET /locations/{name}}: one location with its devices nested, as one JSON object; 404 when unknown. */
    void location(Request request, Response response) {
        request.acceptOnly(List.of());
        String name = request.path("name");
        boolean found = LocationDetailQuery.select()
                .where(LocationDetailQuery.NAME.eq(name))
                .writeFirstJson(dataSource, response.json());
        if (!found) {
            throw HttpError.notFound("location \"" + name + "\" does not exist; GET /locations lists them");
        }
    }
}
