package dev.nestql.example.api;

import dev.nestql.example.http.Request;
import dev.nestql.example.http.Response;
import java.io.IOException;
import java.util.List;

/** {@code GET /}: a plain page that links every endpoint. */
final class HomePage {
    private HomePage() {}

    private record Link(String href, String text) {}

    private static final List<Link> LINKS = List.of(
            new Link("/venues/16/categories", "the categories of venue 16, each with its products (the forum question)"),
            new Link("/providers", "providers with their number of circuits"),
            new Link("/locations", "locations with prefix, device and VLAN counts, distinct roles, newest device, edge devices"),
            new Link("/locations?minVlans=16&sort=-deviceCount&limit=3",
                    "the three locations with most devices among those with at least 16 VLANs"),
            new Link("/locations/lax", "one location with its devices nested"));

    static void show(Request request, Response response) throws IOException {
        request.acceptOnly(List.of());
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>nestql example</title></head>
                <body>
                <h1>nestql example</h1>
                <p>Each link is one SQL statement; PostgreSQL builds the JSON, the app streams it.</p>
                <ul>
                """);
        for (Link link : LINKS) {
            String href = link.href().replace("&", "&amp;");
            page.append("<li><a href=\"").append(href).append("\"><code>GET ").append(href).append("</code></a>: ")
                    .append(link.text()).append("</li>\n");
        }
        page.append("""
                </ul>
                <p><code>GET /locations</code> takes <code>minVlans</code>, <code>sort</code> (for example
                <code>-deviceCount,name</code>), <code>limit</code> and <code>offset</code>.</p>
                </body>
                </html>
                """);
        response.html(page.toString());
    }
}
