package dev.nestql.it.arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.arrays.Posts.AuthorView;
import dev.nestql.it.arrays.Posts.PostView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.NestqlException;
import dev.nestql.testsupport.Json;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One-dimensional arrays read into {@code List<E>} hold exactly the elements of the driver's
 * {@code getArray()} (nulls, quoting, NaN and -0, every digit of a numeric, citext and enum labels
 * as text), through every path; conditions on them compare as PostgreSQL's arrays do.
 */
class ArraysTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/arrays.sql").withPublic();

    @Test
    void everyPathReadsTheElementsOfGetArray() throws SQLException {
        try (Connection connection = db.connection()) {
            List<PostView> expected = jdbc(connection, "SELECT * FROM post ORDER BY id");
            assertEquals(Arrays.asList("a", "b c", "NULL", null, "x,y", "q\"uote", "back\\slash", ""), expected.get(0).tags());
            assertEquals(List.of("ab ", "abc"), expected.get(0).codes());

            PostViewQuery all = PostViewQuery.select().orderBy(PostViewQuery.ID.asc());
            assertEquals(expected, all.list(connection));
            assertEquals(expected.get(0), all.first(connection).orElseThrow());
            try (Stream<PostView> rows = all.stream(connection)) {
                assertEquals(expected, rows.toList());
            }
            AuthorViewQuery authors = AuthorViewQuery.select().orderBy(AuthorViewQuery.ID.asc());
            List<PostView> ada = expected.subList(0, 2);
            List<PostView> grace = expected.subList(2, 4);
            for (List<AuthorView> read : List.of(authors.list(connection), authors.stream(connection).toList(),
                    authors.where(AuthorViewQuery.ID.in(1L, 2L, 3L)).limit(3).list(connection))) {
                assertEquals(List.of(new AuthorView(1, ada, ada), new AuthorView(2, grace, grace), new AuthorView(3, List.of(), List.of())),
                        read);
            }
            assertEquals(List.of("Ada", "Ada", "Grace", "Grace"),
                    PostAuthorQuery.select().orderBy(PostAuthorQuery.ID.asc()).list(connection).stream()
                            .map(Posts.PostAuthor::authorName).toList());
        }
    }

    @Test
    void jsonIsPostgresqlsJsonOfTheArrays() throws SQLException {
        try (Connection connection = db.connection()) {
            List<?> json = (List<?>) Json.parse(PostViewQuery.select().orderBy(PostViewQuery.ID.asc()).json(connection));
            List<Object> expected = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT to_json(tags)::text, to_json(ratios)::text,"
                            + " to_json(prices)::text FROM post ORDER BY id")) {
                while (rows.next()) {
                    expected.add(Arrays.asList(parse(rows.getString(1)), parse(rows.getString(2)), parse(rows.getString(3))));
                }
            }
            for (int i = 0; i < json.size(); i++) {
                Map<?, ?> post = (Map<?, ?>) json.get(i);
                assertEquals(expected.get(i), Arrays.asList(post.get("tags"), post.get("ratios"), post.get("prices")));
            }
        }
    }

    @Test
    void conditionsCompareAsPostgresqlsArrays() throws SQLException {
        try (Connection connection = db.connection()) {
            assertEquals(List.of(13L), ids(connection, PostViewQuery.TAGS.eq(List.of("a", "z"))));
            assertEquals(List.of(11L), ids(connection, PostViewQuery.SCORES.eq(List.of())));
            assertEquals(List.of(10L, 13L), ids(connection, PostViewQuery.TAGS.contains("a")));
            assertEquals(List.of(10L), ids(connection, PostViewQuery.TAGS.contains("x,y", "q\"uote", "back\\slash", "")));
            assertEquals(List.of(10L, 13L), ids(connection, PostViewQuery.TAGS.overlaps("z", "b c")));
            // citext and enum elements compare as their own types.
            assertEquals(List.of(10L, 13L), ids(connection, PostViewQuery.LABELS.contains("hello")));
            assertEquals(List.of(10L), ids(connection, PostViewQuery.MOODS.contains("PG-13")));
            assertEquals(List.of(10L), ids(connection, PostViewQuery.FLAGS.eq(Arrays.asList(true, false, null))));
            assertEquals(List.of(12L), ids(connection, PostViewQuery.PRICES.isNull()));
            assertEquals(List.of(10L), ids(connection, PostViewQuery.PRICES.contains(new BigDecimal("1.5"))));
            assertEquals(List.of(10L), ids(connection,
                    PostViewQuery.REFS.contains(UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"))));
            assertEquals(List.of(11L, 10L, 13L), PostViewQuery.select().where(PostViewQuery.SCORES.isNotNull())
                    .orderBy(PostViewQuery.SCORES.asc()).list(connection).stream().map(PostView::id).toList());
            NestqlException in = assertThrows(NestqlException.class,
                    () -> PostViewQuery.select().where(PostViewQuery.TAGS.in(List.of("a"))).list(connection));
            assertTrue(in.getMessage().contains("could not find array type"), in.getMessage());
        }
    }

    /**
     * A real[] read as doubles gives the decimal values PostgreSQL writes (0.1), on the plain path
     * as in JSON, not the float's binary value widened (0.10000000149011612).
     */
    @Test
    void aRealArrayReadAsDoublesReadsTheSameOnEveryPath() throws SQLException {
        try (Connection connection = db.connection()) {
            List<Posts.PostDoubles> plain = PostDoublesQuery.select().orderBy(PostDoublesQuery.ID.asc()).list(connection);
            assertEquals(List.of(1.5, Double.NEGATIVE_INFINITY), plain.get(0).weights());
            assertEquals(List.of(0.1), plain.get(3).weights());
            List<Posts.AuthorDoubles> nested = AuthorDoublesQuery.select().orderBy(AuthorDoublesQuery.ID.asc()).list(connection);
            assertEquals(plain.subList(0, 2), nested.get(0).posts());
            assertEquals(plain.subList(2, 4), nested.get(1).posts());
        }
    }

    @Test
    void aTwoDimensionalArrayIsAClearError() throws SQLException {
        try (Connection connection = db.connection()) {
            db.execute("UPDATE post SET scores = '{{1,2},{3,4}}' WHERE id = 13");
            try {
                NestqlException list = assertThrows(NestqlException.class,
                        () -> PostViewQuery.select().where(PostViewQuery.ID.eq(13L)).list(connection));
                assertTrue(list.getMessage().contains("more than one dimension"), list.getMessage());
                NestqlException stream = assertThrows(NestqlException.class,
                        () -> AuthorViewQuery.select().where(AuthorViewQuery.ID.eq(2L)).stream(connection).toList());
                assertTrue(stream.getMessage().contains("more than one dimension"), stream.getMessage());
            } finally {
                db.execute("UPDATE post SET scores = '{5}' WHERE id = 13");
            }
        }
    }

    private static Object parse(String json) {
        return json == null ? null : Json.parse(json);
    }

    private static List<Long> ids(Connection connection, dev.nestql.query.Condition<PostView> condition) {
        return PostViewQuery.select().where(condition).orderBy(PostViewQuery.ID.asc()).list(connection).stream()
                .map(PostView::id).toList();
    }

    private static List<PostView> jdbc(Connection connection, String sql) throws SQLException {
        List<PostView> posts = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                posts.add(new PostView(rows.getLong("id"),
                        list(rows, "tags", Object::toString), list(rows, "labels", Object::toString),
                        list(rows, "moods", Object::toString), list(rows, "codes", Object::toString),
                        list(rows, "scores", e -> (Integer) e), list(rows, "counts", e -> (Long) e),
                        list(rows, "smalls", e -> ((Number) e).shortValue()), list(rows, "ratios", e -> (Double) e),
                        list(rows, "weights", e -> (Float) e), list(rows, "prices", e -> (BigDecimal) e),
                        list(rows, "flags", e -> (Boolean) e), list(rows, "refs", e -> (UUID) e)));
            }
        }
        return posts;
    }

    /** The elements of the driver's {@code getArray()}, as plain JDBC code reads them. */
    private static <E> List<E> list(ResultSet rows, String column, Function<Object, E> element) throws SQLException {
        Array array = rows.getArray(column);
        if (array == null) {
            return null;
        }
        List<E> list = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            list.add(value == null ? null : element.apply(value));
        }
        return list;
    }
}
