package dev.nestql.it.shop;

import static dev.nestql.testsupport.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.testsupport.Json;
import dev.nestql.testsupport.TestDatabase;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.NestqlException;
import java.io.StringWriter;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The forum question: the categories of one venue, each with its products, in one statement. */
class ShopTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/shop.sql");

    @BeforeAll
    static void data() throws Exception {
        db.execute("""
                INSERT INTO orders_category (id, name, venue_id) VALUES
                    (543, 'Bakery', 16), (544, 'Beverages', 16), (545, 'Wine', 17), (546, 'Berries', 16);
                INSERT INTO orders_product (id, name, category_id, image) VALUES
                    (43, 'Baguette', 543, 'baguette.png'),
                    (44, 'Croissant', 543, 'croissant.png'),
                    (45, 'Cola', 544, NULL),
                    (46, 'Merlot', 545, 'merlot.png'),
                    (47, 'Orphan', NULL, 'orphan.png');
                """);
    }

    private static final CategoryView BAKERY = new CategoryView(543, "Bakery",
            List.of(new ProductView(43, "baguette.png"), new ProductView(44, "croissant.png")));
    private static final CategoryView BEVERAGES = new CategoryView(544, "Beverages", List.of(new ProductView(45, null)));
    private static final CategoryView BERRIES = new CategoryView(546, "Berries", List.of());

    @Test
    void jsonOfOneVenueHasTheRequestedShape() throws Exception {
        try (Connection connection = db.connection()) {
            String json = CategoryViewQuery.select()
                    .where(CategoryViewQuery.VENUE_ID.eq(16L))
                    .orderBy(CategoryViewQuery.ID.asc())
                    .json(connection);

            assertEquals(List.of(
                    object("id", 543L, "name", "Bakery", "products", List.of(
                            object("id", 43L, "image", "baguette.png"),
                            object("id", 44L, "image", "croissant.png"))),
                    object("id", 544L, "name", "Beverages", "products", List.of(object("id", 45L, "image", null))),
                    object("id", 546L, "name", "Berries", "products", List.of())),
                    Json.parse(json));
        }
    }

    @Test
    void typedRecordsHoldTheSameData() throws Exception {
        try (Connection connection = db.connection()) {
            List<CategoryView> categories = CategoryViewQuery.select()
                    .where(CategoryViewQuery.VENUE_ID.eq(16L))
                    .orderBy(CategoryViewQuery.ID.asc())
                    .list(connection);

            assertEquals(List.of(BAKERY, BEVERAGES, BERRIES), categories);
        }
    }

    @Test
    void whereOrderByLimitAndOffsetCombine() {
        CategoryViewQuery query = CategoryViewQuery.select()
                .where(CategoryViewQuery.VENUE_ID.eq(16L).and(CategoryViewQuery.NAME.like("B%")))
                .orderBy(CategoryViewQuery.NAME.asc(), CategoryViewQuery.ID.desc());

        assertEquals(List.of(BAKERY, BERRIES, BEVERAGES), query.list(db.dataSource()));
        assertEquals(List.of(BERRIES), query.limit(1).offset(1).list(db.dataSource()));
        assertEquals(List.of(BEVERAGES), query.offset(2).list(db.dataSource()));
        assertEquals(3, query.count(db.dataSource()));
        assertEquals(2, query.limit(2).count(db.dataSource()));
        assertEquals(Optional.of(BAKERY), query.first(db.dataSource()));
        assertEquals(Optional.empty(), query.where(CategoryViewQuery.ID.eq(1L)).first(db.dataSource()));
    }

    @Test
    void conditionsCombineWithOrAndNot() {
        List<Long> ids = CategoryViewQuery.select()
                .where(CategoryViewQuery.NAME.eq("Wine").or(CategoryViewQuery.ID.in(543L, 544L)).and(CategoryViewQuery.ID.ne(544L).not().not()))
                .orderBy(CategoryViewQuery.ID.desc())
                .list(db.dataSource()).stream().map(CategoryView::id).toList();
        assertEquals(List.of(545L, 543L), ids);

        assertEquals(List.of(546L), ids(CategoryViewQuery.ID.gt(545L)));
        assertEquals(List.of(545L, 546L), ids(CategoryViewQuery.ID.ge(545L)));
        assertEquals(List.of(543L), ids(CategoryViewQuery.ID.lt(544L)));
        assertEquals(List.of(543L, 544L), ids(CategoryViewQuery.ID.le(544L)));
        assertEquals(List.of(), ids(CategoryViewQuery.ID.in(List.of())));
        assertEquals(List.of(), ids(CategoryViewQuery.NAME.isNull()));
        assertEquals(List.of(543L, 544L, 545L, 546L), ids(CategoryViewQuery.NAME.isNotNull()));
        assertEquals(List.of(543L, 544L, 546L), ids(CategoryViewQuery.VENUE_ID.eq(17L).not()));
    }

    private static List<Long> ids(dev.nestql.query.Condition<CategoryView> condition) {
        return CategoryViewQuery.select().where(condition).orderBy(CategoryViewQuery.ID.asc())
                .list(db.dataSource()).stream().map(CategoryView::id).toList();
    }

    @Test
    void valuesAreBoundNotSpliced() {
        CategoryViewQuery query = CategoryViewQuery.select().where(CategoryViewQuery.NAME.eq("x' OR '1'='1"));

        assertEquals(List.of(), query.list(db.dataSource()));
        assertFalse(query.sql().contains("OR '1'"), query.sql());
        // list() binds the value twice: in the categories' branch and in the products' statement of keys.
        assertEquals(2, query.sql().split("WHERE t0.name = \\?", -1).length - 1, query.sql());
        assertTrue(query.streamSql().endsWith("WHERE t0.name = ?"), query.streamSql());
    }

    @Test
    void queriesAreImmutable() {
        CategoryViewQuery all = CategoryViewQuery.select();
        CategoryViewQuery some = all.where(CategoryViewQuery.VENUE_ID.eq(17L));

        assertNotSame(all, some);
        assertEquals(4, all.count(db.dataSource()));
        assertEquals(1, some.count(db.dataSource()));
        assertEquals(all.sql(), CategoryViewQuery.select().sql());
    }

    @Test
    void streamReadsLazilyAndWriteJsonMatchesJson() throws Exception {
        CategoryViewQuery query = CategoryViewQuery.select().orderBy(CategoryViewQuery.ID.asc()).fetchSize(2);
        try (Stream<CategoryView> rows = query.stream(db.dataSource())) {
            assertEquals(List.of(543L, 544L, 545L, 546L), rows.map(CategoryView::id).collect(Collectors.toList()));
        }
        StringWriter out = new StringWriter();
        long written = query.writeJson(db.dataSource(), out);

        assertEquals(4, written);
        assertEquals(Json.parse(query.json(db.dataSource())), Json.parse(out.toString()));
    }

    @Test
    void writeFirstJsonWritesOneObjectOrNothing() throws Exception {
        CategoryViewQuery bakeryFirst = CategoryViewQuery.select()
                .where(CategoryViewQuery.VENUE_ID.eq(16L))
                .orderBy(CategoryViewQuery.ID.asc());
        StringWriter out = new StringWriter();

        assertTrue(bakeryFirst.writeFirstJson(db.dataSource(), out));
        assertEquals(object("id", 543L, "name", "Bakery", "products", List.of(
                        object("id", 43L, "image", "baguette.png"), object("id", 44L, "image", "croissant.png"))),
                Json.parse(out.toString()));

        StringWriter nothing = new StringWriter();
        assertFalse(bakeryFirst.where(CategoryViewQuery.NAME.eq("Nothing")).writeFirstJson(db.dataSource(), nothing));
        assertEquals("", nothing.toString());
        assertFalse(bakeryFirst.limit(0).writeFirstJson(db.dataSource(), nothing));
        assertEquals("", nothing.toString());
    }

    @Test
    void writeJsonSqlIsTheStatementOfWriteJson() {
        CategoryViewQuery page = CategoryViewQuery.select()
                .where(CategoryViewQuery.VENUE_ID.eq(16L))
                .orderBy(CategoryViewQuery.NAME.desc())
                .limit(2);

        String sql = page.writeServerJsonSql();
        assertTrue(sql.startsWith("SELECT json_build_object('id', t0.id, 'name', t0.name, 'products', "), sql);
        assertTrue(sql.endsWith(" FROM orders_category t0 WHERE t0.venue_id = ? ORDER BY t0.name DESC, t0.id ASC LIMIT ?"), sql);
    }

    @Test
    void emptyResultsAreEmpty() {
        CategoryViewQuery none = CategoryViewQuery.select().where(CategoryViewQuery.VENUE_ID.eq(99L));

        assertEquals("[]", none.json(db.dataSource()));
        StringWriter out = new StringWriter();
        assertEquals(0, none.writeJson(db.dataSource(), out));
        assertEquals("[]", out.toString());
        assertEquals(List.of(), none.list(db.dataSource()));
        assertEquals(0, none.count(db.dataSource()));
    }

    @Test
    void databaseErrorsCarryStateAndSql() {
        // A schema without the tables: PostgreSQL answers "relation does not exist".
        NestqlException error = assertThrows(NestqlException.class,
                () -> CategoryViewQuery.select().where(CategoryViewQuery.ID.eq(1L)).list(TestDatabase.dataSource("public")));

        assertEquals("42P01", error.sqlState());
        assertEquals(CategoryViewQuery.select().where(CategoryViewQuery.ID.eq(1L)).sql(), error.sql());
        assertTrue(error.getMessage().contains("orders_category"), error.getMessage());
        assertTrue(error.getMessage().contains("SQL state 42P01"), error.getMessage());
    }

    @Test
    void nullComparisonsPointToIsNull() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> CategoryViewQuery.NAME.eq(null));
        assertTrue(error.getMessage().contains("isNull()"), error.getMessage());
    }
}
