package dev.nestql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each statement {@link Statements} puts together, from parts written here by hand: the typed
 * rows, the JSON array, the count and the nested-rows {@code UNION ALL}, with and without a
 * condition, an order and paging, and with both shapes of aggregates.
 */
class StatementsTest {
    private static final QueryDefinition<Object> PLAIN = QueryDefinition.<Object>builder(row -> null)
            .selectList("t0.id, t0.name")
            .jsonObject("json_build_object('id', t0.id)")
            .table("city t0")
            .joins(" LEFT JOIN country t1 ON t1.id = t0.country_id")
            .build();
    private static final QueryDefinition<Object> AGGREGATES = QueryDefinition.<Object>builder(row -> null)
            .selectList("t0.id, coalesce(a1.n, 0) AS n")
            .jsonObject("json_build_object('n', coalesce(a1.n, 0))")
            .table("city t0")
            .aggregates(" LEFT JOIN LATERAL (SELECT count(*) AS n FROM address t1 WHERE t1.city_id = t0.id) a1 ON true",
                    " LEFT JOIN (SELECT t1.city_id AS k, count(*) AS n FROM address t1 GROUP BY 1) a1 ON a1.k = t0.id")
            .build();
    private static final List<Statements.SortKey> BY_NAME = List.of(new Statements.SortKey("t0.name", " ASC"));
    private static final Statements.Clauses FILTERED = new Statements.Clauses("t0.name = ?", BY_NAME, false, false);
    private static final Statements.Clauses PAGE = new Statements.Clauses("t0.name = ?", BY_NAME, true, true);

    @Test
    void selectsTheRowsWithTheCallsClauses() {
        assertEquals("SELECT t0.id, t0.name FROM city t0 LEFT JOIN country t1 ON t1.id = t0.country_id",
                Statements.rows(PLAIN, PLAIN.selectList(), Statements.Clauses.NONE));
        assertEquals("SELECT t0.id, t0.name FROM city t0 LEFT JOIN country t1 ON t1.id = t0.country_id"
                + " WHERE t0.name = ? ORDER BY t0.name ASC LIMIT ? OFFSET ?",
                Statements.rows(PLAIN, PLAIN.selectList(), PAGE));
    }

    @Test
    void readsAggregatesOnceForEveryRowAndPerRowOtherwise() {
        assertEquals("SELECT t0.id, coalesce(a1.n, 0) AS n FROM city t0 LEFT JOIN (SELECT t1.city_id AS k, count(*)"
                + " AS n FROM address t1 GROUP BY 1) a1 ON a1.k = t0.id",
                Statements.rows(AGGREGATES, AGGREGATES.selectList(), Statements.Clauses.NONE));
        assertEquals("SELECT t0.id, coalesce(a1.n, 0) AS n FROM city t0 LEFT JOIN LATERAL (SELECT count(*) AS n FROM"
                + " address t1 WHERE t1.city_id = t0.id) a1 ON true WHERE t0.name = ? ORDER BY t0.name ASC",
                Statements.rows(AGGREGATES, AGGREGATES.selectList(), FILTERED));
        // A page is selected first, so that the lateral subqueries run for its rows only.
        assertEquals("SELECT t0.id, coalesce(a1.n, 0) AS n FROM (SELECT t0.* FROM city t0 WHERE t0.name = ?"
                + " ORDER BY t0.name ASC LIMIT ? OFFSET ?) t0 LEFT JOIN LATERAL (SELECT count(*) AS n FROM address t1"
                + " WHERE t1.city_id = t0.id) a1 ON true ORDER BY t0.name ASC",
                Statements.rows(AGGREGATES, AGGREGATES.selectList(), PAGE));
    }

