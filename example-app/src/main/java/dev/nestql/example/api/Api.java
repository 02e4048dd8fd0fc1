package dev.nestql.example.api;

import dev.nestql.example.http.Router;
import javax.sql.DataSource;

/** The example app's endpoints. */
public final class Api {
    private Api() {}

    /** The routes of every endpoint, reading from {@code dataSource}. */
    public static Router router(DataSource dataSource) {
        ShopEndpoints shop = new ShopEndpoints(dataSource);
        InventoryEndpoints inventory = new InventoryEndpoints(dataSource);
        return new Router()
                .get("/", HomePage::show)
                .get("/venues/{id}/categories", shop::categoriesOfVenue)
                .get("/providers", inventory::providers)
                .get("/locations", inventory::locations)
                .get("/locations/{name}", inventory::location);
    }
}
