package dev.nestql.bench.shop;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import dev.nestql.bench.Explain;
import java.io.StringWriter;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Every way of reading the categories (all of them, or one venue's) with their products, each
 * written the way its users would write it. Each returns the same records as
 * {@link CategoryViewQuery}, or the same JSON as its {@code json()}.
 */
public final class ShopPeers {

    private ShopPeers() {}

    /** nestql: the generated query class. */
    public static CategoryViewQuery nestqlQuery(Long venue) {
        CategoryViewQuery query = CategoryViewQuery.select().orderBy(CategoryViewQuery.ID.asc());
        return venue == null ? query : query.where(CategoryViewQuery.VENUE_ID.eq(venue));
    }

    public static List<CategoryView> nestql(Connection connection, Long venue) {
        return nestqlQuery(venue).list(connection);
    }

    /** nestql's {@code list()} of the products sorted by name: each row carries its rank. */
    public static List<RankedViews.CategoryByName> nestqlByName(Connection connection, Long venue) {
        CategoryByNameQuery query = CategoryByNameQuery.select().orderBy(CategoryByNameQuery.ID.asc());
        return (venue == null ? query : query.where(CategoryByNameQuery.VENUE_ID.eq(venue))).list(connection);
    }

    /** nestql's {@code list()} of the products by id with a limit per category: ranks, and those beyond it dropped. */
    public static List<RankedViews.CategoryLimited> nestqlLimited(Connection connection, Long venue) {
        CategoryLimitedQuery query = CategoryLimitedQuery.select().orderBy(CategoryLimitedQuery.ID.asc());
        return (venue == null ? query : query.where(CategoryLimitedQuery.VENUE_ID.eq(venue))).list(connection);
    }

    /** nestql's {@code stream()}: nested lists as positional JSON, the transport {@code list()} used before. */
    public static List<CategoryView> nestqlStream(Connection connection, Long venue) {
        try (Stream<CategoryView> rows = nestqlQuery(venue).stream(connection)) {
            return rows.toList();
        }
    }

    public static String nestqlJson(Connection connection, Long venue) {
        return nestqlQuery(venue).json(connection);
    }

    /** {@code serverJson()}: the same JSON, built by PostgreSQL. */
    public static String nestqlServerJson(Connection connection, Long venue) {
        return nestqlQuery(venue).serverJson(connection);
    }

    /** {@code writeJson()} to a string. */
    public static String nestqlWriteJson(Connection connection, Long venue) {
        StringWriter out = new StringWriter();
        nestqlQuery(venue).writeJson(connection, out);
        return out.toString();
    }

    // The floor of the typed path: the statement nestql generates, run and decoded by hand. It sends
    // the categories and, as rows of their own, their products (level 0 or 1 in column 1). Column 2
    // is a category's position; 3 is its id, or a product's category; 4 a category's name; 5 to 8 a
    // product's id, name, image and price (text columns are each their own, typed exactly).

    private static final String SAME_SQL_ALL = nestqlQuery(null).sql();
    private static final String SAME_SQL_VENUE = nestqlQuery(1L).sql();

    public static List<CategoryView> handDecoded(Connection connection, Long venue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(venue == null ? SAME_SQL_ALL : SAME_SQL_VENUE)) {
            if (venue != null) {
                statement.setLong(1, venue);
                statement.setLong(2, venue);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<long[]> positions = new ArrayList<>();
                List<CategoryView> categories = new ArrayList<>();
                Map<Long, List<ProductView>> products = new HashMap<>();
                while (rows.next()) {
                    if (rows.getInt(1) == 0) {
                        long id = rows.getLong(3);
                        positions.add(new long[] {rows.getLong(2), categories.size()});
                        categories.add(new CategoryView(id, rows.getString(4),
                                products.computeIfAbsent(id, k -> new ArrayList<>())));
                    } else {
                        products.computeIfAbsent(rows.getLong(3), k -> new ArrayList<>()).add(new ProductView(
                                rows.getLong(5), rows.getString(6), rows.getString(7), rows.getInt(8)));
                    }
                }
                for (List<ProductView> list : products.values()) {
                    list.sort(Comparator.comparingLong(ProductView::id));
                }
                positions.sort(Comparator.comparingLong(position -> position[0]));
                List<CategoryView> ordered = new ArrayList<>(categories.size());
                for (long[] position : positions) {
                    ordered.add(categories.get((int) position[1]));
                }
                return ordered;
            }
        }
    }

    // The floor of the JSON path: a hand-written json_agg statement whose text is returned as is.

    private static final String JSON_AGG = """
            SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'products',
                     (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name, 'image', p.image,
                                                                 'priceCents', p.price_cents) ORDER BY p.id), '[]'::json)
                      FROM product p WHERE p.category_id = c.id)) ORDER BY c.id), '[]'::json)::text
            FROM category c""";

    public static String handJsonAgg(Connection connection, Long venue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(venue == null ? JSON_AGG : JSON_AGG + " WHERE c.venue_id = ?")) {
            if (venue != null) {
                statement.setLong(1, venue);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    // N+1: the parents, then one query per parent.

    private static String parentsSql(Long venue) {
        return venue == null ? "SELECT id, name FROM category ORDER BY id" : "SELECT id, name FROM category WHERE venue_id = ? ORDER BY id";
    }

    private static final String CHILDREN_OF_ONE = "SELECT id, name, image, price_cents FROM product WHERE category_id = ? ORDER BY id";
    private static final String CHILDREN_OF_ALL =
            "SELECT category_id, id, name, image, price_cents FROM product WHERE category_id = ANY(?) ORDER BY id";

    public static List<CategoryView> nPlusOne(Connection connection, Long venue) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(parentsSql(venue))) {
            if (venue != null) {
                statement.setLong(1, venue);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    names.add(rows.getString(2));
                }
            }
        }
        List<CategoryView> categories = new ArrayList<>(ids.size());
        try (PreparedStatement children = connection.prepareStatement(CHILDREN_OF_ONE)) {
            for (int i = 0; i < ids.size(); i++) {
                children.setLong(1, ids.get(i));
                List<ProductView> products = new ArrayList<>();
                try (ResultSet rows = children.executeQuery()) {
                    while (rows.next()) {
                        products.add(new ProductView(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
                    }
                }
                categories.add(new CategoryView(ids.get(i), names.get(i), products));
            }
        }
        return categories;
    }

    // One JOIN, regrouped in Java.

    public static List<CategoryView> joinRegroup(Connection connection, Long venue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(joinSql(venue))) {
            if (venue != null) {
                statement.setLong(1, venue);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<CategoryView> categories = new ArrayList<>();
                long current = 0;
                String currentName = null;
                List<ProductView> products = null;
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (products == null || id != current) {
                        if (products != null) {
                            categories.add(new CategoryView(current, currentName, products));
                        }
                        current = id;
                        currentName = rows.getString(2);
                        products = new ArrayList<>();
                    }
                    long productId = rows.getLong(3);
                    if (!rows.wasNull()) {
                        products.add(new ProductView(productId, rows.getString(4), rows.getString(5), rows.getInt(6)));
                    }
                }
                if (products != null) {
                    categories.add(new CategoryView(current, currentName, products));
                }
                return categories;
            }
        }
    }

    private static String joinSql(Long venue) {
        return "SELECT c.id, c.name, p.id, p.name, p.image, p.price_cents FROM category c"
                + " LEFT JOIN product p ON p.category_id = c.id"
                + (venue == null ? "" : " WHERE c.venue_id = ?")
                + " ORDER BY c.id, p.id";
    }

    // Two queries, parents then children WHERE fk = ANY(?), stitched in Java (Django's prefetch_related).

    public static List<CategoryView> prefetch(Connection connection, Long venue) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(parentsSql(venue))) {
            if (venue != null) {
                statement.setLong(1, venue);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    names.add(rows.getString(2));
                }
            }
        }
        Map<Long, List<ProductView>> byCategory = new HashMap<>(ids.size() * 2);
        for (Long id : ids) {
            byCategory.put(id, new ArrayList<>());
        }
        try (PreparedStatement children = connection.prepareStatement(CHILDREN_OF_ALL)) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            children.setArray(1, array);
            try (ResultSet rows = children.executeQuery()) {
                while (rows.next()) {
                    byCategory.get(rows.getLong(1))
                            .add(new ProductView(rows.getLong(2), rows.getString(3), rows.getString(4), rows.getInt(5)));
                }
            } finally {
                array.free();
            }
        }
        List<CategoryView> categories = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            categories.add(new CategoryView(ids.get(i), names.get(i), byCategory.get(ids.get(i))));
        }
        return categories;
    }

    // Prototypes of a one-statement typed transport that is not JSON: plain columns, as the JOIN
    // and prefetch send, but every level in one statement. Not what nestql generates today.

    /**
     * The UNION ALL prototypes' condition on the products: their category is among the parents,
     * selected by the parents' own condition. {@code = ANY(ARRAY(SELECT ...))} rather than
     * {@code IN (SELECT ...)}: the subquery runs once (an InitPlan) and the products are read
     * through their foreign-key index, as prefetch's {@code = ANY(?)} is. With {@code IN}, the
     * planner hash-joins a scan of every product: 2.9 ms on the server for one venue, against 0.3 ms.
     */
    private static String productsOfParents(Long venue) {
        return "p.category_id = ANY(ARRAY(SELECT c.id FROM category c" + parentWhere(venue) + "))";
    }

    /** The parents' condition of the one-statement prototypes. */
    private static String parentWhere(Long venue) {
        return venue == null ? "" : " WHERE c.venue_id = ?";
    }

    /** The bound values of the UNION ALL prototypes: the venue twice, once per branch. */
    private static void bindTwice(PreparedStatement statement, Long venue) throws SQLException {
        if (venue != null) {
            statement.setLong(1, venue);
            statement.setLong(2, venue);
        }
    }

    /**
     * The UNION ALL prototype with a global sort. Columns: 1 level (0 category, 1 product), 2 the
     * product's category, 3-4 the category, 5-8 the product; each level's columns are NULL in the
     * other level's rows.
     */
    static String unionAllSortedSql(Long venue) {
        return "SELECT 0 AS level, NULL::bigint AS category_id, c.id, c.name,"
                + " NULL::bigint AS product_id, NULL::text AS product_name, NULL::text AS image, NULL::int AS price_cents"
                + " FROM category c" + parentWhere(venue)
                + " UNION ALL"
                + " SELECT 1, p.category_id, NULL, NULL, p.id, p.name, p.image, p.price_cents"
                + " FROM product p WHERE " + productsOfParents(venue)
                + " ORDER BY 1, 2, 3, 5";
    }

    /**
     * One statement, {@code UNION ALL} of a branch per level ({@link #unionAllSortedSql}), ordered by
     * level, then parent key, then each level's order key. The categories come first, in order; the
     * products then come grouped by category, in order, so the client stitches in one pass with one
     * map lookup per category (not per product).
     */
    public static List<CategoryView> unionAllSorted(Connection connection, Long venue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(unionAllSortedSql(venue))) {
            bindTwice(statement, venue);
            try (ResultSet rows = statement.executeQuery()) {
                List<CategoryView> categories = new ArrayList<>();
                Map<Long, List<ProductView>> byCategory = new HashMap<>();
                long group = 0;
                List<ProductView> products = null;
                while (rows.next()) {
                    if (rows.getInt(1) == 0) {
                        List<ProductView> own = new ArrayList<>();
                        long id = rows.getLong(3);
                        categories.add(new CategoryView(id, rows.getString(4), own));
                        byCategory.put(id, own);
                    } else {
                        long category = rows.getLong(2);
                        if (products == null || category != group) {
                            group = category;
                            products = byCategory.get(category);
                        }
                        products.add(new ProductView(rows.getLong(5), rows.getString(6), rows.getString(7), rows.getInt(8)));
                    }
                }
                return categories;
            }
        }
    }

    /**
     * The UNION ALL prototype without a global sort. Columns: 1 level, 2 the product's category,
     * 3 the category's position in the result ({@code row_number()} in the query's order), 4-5 the
     * category, 6-9 the product.
     */
    static String unionAllUnsortedSql(Long venue) {
        return "SELECT 0 AS level, NULL::bigint AS category_id, row_number() OVER (ORDER BY c.id) AS position, c.id, c.name,"
                + " NULL::bigint AS product_id, NULL::text AS product_name, NULL::text AS image, NULL::int AS price_cents"
                + " FROM category c" + parentWhere(venue)
                + " UNION ALL"
                + " SELECT 1, p.category_id, NULL, NULL, NULL, p.id, p.name, p.image, p.price_cents"
                + " FROM product p WHERE " + productsOfParents(venue);
    }

    private static final Comparator<ProductView> BY_PRODUCT_ID = Comparator.comparingLong(ProductView::id);

    /**
     * The same {@code UNION ALL} without {@code ORDER BY} ({@link #unionAllUnsortedSql}): rows may
     * come in any order, so nothing relies on it. Each category carries its position
     * ({@code row_number()} over the query's order); the products are collected in a
     * {@code HashMap} by category and sorted by their order key ({@code id}) in Java. Sorting in
     * Java is only right because the key is a number: a text key sorts by the server's collation,
     * and would need a rank computed by the server, which costs a sort.
     */
    public static List<CategoryView> unionAllUnsorted(Connection connection, Long venue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(unionAllUnsortedSql(venue))) {
            bindTwice(statement, venue);
            try (ResultSet rows = statement.executeQuery()) {
                List<CategoryView> unordered = new ArrayList<>();
                List<Integer> positions = new ArrayList<>();
                Map<Long, List<ProductView>> byCategory = new HashMap<>();
                while (rows.next()) {
                    if (rows.getInt(1) == 0) {
                        long id = rows.getLong(4);
                        positions.add(rows.getInt(3));
                        unordered.add(new CategoryView(id, rows.getString(5), byCategory.computeIfAbsent(id, k -> new ArrayList<>())));
                    } else {
                        byCategory.computeIfAbsent(rows.getLong(2), k -> new ArrayList<>())
                                .add(new ProductView(rows.getLong(6), rows.getString(7), rows.getString(8), rows.getInt(9)));
                    }
                }
                CategoryView[] categories = new CategoryView[unordered.size()];
                for (int i = 0; i < categories.length; i++) {
                    CategoryView category = unordered.get(i);
                    category.products().sort(BY_PRODUCT_ID);
                    categories[positions.get(i) - 1] = category;
                }
                return Arrays.asList(categories);
            }
        }
    }

    /**
     * The array_agg prototype: one row per category, one array per product column, each ordered
     * by the products' order key. The whole table pre-aggregates the products once
     * ({@code GROUP BY}); a filtered read aggregates per category ({@code LATERAL}).
     */
    static String arrayAggSql(Long venue) {
        String arrays = "array_agg(p.id ORDER BY p.id) AS ids, array_agg(p.name ORDER BY p.id) AS names,"
                + " array_agg(p.image ORDER BY p.id) AS images, array_agg(p.price_cents ORDER BY p.id) AS prices";
        return venue == null
                ? "SELECT c.id, c.name, p.ids, p.names, p.images, p.prices FROM category c"
                        + " LEFT JOIN (SELECT p.category_id, " + arrays + " FROM product p GROUP BY p.category_id) p"
                        + " ON p.category_id = c.id ORDER BY c.id"
                : "SELECT c.id, c.name, p.ids, p.names, p.images, p.prices FROM category c"
                        + " LEFT JOIN LATERAL (SELECT " + arrays + " FROM product p WHERE p.category_id = c.id) p ON true"
                        + " WHERE c.venue_id = ? ORDER BY c.id";
    }

    /**
     * One statement, one row per category with its products as parallel arrays
     * ({@link #arrayAggSql}), read with {@code ResultSet.getArray}. pgjdbc reads {@code bigint[]},
     * {@code int[]} and {@code text[]} in binary once the statement is server-prepared (after
     * {@code prepareThreshold}, 5 executions), so the timed calls get binary arrays.
     */
    public static List<CategoryView> arrayAgg(Connection connection, Long venue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(arrayAggSql(venue))) {
            if (venue != null) {
                statement.setLong(1, venue);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<CategoryView> categories = new ArrayList<>();
                while (rows.next()) {
                    Long[] ids = elements(rows, 3, NO_LONGS);
                    String[] names = elements(rows, 4, NO_STRINGS);
                    String[] images = elements(rows, 5, NO_STRINGS);
                    Integer[] prices = elements(rows, 6, NO_INTEGERS);
                    List<ProductView> products = new ArrayList<>(ids.length);
                    for (int i = 0; i < ids.length; i++) {
                        products.add(new ProductView(ids[i], names[i], images[i], prices[i]));
                    }
                    categories.add(new CategoryView(rows.getLong(1), rows.getString(2), products));
                }
                return categories;
            }
        }
    }

    private static final Long[] NO_LONGS = {};
    private static final String[] NO_STRINGS = {};
    private static final Integer[] NO_INTEGERS = {};

    /** The elements of an array column, {@code empty} for SQL NULL (no children). */
    @SuppressWarnings("unchecked")
    private static <T> T[] elements(ResultSet rows, int column, T[] empty) throws SQLException {
        Array array = rows.getArray(column);
        return array == null ? empty : (T[]) array.getArray();
    }

    // jOOQ 3.19: MULTISET, mapped into the same records with Records.mapping. No code generation:
    // tables and fields are declared by name, as a jOOQ user without the generator would.

    private static final Table<?> C = table(name("category")).as("c");
    private static final Field<Long> C_ID = field(name("c", "id"), Long.class);
    private static final Field<String> C_NAME = field(name("c", "name"), String.class);
    private static final Field<Long> C_VENUE = field(name("c", "venue_id"), Long.class);
    private static final Table<?> P = table(name("product")).as("p");
    private static final Field<Long> P_ID = field(name("p", "id"), Long.class);
    private static final Field<String> P_NAME = field(name("p", "name"), String.class);
    private static final Field<String> P_IMAGE = field(name("p", "image"), String.class);
    private static final Field<Integer> P_PRICE = field(name("p", "price_cents"), Integer.class);
    private static final Field<Long> P_CATEGORY = field(name("p", "category_id"), Long.class);

    public static List<CategoryView> jooqMultiset(DSLContext jooq, Long venue) {
        return jooqQuery(jooq, venue).fetch(Records.mapping(CategoryView::new));
    }

    /** The jOOQ query, also for {@code ServerTimes}, which explains its SQL. */
    public static ResultQuery<Record3<Long, String, List<ProductView>>> jooqQuery(DSLContext jooq, Long venue) {
        Condition where = venue == null ? DSL.noCondition() : C_VENUE.eq(venue);
        return jooq.select(C_ID, C_NAME,
                        multiset(select(P_ID, P_NAME, P_IMAGE, P_PRICE).from(P).where(P_CATEGORY.eq(C_ID)).orderBy(P_ID))
                                .convertFrom(products -> products.map(Records.mapping(ProductView::new))))
                .from(C)
                .where(where)
                .orderBy(C_ID);
    }

    /** Each peer's statements with their values, for {@link Explain}: what the server executes for one call. */
    public static Map<String, List<Explain.Statement>> serverStatements(Connection connection, DSLContext jooq, Long venue)
            throws SQLException {
        Object[] values = venue == null ? new Object[0] : new Object[] {venue};
        List<CategoryView> categories = nestql(connection, venue);
        long[] ids = categories.stream().mapToLong(CategoryView::id).toArray();
        Map<String, List<Explain.Statement>> statements = new LinkedHashMap<>();
        Object[] twice = venue == null ? new Object[0] : new Object[] {venue, venue};
        statements.put("typedNestql, typedHandDecodedSameSql", List.of(new Explain.Statement(nestqlQuery(venue).sql(), twice)));
        // stream() and writeJson(): the categories through a cursor, then their products by key, one
        // statement per batch of 1,000 (every category here is in the first batch).
        statements.put("typedNestqlStream, jsonNestqlWriteJson", List.of(new Explain.Statement(nestqlQuery(venue).streamSql(), values),
                new Explain.Statement(nestqlQuery(venue).nestedChildrenSql(), (Object) ids)));
        statements.put("jsonNestql", List.of(new Explain.Statement(nestqlQuery(venue).sql(), twice)));
        // The ranked lists: the products' rank in their category, a window over every product row.
        CategoryByNameQuery byName = CategoryByNameQuery.select().orderBy(CategoryByNameQuery.ID.asc());
        CategoryLimitedQuery limited = CategoryLimitedQuery.select().orderBy(CategoryLimitedQuery.ID.asc());
        statements.put("typedNestqlByName", List.of(new Explain.Statement(
                (venue == null ? byName : byName.where(CategoryByNameQuery.VENUE_ID.eq(venue))).sql(), twice)));
        statements.put("typedNestqlLimited", List.of(new Explain.Statement(
                (venue == null ? limited : limited.where(CategoryLimitedQuery.VENUE_ID.eq(venue))).sql(), twice)));
        statements.put("jsonNestqlServer", List.of(new Explain.Statement(nestqlQuery(venue).serverJsonSql(), values)));
        statements.put("jsonHandJsonAgg", List.of(new Explain.Statement(venue == null ? JSON_AGG : JSON_AGG + " WHERE c.venue_id = ?", values)));
        statements.put("typedJoinRegroup", List.of(new Explain.Statement(joinSql(venue), values)));
        statements.put("typedPrefetch", List.of(new Explain.Statement(parentsSql(venue), values),
                new Explain.Statement(CHILDREN_OF_ALL, (Object) ids)));
        List<Explain.Statement> nPlusOne = new ArrayList<>();
        nPlusOne.add(new Explain.Statement(parentsSql(venue), values));
        for (long id : ids) {
            nPlusOne.add(new Explain.Statement(CHILDREN_OF_ONE, id));
        }
        statements.put("typedNPlusOne", nPlusOne);
        statements.put("typedJooqMultiset", List.of(new Explain.Statement(jooqQuery(jooq, venue).getSQL(ParamType.INLINED))));
        statements.put("typedUnionAllSorted", List.of(new Explain.Statement(unionAllSortedSql(venue), twice)));
        statements.put("typedUnionAllUnsorted", List.of(new Explain.Statement(unionAllUnsortedSql(venue), twice)));
        statements.put("typedArrayAgg", List.of(new Explain.Statement(arrayAggSql(venue), values)));
        return statements;
    }
}