    @Test
    void aggregatesTheJsonArrayInTheCallsOrder() {
        assertEquals("SELECT coalesce(json_agg(json_build_object('id', t0.id)  ORDER BY t0.name ASC), '[]'::json)::text"
                + " FROM city t0 LEFT JOIN country t1 ON t1.id = t0.country_id WHERE t0.name = ?",
                Statements.jsonArray(PLAIN, FILTERED));
        assertEquals("SELECT coalesce(json_agg(s.j  ORDER BY s.o1 ASC), '[]'::json)::text FROM (SELECT"
                + " json_build_object('id', t0.id) AS j, t0.name AS o1 FROM city t0 LEFT JOIN country t1 ON"
                + " t1.id = t0.country_id WHERE t0.name = ? ORDER BY t0.name ASC LIMIT ? OFFSET ?) s",
                Statements.jsonArray(PLAIN, PAGE));
    }

    @Test
    void countsThePageWhenPaged() {
        assertEquals("SELECT count(*) FROM city t0 LEFT JOIN country t1 ON t1.id = t0.country_id WHERE t0.name = ?",
                Statements.count(PLAIN, FILTERED));
        assertEquals("SELECT count(*) FROM (SELECT 1 FROM city t0 LEFT JOIN country t1 ON t1.id = t0.country_id"
                + " WHERE t0.name = ? LIMIT ? OFFSET ?) s", Statements.count(PLAIN, PAGE));
    }

    @Test
    void restrictsEachNestedBranchToTheKeysOfTheTopLevelRowsRead() {
        NestedRows.Keys cityKeys = NestedRows.topLevelKeys("t0.id");
        QueryDefinition<Object> tree = QueryDefinition.<Object>builder(row -> null)
                .selectList("t0.id")
                .jsonObject("json_build_object('id', t0.id)")
                .table("country t0")
                .nestedRows(NestedRows.<Object>builder(() -> null)
                        .rootItems("t0.id, NULL::smallint")
                        .branch(NestedRows.select("1, NULL, t1.country_id, t1.id").from("city t1")
                                        .whereKeyIn("t1.country_id", cityKeys).and("t1.population > 1000"),
                                "SELECT 1, NULL, t1.country_id, t1.id FROM city t1 WHERE t1.population > 1000")
                        .branch(NestedRows.select("2, NULL, t1.city_id, t1.id").from("address t1")
                                        .whereKeyIn("t1.city_id", NestedRows.select("t2.id").from("city t2")
                                                .whereKeyIn("t2.country_id", cityKeys)),
                                "SELECT 2, NULL, t1.city_id, t1.id FROM address t1")
                        .build())
                .build();
        assertEquals("(SELECT 0 AS level, row_number() OVER () AS position, t0.id, NULL::smallint FROM country t0)"
                + " UNION ALL (SELECT 1, NULL, t1.country_id, t1.id FROM city t1 WHERE t1.population > 1000)"
                + " UNION ALL (SELECT 2, NULL, t1.city_id, t1.id FROM address t1)",
                Statements.nestedRows(tree, Statements.Clauses.NONE));
        assertEquals("(SELECT 0 AS level, row_number() OVER (ORDER BY t0.name ASC) AS position, t0.id, NULL::smallint"
                + " FROM country t0 WHERE t0.name = ?)"
                + " UNION ALL (SELECT 1, NULL, t1.country_id, t1.id FROM city t1 WHERE t1.country_id = ANY(ARRAY("
                + "SELECT t0.id FROM country t0 WHERE t0.name = ?)) AND (t1.population > 1000))"
                + " UNION ALL (SELECT 2, NULL, t1.city_id, t1.id FROM address t1 WHERE t1.city_id = ANY(ARRAY("
                + "SELECT t2.id FROM city t2 WHERE t2.country_id = ANY(ARRAY(SELECT t0.id FROM country t0"
                + " WHERE t0.name = ?)))))",
                Statements.nestedRows(tree, FILTERED));
        assertEquals(3, Statements.conditionCopies(tree, FILTERED));
        // A page is selected once, and every branch reads it.
        assertEquals("WITH page AS MATERIALIZED (SELECT t0.* FROM country t0 WHERE t0.name = ? ORDER BY t0.name ASC"
                + " LIMIT ? OFFSET ?) (SELECT 0 AS level, row_number() OVER (ORDER BY t0.name ASC) AS position,"
                + " t0.id, NULL::smallint FROM page t0)"
                + " UNION ALL (SELECT 1, NULL, t1.country_id, t1.id FROM city t1 WHERE t1.country_id = ANY(ARRAY("
                + "SELECT t0.id FROM page t0)) AND (t1.population > 1000))"
                + " UNION ALL (SELECT 2, NULL, t1.city_id, t1.id FROM address t1 WHERE t1.city_id = ANY(ARRAY("
                + "SELECT t2.id FROM city t2 WHERE t2.country_id = ANY(ARRAY(SELECT t0.id FROM page t0)))))",
                Statements.nestedRows(tree, PAGE));
        assertEquals(1, Statements.conditionCopies(tree, PAGE));
        assertEquals(0, Statements.conditionCopies(tree, Statements.Clauses.NONE));
    }

