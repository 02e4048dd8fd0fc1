package dev.nestql.processor.sql.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each clause and statement shape of the tree, as {@link SqlWriter} writes it. */
class SqlWriterTest {
    private static final FromItem DEVICE = new FromItem.Table("device", "t1");

    @Test
    void writesEveryClauseOfASelectInOrder() {
        Select select = Select.builder()
                .item(Expr.text("t1.location_id"), "k")
                .item(Expr.text("count(*)"), "\"deviceCount\"")
                .from(From.of(DEVICE))
                .where(Expr.text("t1.status = 'active'"))
                .groupBy(Expr.text("1"))
                .orderBy(new Order(Expr.text("t1.location_id"), Order.Direction.DEFAULT))
                .orderBy(new Order(Expr.text("count(*)"), Order.Direction.DESC))
                .limit(10)
                .build();
        assertEquals("SELECT t1.location_id AS k, count(*) AS \"deviceCount\" FROM device t1"
                + " WHERE t1.status = 'active' GROUP BY 1 ORDER BY t1.location_id, count(*) DESC LIMIT 10", select.sql());
    }

    @Test
    void writesASelectOfValuesWithoutFrom() {
        assertEquals("SELECT 1", Select.builder().item(Expr.text("1")).build().sql());
    }

    @Test
    void writesDistinctAndDistinctOn() {
        assertEquals("SELECT DISTINCT t0.code FROM team t0", Select.builder().distinct()
                .item(Expr.text("t0.code")).from(From.of(new FromItem.Table("team", "t0"))).build().sql());
        assertEquals("SELECT DISTINCT ON (t1.location_id) t1.location_id AS k, t1.name FROM device t1"
                + " ORDER BY t1.location_id, t1.created DESC", Select.builder()
                .distinctOn(Expr.text("t1.location_id"))
                .item(Expr.text("t1.location_id"), "k")
                .item(Expr.text("t1.name"))
                .from(From.of(DEVICE))
                .orderBy(new Order(Expr.text("t1.location_id"), Order.Direction.DEFAULT))
                .orderBy(new Order(Expr.text("t1.created"), Order.Direction.DESC))
                .build().sql());
        assertThrows(IllegalArgumentException.class, () -> Select.builder().distinct()
                .distinctOn(Expr.text("a")).item(Expr.text("a")).build());
    }

    @Test
    void writesEachKindOfJoin() {
        Select inner = Select.builder().item(Expr.text("count(*)"), "n").from(From.of(DEVICE))
                .where(Expr.text("t1.location_id = t0.id")).build();
        From from = From.of(new FromItem.Table("location", "t0")).join(List.of(
                new Join(Join.Kind.LEFT, new FromItem.Table("region", "t2"), Expr.text("t2.id = t0.region_id")),
                new Join(Join.Kind.LEFT_LATERAL, new FromItem.Derived(inner, "a1", List.of()), Expr.text("true")),
                new Join(Join.Kind.INNER, new FromItem.Table("site", "t3"), Expr.text("t3.id = t0.site_id"))));
        assertEquals("location t0 LEFT JOIN region t2 ON t2.id = t0.region_id"
                + " LEFT JOIN LATERAL (SELECT count(*) AS n FROM device t1 WHERE t1.location_id = t0.id) a1 ON true"
                + " JOIN site t3 ON t3.id = t0.site_id", SqlWriter.from(from));
        assertEquals(" LEFT JOIN region t2 ON t2.id = t0.region_id", SqlWriter.join(from.joins().get(0)));
    }

    @Test
    void namesTheColumnsOfADerivedTable() {
        Select keys = Select.builder().distinct().item(Expr.text("t0.code, t0.code::text")).from(
                From.of(new FromItem.Table("team", "t0"))).build();
        FromItem derived = new FromItem.Derived(keys, "k", List.of("key", "text"));
        assertEquals("(SELECT DISTINCT t0.code, t0.code::text FROM team t0) k(key, text)",
                SqlWriter.from(From.of(derived)));
    }

    @Test
    void writesASetReturningFunction() {
        Select elements = Select.builder()
                .item(Expr.text("e.element"))
                .from(From.of(new FromItem.Function(Expr.text("unnest(t0.images) WITH ORDINALITY"),
                        "e(element, position)")))
                .orderBy(new Order(Expr.text("e.position"), Order.Direction.DEFAULT))
                .build();
        assertEquals("SELECT e.element FROM unnest(t0.images) WITH ORDINALITY AS e(element, position)"
                + " ORDER BY e.position", elements.sql());
    }

    @Test
    void putsSubqueriesOfExpressionsInParentheses() {
        Select exists = Select.builder().item(Expr.text("1")).from(From.of(DEVICE))
                .where(Expr.text("t1.location_id = t0.id")).build();
        assertEquals("EXISTS (SELECT 1 FROM device t1 WHERE t1.location_id = t0.id)",
                Expr.of("EXISTS ", exists).sql());
        assertEquals("t1.id = ANY(ARRAY(SELECT 1 FROM device t1 WHERE t1.location_id = t0.id))",
                Expr.of("t1.id = ANY(ARRAY", exists, ")").sql());
        assertThrows(IllegalArgumentException.class, () -> Expr.of("a", 1));
    }

    @Test
    void joinsExpressionsWithASeparator() {
        assertEquals("a, b, c", Expr.join(", ", List.of(Expr.text("a"), Expr.text("b"), Expr.text("c"))).sql());
        assertEquals("", Expr.join(", ", List.of()).sql());
    }

    @Test
    void fencesAStatementWithOffsetZero() {
        Select once = Select.builder().item(Expr.text("random()")).offsetZero().build();
        assertEquals("SELECT random() OFFSET 0", once.sql());
    }

    @Test
    void writesEachBranchOfAUnionInParentheses() {
        Select first = Select.builder().item(Expr.text("0")).limit(1).build();
        Select second = Select.builder().item(Expr.text("1")).build();
        assertEquals("(SELECT 0 LIMIT 1) UNION ALL (SELECT 1)", new Union(List.of(first, second)).sql());
        assertThrows(IllegalArgumentException.class, () -> new Union(List.of()));
    }

    @Test
    void refusesASelectWithoutItems() {
        assertThrows(IllegalArgumentException.class, () -> Select.builder().from(From.of(DEVICE)).build());
    }
}
