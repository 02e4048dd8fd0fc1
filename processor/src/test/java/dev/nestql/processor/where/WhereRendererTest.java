package dev.nestql.processor.where;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nestql.processor.where.Literal.BooleanLiteral;
import dev.nestql.processor.where.Literal.NumberLiteral;
import dev.nestql.processor.where.Literal.StringLiteral;
import dev.nestql.processor.where.WhereExpr.And;
import dev.nestql.processor.where.WhereExpr.Comparison;
import dev.nestql.processor.where.WhereExpr.In;
import dev.nestql.processor.where.WhereExpr.IsNull;
import dev.nestql.processor.where.WhereExpr.Like;
import dev.nestql.processor.where.WhereExpr.Not;
import dev.nestql.processor.where.WhereExpr.Or;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Checks the SQL written for parsed where conditions. */
class WhereRendererTest {

    /** Maps a path to a quoted column of alias {@code t}, the way the processor does for a root table. */
    private static final Function<PathRef, String> COLUMN = path -> "t.\"" + path.path() + "\"";

    private static PathRef path(String path) {
        return new PathRef(path, 1);
    }

    private static Comparison cmp(String path, Operator operator, Literal literal) {
        return new Comparison(path(path), operator, literal);
    }

    private static Comparison eq(String path, int number) {
        return cmp(path, Operator.EQ, new NumberLiteral(Integer.toString(number)));
    }

    private static String sql(WhereExpr expr) {
        return WhereRenderer.toSql(expr, COLUMN);
    }

    @Test
    void comparisonWithEachOperator() {
        NumberLiteral one = new NumberLiteral("1");
        assertEquals("t.\"a\" = 1", sql(cmp("a", Operator.EQ, one)));
        assertEquals("t.\"a\" <> 1", sql(cmp("a", Operator.NE, one)));
        assertEquals("t.\"a\" < 1", sql(cmp("a", Operator.LT, one)));
        assertEquals("t.\"a\" <= 1", sql(cmp("a", Operator.LE, one)));
        assertEquals("t.\"a\" > 1", sql(cmp("a", Operator.GT, one)));
        assertEquals("t.\"a\" >= 1", sql(cmp("a", Operator.GE, one)));
    }

    @Test
    void numbersAreWrittenAsTheUserWroteThem() {
        assertEquals("t.\"a\" >= -1.5e3", sql(cmp("a", Operator.GE, new NumberLiteral("-1.5e3"))));
        assertEquals("t.\"a\" = 007", sql(cmp("a", Operator.EQ, new NumberLiteral("007"))));
    }

    @Test
    void stringsAreQuotedWithEmbeddedQuotesDoubled() {
        assertEquals("t.\"name\" = 'Bob'", sql(cmp("name", Operator.EQ, new StringLiteral("Bob"))));
        assertEquals("t.\"name\" = 'it''s'", sql(cmp("name", Operator.EQ, new StringLiteral("it's"))));
        assertEquals("t.\"name\" = ''''''", sql(cmp("name", Operator.EQ, new StringLiteral("''"))));
        assertEquals("t.\"name\" <> ''", sql(cmp("name", Operator.NE, new StringLiteral(""))));
    }

    @Test
    void booleansAreUpperCase() {
        assertEquals("t.\"active\" = TRUE", sql(cmp("active", Operator.EQ, new BooleanLiteral(true))));
        assertEquals("t.\"active\" = FALSE", sql(cmp("active", Operator.EQ, new BooleanLiteral(false))));
    }

    @Test
    void likeAndNotLikeQuoteThePattern() {
        assertEquals("t.\"name\" LIKE 'B%'", sql(new Like(path("name"), "B%", false)));
        assertEquals("t.\"name\" NOT LIKE 'O''%'", sql(new Like(path("name"), "O'%", true)));
    }

    @Test
    void inAndNotInListTheValues() {
        List<Literal> values = List.of(new NumberLiteral("1"), new StringLiteral("a'b"), new BooleanLiteral(true));
        assertEquals("t.\"x\" IN (1, 'a''b', TRUE)", sql(new In(path("x"), values, false)));
        assertEquals("t.\"x\" NOT IN (1, 'a''b', TRUE)", sql(new In(path("x"), values, true)));
        assertEquals("t.\"x\" IN ('only')", sql(new In(path("x"), List.of(new StringLiteral("only")), false)));
    }

    @Test
    void isNullAndIsNotNull() {
        assertEquals("t.\"deleted_at\" IS NULL", sql(new IsNull(path("deleted_at"), false)));
        assertEquals("t.\"deleted_at\" IS NOT NULL", sql(new IsNull(path("deleted_at"), true)));
    }