    @Test
    void readsTheTopLevelRowsThenTheChildrenOfEachBatchByKey() {
        NestedRows.Keys countryKeys = NestedRows.topLevelKeys("t0.id");
        QueryDefinition<Object> tree = QueryDefinition.<Object>builder(row -> null)
                .selectList("t0.id")
                .jsonObject("json_build_object('id', t0.id)")
                .table("country t0")
                .nestedRows(NestedRows.<Object>builder(() -> null)
                        .rootItems("t0.id, NULL::smallint")
                        .topLevelKey("t0.id", ColumnType.LONG)
                        .branch(NestedRows.select("1, NULL, t1.country_id, t1.id").from("city t1")
                                        .whereKeyIn("t1.country_id", countryKeys).and("t1.population > 1000"),
                                "SELECT 1, NULL, t1.country_id, t1.id FROM city t1 WHERE t1.population > 1000")
                        .branch(NestedRows.select("2, NULL, t1.city_id, t1.id").from("address t1")
                                        .whereKeyIn("t1.city_id", NestedRows.select("t2.id").from("city t2")
                                                .whereKeyIn("t2.country_id", countryKeys)),
                                "SELECT 2, NULL, t1.city_id, t1.id FROM address t1")
                        .build())
                .build();
        assertEquals("SELECT 0 AS level, row_number() OVER (ORDER BY t0.name ASC) AS position, t0.id, NULL::smallint,"
                + " t0.id FROM country t0 WHERE t0.name = ? ORDER BY t0.name ASC",
                Statements.nestedRoots(tree, FILTERED));
        // The condition selected the batch: the children need only its keys, once per branch.
        assertEquals("(SELECT 1, NULL, t1.country_id, t1.id FROM city t1 WHERE t1.country_id = ANY(?)"
                + " AND (t1.population > 1000))"
                + " UNION ALL (SELECT 2, NULL, t1.city_id, t1.id FROM address t1 WHERE t1.city_id = ANY(ARRAY("
                + "SELECT t2.id FROM city t2 WHERE t2.country_id = ANY(ARRAY(SELECT t0.id FROM country t0"
                + " WHERE t0.id = ANY(?))))))",
                Statements.nestedChildren(tree));
        assertEquals(2, Statements.nestedChildrenParameters(tree));
    }

