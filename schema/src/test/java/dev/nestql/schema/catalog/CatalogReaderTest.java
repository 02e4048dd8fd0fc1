package dev.nestql.schema.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.schema.model.Catalog;
import dev.nestql.schema.model.Column;
import dev.nestql.schema.model.ForeignKey;
import dev.nestql.schema.model.Relation;
import dev.nestql.schema.model.RelationName;
import dev.nestql.schema.model.SqlType;
import dev.nestql.testsupport.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog of the rental schema (21 tables, views, a partitioned table, enums, domains,
 * composite keys, quoted names) read as PostgreSQL declares it.
 */
class CatalogReaderTest {
    private static final String SCHEMA = "schema_catalog_reader";
    private static Catalog catalog;

    @BeforeAll
    static void read() throws Exception {
        DataSource dataSource = TestDatabase.freshSchema(SCHEMA, "schemas/rental.sql");
        try (Connection connection = dataSource.getConnection()) {
            catalog = CatalogReader.read(connection, List.of(SCHEMA, "no_such_schema"));
        }
    }

    @AfterAll
    static void drop() throws Exception {
        TestDatabase.dropSchema(SCHEMA);
    }

    @Test
    void everyRelationOnceSortedByNameAndNoPartitions() {
        assertEquals(List.of("Order", "actor", "address", "audit_event", "category", "city", "country", "customer",
                        "customer_balance", "film", "film_actor", "film_category", "film_list", "inventory", "language",
                        "order_line", "payment", "rental", "sales_by_store", "shipment", "staff", "store", "ticket", "user"),
                catalog.relations().stream().map(relation -> relation.name().name()).toList());
        assertEquals(Relation.Kind.PARTITIONED_TABLE, relation("payment").kind());
        assertEquals(Relation.Kind.VIEW, relation("film_list").kind());
        assertEquals(Relation.Kind.MATERIALIZED_VIEW, relation("sales_by_store").kind());
        assertEquals(Relation.Kind.TABLE, relation("Order").kind());
    }

    @Test
    void columnsInOrderWithTypesNullabilityAndComments() {
        Relation film = relation("film");
        assertEquals(List.of("film_id", "title", "description", "release_year", "language_id", "original_language_id",
                        "rental_duration", "rental_rate", "length", "replacement_cost", "rating", "special_features",
                        "fulltext", "last_update"),
                film.columns().stream().map(Column::name).toList());
        assertEquals(Optional.of("A film in the catalogue, whatever its copies."), film.comment());
        Column length = film.column("length").orElseThrow();
        assertEquals(Optional.of("Running time in minutes."), length.comment());
        assertFalse(length.notNull());
        assertTrue(film.column("title").orElseThrow().notNull());
        assertEquals("numeric(4,2)", film.column("rental_rate").orElseThrow().declaredType());

        SqlType year = film.column("release_year").orElseThrow().type();
        assertEquals(SqlType.Kind.DOMAIN, year.kind());
        assertEquals(SqlType.builtIn("int4"), year.withoutDomains());
        SqlType rating = film.column("rating").orElseThrow().type();
        assertEquals(new SqlType(SCHEMA, "mpaa_rating", SqlType.Kind.ENUM, null, null,
                List.of("G", "PG", "PG-13", "R", "NC-17"), false), rating);
        SqlType features = film.column("special_features").orElseThrow().type();
        assertEquals(SqlType.Kind.ARRAY, features.kind());
        assertEquals(SqlType.builtIn("text"), features.element());
        assertEquals("text[]", features.sqlName());
    }

    @Test
    void aNotNullDomainMakesItsColumnsNotNull() {
        Column amount = relation("payment").column("amount").orElseThrow();
        assertTrue(amount.notNull());
        assertEquals("positive_amount", amount.type().name());
        Column email = relation("staff").column("email").orElseThrow();
        assertFalse(email.notNull());
        assertEquals(new SqlType("public", "citext", SqlType.Kind.BASE, null, null, List.of(), false),
                email.type().withoutDomains());
    }

    @Test
    void keysAsDeclared() {
        assertEquals(List.of("film_id"), relation("film").primaryKey());
        assertEquals(List.of("actor_id", "film_id"), relation("film_actor").primaryKey());
        assertEquals(List.of("payment_id", "payment_date"), relation("payment").primaryKey());
        assertEquals(List.of(), relation("film_list").primaryKey());
        assertEquals(List.of(
                        new ForeignKey("film_language_id_fkey", List.of("language_id"), name("language"), List.of("language_id")),
                        new ForeignKey("film_original_language_id_fkey", List.of("original_language_id"), name("language"),
                                List.of("language_id"))),
                relation("film").foreignKeys());
        assertEquals(List.of(new ForeignKey("shipment_order_id_line_no_fkey", List.of("order_id", "line_no"),
                        name("order_line"), List.of("order_id", "line_no"))),
                relation("shipment").foreignKeys());
        // A self-reference, and keys that reference the partitioned table once, not once per partition.
        assertTrue(relation("staff").foreignKeys().stream().anyMatch(key -> key.target().equals(name("staff"))));
        assertEquals(3, relation("payment").foreignKeys().size());
        assertEquals(List.of(new ForeignKey("Order_user_id_fkey", List.of("user_id"), name("user"), List.of("id"))),
                relation("Order").foreignKeys());
    }

    @Test
    void indexesWithTheirLeadingColumns() {
        Relation inventory = relation("inventory");
        assertTrue(inventory.indexes().stream().anyMatch(index -> index.leadsWith("store_id")));
        assertFalse(inventory.indexes().stream().anyMatch(index -> index.leadsWith("film_id")));
        assertTrue(relation("film_actor").indexes().stream().anyMatch(index -> index.leadsWith("actor_id")));
        // A partial index does not serve every lookup by its column.
        assertFalse(relation("audit_event").indexes().stream().anyMatch(index -> index.leadsWith("actor_user_id")));
        assertTrue(relation("payment").indexes().stream().anyMatch(index -> index.leadsWith("customer_id")));
    }

    @Test
    void quotedNamesAreKeptExactly() {
        assertTrue(relation("staff").column("Role").isPresent());
        assertTrue(relation("customer").column("firstName").isPresent());
        assertTrue(relation("user").column("displayName").isPresent());
    }

    @Test
    void viewColumnsMayAlwaysBeNull() {
        assertTrue(relation("film_list").columns().stream().noneMatch(Column::notNull));
    }

    private static RelationName name(String relation) {
        return new RelationName(SCHEMA, relation);
    }

    private static Relation relation(String name) {
        return catalog.relation(name(name)).orElseThrow(() -> new AssertionError("no relation " + name));
    }
}