    @Test
    void notAlwaysParenthesisesItsOperand() {
        assertEquals("NOT (t.\"a\" = 1)", sql(new Not(eq("a", 1))));
        assertEquals("NOT (t.\"a\" = 1 AND t.\"b\" = 2)", sql(new Not(new And(List.of(eq("a", 1), eq("b", 2))))));
        assertEquals("NOT (NOT (t.\"a\" = 1))", sql(new Not(new Not(eq("a", 1)))));
    }

    @Test
    void orInsideAndIsParenthesised() {
        WhereExpr expr = new And(List.of(new Or(List.of(eq("a", 1), eq("b", 2))), eq("c", 3)));
        assertEquals("(t.\"a\" = 1 OR t.\"b\" = 2) AND t.\"c\" = 3", sql(expr));
    }

    @Test
    void andInsideOrIsNotParenthesised() {
        WhereExpr expr = new Or(List.of(eq("a", 1), new And(List.of(eq("b", 2), eq("c", 3)))));
        assertEquals("t.\"a\" = 1 OR t.\"b\" = 2 AND t.\"c\" = 3", sql(expr));
    }

    @Test
    void flatChainsNeedNoParentheses() {
        assertEquals("t.\"a\" = 1 AND t.\"b\" = 2 AND t.\"c\" = 3",
                sql(new And(List.of(eq("a", 1), eq("b", 2), eq("c", 3)))));
        assertEquals("t.\"a\" = 1 OR t.\"b\" = 2 OR t.\"c\" = 3",
                sql(new Or(List.of(eq("a", 1), eq("b", 2), eq("c", 3)))));
    }

    @Test
    void notInsideAndOrOrNeedsNoExtraParentheses() {
        assertEquals("NOT (t.\"a\" = 1) AND t.\"b\" = 2", sql(new And(List.of(new Not(eq("a", 1)), eq("b", 2)))));
        assertEquals("t.\"a\" = 1 OR NOT (t.\"b\" = 2)", sql(new Or(List.of(eq("a", 1), new Not(eq("b", 2))))));
    }

    @Test
    void deeplyNestedPrecedence() {
        WhereExpr expr = new Or(List.of(
                new And(List.of(new Or(List.of(eq("a", 1), eq("b", 2))), eq("c", 3))),
                eq("d", 4)));
        assertEquals("(t.\"a\" = 1 OR t.\"b\" = 2) AND t.\"c\" = 3 OR t.\"d\" = 4", sql(expr));
    }

    @Test
    void columnFunctionIsAppliedToEveryPathInTextOrder() {
        List<PathRef> seen = new ArrayList<>();
        WhereExpr expr = new Or(List.of(
                new And(List.of(eq("a", 1), new Like(new PathRef("b.c", 12), "x", false))),
                new Not(new In(new PathRef("d", 30), List.of(new NumberLiteral("1")), false)),
                new IsNull(new PathRef("e", 45), true)));
        String sql = WhereRenderer.toSql(expr, path -> {
            seen.add(path);
            return "c" + seen.size();
        });
        assertEquals("c1 = 1 AND c2 LIKE 'x' OR NOT (c3 IN (1)) OR c4 IS NOT NULL", sql);
        assertEquals(List.of(path("a"), new PathRef("b.c", 12), new PathRef("d", 30), new PathRef("e", 45)), seen);
    }

    @Test
    void columnFunctionNeedsToReturnSql() {
        assertThrows(NullPointerException.class, () -> WhereRenderer.toSql(eq("a", 1), path -> null));
    }

    @Test
    void parsedConditionRendersWithMappedColumns() throws WhereSyntaxException {
        WhereExpr expr = WhereParser.parse("status = 'active' and (price < 10 or category.name like 'B%')");
        Function<PathRef, String> quoted = path -> path.segments().size() == 1
                ? "t1.\"" + path.path() + "\""
                : "t2.\"" + path.segments().get(1) + "\"";
        String expected = "t1.\"status\" = 'active' AND (t1.\"price\" < 10 OR t2.\"name\" LIKE 'B%')";
        assertEquals(expected, WhereRenderer.toSql(expr, quoted));
        assertEquals(expected, WhereRenderer.toSql(WhereParser.parse(
                "status = 'active' and (price < 10 or category.name like 'B%')"), quoted));
    }

    @Test
    void parsedNegationsAndEscapesRender() throws WhereSyntaxException {
        WhereExpr expr = WhereParser.parse("not name = 'it''s' or code not in ('a', 'b') and note is not null");
        assertEquals("NOT (t.\"name\" = 'it''s') OR t.\"code\" NOT IN ('a', 'b') AND t.\"note\" IS NOT NULL",
                sql(expr));
    }
}