    @Test
    void keepsTheFirstRanksOfEachParentsList() {
        QueryDefinition<Object> authors = QueryDefinition.<Object>builder(row -> null)
                .selectList("t0.id")
                .jsonObject("json_build_object('id', t0.id)")
                .table("author t0")
                .nestedRows(NestedRows.<Object>builder(() -> null)
                        .rootItems("t0.id, NULL::smallint")
                        .topLevelKey("t0.id", ColumnType.LONG)
                        .branch(NestedRows.select("1, NULL::bigint, t1.author_id, t1.id, row_number() OVER (PARTITION BY"
                                                + " t1.author_id ORDER BY t1.title ASC) AS nestql_rank")
                                        .from("post t1")
                                        .whereKeyIn("t1.author_id", NestedRows.topLevelKeys("t0.id"))
                                        .limitPerParent(3),
                                "SELECT * FROM (SELECT 1, NULL::bigint, t1.author_id, t1.id, row_number() OVER"
                                        + " (PARTITION BY t1.author_id ORDER BY t1.title ASC) AS nestql_rank FROM post t1)"
                                        + " r WHERE r.nestql_rank <= 3")
                        .build())
                .build();
        assertEquals("(SELECT 0 AS level, row_number() OVER (ORDER BY t0.name ASC) AS position, t0.id, NULL::smallint"
                + " FROM author t0 WHERE t0.name = ?)"
                + " UNION ALL (SELECT * FROM (SELECT 1, NULL::bigint, t1.author_id, t1.id, row_number() OVER (PARTITION BY"
                + " t1.author_id ORDER BY t1.title ASC) AS nestql_rank FROM post t1 WHERE t1.author_id = ANY(ARRAY("
                + "SELECT t0.id FROM author t0 WHERE t0.name = ?))) r WHERE r.nestql_rank <= 3)",
                Statements.nestedRows(authors, FILTERED));
        assertEquals("(SELECT * FROM (SELECT 1, NULL::bigint, t1.author_id, t1.id, row_number() OVER (PARTITION BY"
                + " t1.author_id ORDER BY t1.title ASC) AS nestql_rank FROM post t1 WHERE t1.author_id = ANY(?))"
                + " r WHERE r.nestql_rank <= 3)",
                Statements.nestedChildren(authors));
        assertThrows(IllegalArgumentException.class, () -> new NestedRows.Ranked(
                new NestedRows.Ranked(NestedRows.select("1").from("post t1")
                        .whereKeyIn("t1.author_id", NestedRows.topLevelKeys("t0.id")), 3), 2));
    }

    @Test
    void joinsRowsToTheirParentsKeysAndTexts() {
        QueryDefinition<Object> teams = QueryDefinition.<Object>builder(row -> null)
                .selectList("t0.code")
                .jsonObject("json_build_object('code', t0.code)")
                .table("team t0")
                .nestedRows(NestedRows.<Object>builder(() -> null)
                        .rootItems("t0.code, t0.code::text")
                        .branch(NestedRows.select("1, NULL, NULL, k.text")
                                        .fromKeys(NestedRows.topLevelKeys("DISTINCT t0.code, t0.code::text"),
                                                " JOIN member t1 ON t1.team_code = k.key")
                                        .where("t1.active"),
                                "SELECT 1, NULL, NULL, k.text FROM (SELECT DISTINCT t0.code, t0.code::text FROM team t0)"
                                        + " k(key, text) JOIN member t1 ON t1.team_code = k.key WHERE t1.active")
                        .build())
                .build();
        assertEquals("(SELECT 0 AS level, row_number() OVER () AS position, t0.code, t0.code::text FROM team t0"
                + " WHERE t0.code = ?) UNION ALL (SELECT 1, NULL, NULL, k.text FROM (SELECT DISTINCT t0.code,"
                + " t0.code::text FROM team t0 WHERE t0.code = ?) k(key, text) JOIN member t1 ON t1.team_code = k.key"
                + " WHERE t1.active)",
                Statements.nestedRows(teams, new Statements.Clauses("t0.code = ?", List.of(), false, false)));
    }

    @Test
    void refusesADefinitionWithoutNestedRowsOrAPart() {
        assertThrows(IllegalArgumentException.class, () -> Statements.nestedRows(PLAIN, Statements.Clauses.NONE));
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> QueryDefinition.<Object>builder(row -> null).selectList("t0.id").table("city t0").build());
        assertEquals("jsonObject", missing.getMessage());
    }
}
