package dev.nestql.example.api;

import dev.nestql.example.http.HttpError;
import dev.nestql.example.http.Request;
import dev.nestql.example.http.Response;
import dev.nestql.example.inventory.LocationDetailQuery;
import dev.nestql.example.inventory.ProviderCircuitsQuery;
import dev.nestql.example.inventory.LocationStats;
import java.util.List;
import java.util.Optional;
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
     * A page with a limit links to its neighbours by page tokens ({@code Link} headers): to the
     * next page when it is full, to the previous one when it was reached by a token.
     */
    void locations(Request request, Response response) {
        LocationsParameters.Page page = LocationsParameters.query(request);
        if (page.limit() > 0) {
            links(page, response);
        }
        page.query().writeJson(dataSource, response.json());
    }

    /**
     * The page's links: {@code next} continues after its last row, when the page is full (or was
     * reached backwards); {@code prev} goes back before its first row, when the page was reached by
     * a token and a page precedes it. The page before a row is selected backwards, so its offsets
     * count back from that row: its last row is its {@code first()}, the row just before.
     */
    private void links(LocationsParameters.Page page, Response response) {
        long end = page.offset() + page.limit() - 1;
        boolean backwards = page.before() != null;
        Optional<LocationStats> first = backwards ? page.query().offset(page.limit() - 1).first(dataSource)
                : page.query().first(dataSource);
        Optional<LocationStats> last = backwards ? page.query().first(dataSource)
                : page.query().offset(end).first(dataSource);
        last.ifPresent(row -> response.link(page.link() + "after=" + page.unpositioned().pageToken(row), "next"));
        if (page.after() != null || backwards) {
            first.ifPresent(row -> response.link(page.link() + "before=" + page.unpositioned().pageToken(row), "prev"));
        }
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
