package dev.nestql.processor.where;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Checks that where strings parse to the tree users expect, and that mistakes are reported clearly. */
class WhereParserTest {

    private static PathRef path(String path, int column) {
        return new PathRef(path, column);
    }

    private static NumberLiteral num(String text) {
        return new NumberLiteral(text);
    }

    private static StringLiteral str(String value) {
        return new StringLiteral(value);
    }

    private static Comparison eq(String path, int column, Literal literal) {
        return new Comparison(path(path, column), Operator.EQ, literal);
    }

    private static WhereExpr parse(String text) {
        try {
            return WhereParser.parse(text);
        } catch (WhereSyntaxException e) {
            throw new AssertionError("unexpected syntax error at column " + e.column() + ": " + e.getMessage(), e);
        }
    }

    private static WhereSyntaxException error(String text) {
        return assertThrows(WhereSyntaxException.class, () -> WhereParser.parse(text));
    }

    @Nested
    class Comparisons {

        @Test
        void eachOperatorParsesToItsEnumConstant() {
            assertEquals(new Comparison(path("a", 1), Operator.EQ, num("1")), parse("a = 1"));
            assertEquals(new Comparison(path("a", 1), Operator.NE, num("1")), parse("a <> 1"));
            assertEquals(new Comparison(path("a", 1), Operator.LT, num("1")), parse("a < 1"));
            assertEquals(new Comparison(path("a", 1), Operator.LE, num("1")), parse("a <= 1"));
            assertEquals(new Comparison(path("a", 1), Operator.GT, num("1")), parse("a > 1"));
            assertEquals(new Comparison(path("a", 1), Operator.GE, num("1")), parse("a >= 1"));
        }

        @Test
        void operatorsNeedNoSurroundingSpaces() {
            assertEquals(new Comparison(path("a", 1), Operator.LE, num("1")), parse("a<=1"));
            assertEquals(new Comparison(path("a", 1), Operator.NE, str("x")), parse("a<>'x'"));
            assertEquals(new Comparison(path("a", 1), Operator.GT, num("-2")), parse("a>-2"));
        }

        @Test
        void whitespaceOfAnyKindIsAllowedBetweenTokens() {
            assertEquals(eq("a", 3, num("1")), parse("  a\t=\n1  "));
        }

        @Test
        void operatorSqlIsTheSymbolUsersWrite() {
            assertEquals("=", Operator.EQ.sql());
            assertEquals("<>", Operator.NE.sql());
            assertEquals("<", Operator.LT.sql());
            assertEquals("<=", Operator.LE.sql());
            assertEquals(">", Operator.GT.sql());
            assertEquals(">=", Operator.GE.sql());
        }
    }

    @Nested
    class Literals {

        @Test
        void stringLiteral() {
            assertEquals(eq("name", 1, str("Bob")), parse("name = 'Bob'"));
        }

        @Test
        void doubledQuoteInsideStringIsOneQuote() {
            assertEquals(eq("name", 1, str("it's")), parse("name = 'it''s'"));
            assertEquals(eq("name", 1, str("'")), parse("name = ''''"));
            assertEquals(eq("name", 1, str("")), parse("name = ''"));
        }

        @Test
        void stringKeepsSpacesKeywordsAndSymbolsVerbatim() {
            assertEquals(eq("a", 1, str(" x and (y) or 'z' ")), parse("a = ' x and (y) or ''z'' '"));
        }

        @Test
        void numbersAreKeptAsWritten() {
            assertEquals(eq("a", 1, num("42")), parse("a = 42"));
            assertEquals(eq("a", 1, num("-7")), parse("a = -7"));
            assertEquals(eq("a", 1, num("0.25")), parse("a = 0.25"));
            assertEquals(eq("a", 1, num("-1.5e3")), parse("a = -1.5e3"));
            assertEquals(eq("a", 1, num("1E+10")), parse("a = 1E+10"));
            assertEquals(eq("a", 1, num("2e-3")), parse("a = 2e-3"));
            assertEquals(eq("a", 1, num("007")), parse("a = 007"));
        }

        @Test
        void booleansInAnyCase() {
            assertEquals(eq("active", 1, new BooleanLiteral(true)), parse("active = true"));
            assertEquals(eq("active", 1, new BooleanLiteral(false)), parse("active = FALSE"));
            assertEquals(eq("active", 1, new BooleanLiteral(true)), parse("active = True"));
        }

        @Test
        void numberLiteralRejectsTextThatIsNotANumber() {
            assertThrows(IllegalArgumentException.class, () -> new NumberLiteral("1; drop table x"));
            assertThrows(IllegalArgumentException.class, () -> new NumberLiteral("1."));
            assertThrows(IllegalArgumentException.class, () -> new NumberLiteral(""));
        }
    }

    @Nested
    class OtherPredicates {

        @Test
        void like() {
            assertEquals(new Like(path("name", 1), "B%", false), parse("name like 'B%'"));
        }

        @Test
        void notLike() {
            assertEquals(new Like(path("name", 1), "%x_", true), parse("name not like '%x_'"));
        }

        @Test
        void likePatternUnescapesQuotes() {
            assertEquals(new Like(path("name", 1), "O'%", false), parse("name like 'O''%'"));
        }

        @Test
        void in() {
            assertEquals(new In(path("id", 1), List.of(num("1"), num("2"), num("3")), false),
                    parse("id in (1, 2, 3)"));
        }

        @Test
        void notIn() {
            assertEquals(new In(path("status", 1), List.of(str("a"), str("b")), true),
                    parse("status not in ('a','b')"));
        }

        @Test
        void inWithOneValueAndMixedKinds() {
            assertEquals(new In(path("flag", 1), List.of(new BooleanLiteral(true)), false), parse("flag in (true)"));
            assertEquals(new In(path("x", 1), List.of(str("a"), num("-1.5"), new BooleanLiteral(false)), false),
                    parse("x in ( 'a' , -1.5 , false )"));
        }

        @Test
        void isNull() {
            assertEquals(new IsNull(path("deleted_at", 1), false), parse("deleted_at is null"));
        }

        @Test
        void isNotNull() {
            assertEquals(new IsNull(path("deleted_at", 1), true), parse("deleted_at is not null"));
        }
    }

    @Nested
    class Connectives {

        @Test
        void andBindsTighterThanOr() {
            WhereExpr expected = new Or(List.of(
                    eq("a", 1, num("1")),
                    new And(List.of(eq("b", 10, num("2")), eq("c", 20, num("3"))))));
            assertEquals(expected, parse("a = 1 or b = 2 and c = 3"));
        }

        @Test
        void andBeforeOrGroupsTheAndFirst() {
            WhereExpr expected = new Or(List.of(
                    new And(List.of(eq("a", 1, num("1")), eq("b", 11, num("2")))),
                    eq("c", 20, num("3"))));
            assertEquals(expected, parse("a = 1 and b = 2 or c = 3"));
        }

        @Test
        void chainsAreFlattened() {
            assertEquals(new And(List.of(eq("a", 1, num("1")), eq("b", 11, num("2")), eq("c", 21, num("3")))),
                    parse("a = 1 and b = 2 and c = 3"));
            assertEquals(new Or(List.of(eq("a", 1, num("1")), eq("b", 10, num("2")), eq("c", 19, num("3")))),
                    parse("a = 1 or b = 2 or c = 3"));
        }

        @Test
        void parenthesesOverridePrecedence() {
            WhereExpr expected = new And(List.of(
                    new Or(List.of(eq("a", 2, num("1")), eq("b", 11, num("2")))),
                    eq("c", 22, num("3"))));
            assertEquals(expected, parse("(a = 1 or b = 2) and c = 3"));
        }

        @Test
        void redundantParenthesesLeaveNoTrace() {
            assertEquals(eq("a", 3, num("1")), parse("((a = 1))"));
        }

        @Test
        void notAppliesToTheNextPrimaryOnly() {
            assertEquals(new Not(eq("a", 5, num("1"))), parse("not a = 1"));
            assertEquals(new And(List.of(new Not(eq("a", 5, num("1"))), eq("b", 15, num("2")))),
                    parse("not a = 1 and b = 2"));
        }

        @Test
        void notOfAParenthesisedCondition() {
            assertEquals(new Not(new Or(List.of(eq("a", 6, num("1")), eq("b", 15, num("2"))))),
                    parse("not (a = 1 or b = 2)"));
        }

        @Test
        void notCanBeRepeated() {
            assertEquals(new Not(new Not(eq("a", 9, num("1")))), parse("not not a = 1"));
        }

        @Test
        void keywordsAreCaseInsensitiveButPathsKeepTheirCase() {
            WhereExpr expected = new Or(List.of(
                    new And(List.of(eq("A", 1, new BooleanLiteral(true)), new IsNull(path("b", 14), false))),
                    new Not(new Like(path("c", 31), "x", false))));
            assertEquals(expected, parse("A = TRUE AnD b IS NULL oR NOT c LIKE 'x'"));
            assertEquals(new In(path("Code", 1), List.of(num("1")), true), parse("Code NoT In (1)"));
            assertEquals(new IsNull(path("x", 1), true), parse("x Is NoT nUlL"));
        }

        @Test
        void operandListsAreImmutable() {
            And and = (And) parse("a = 1 and b = 2");
            assertThrows(UnsupportedOperationException.class, () -> and.operands().add(and));
        }

        @Test
        void andAndOrNeedTwoOperands() {
            assertThrows(IllegalArgumentException.class, () -> new And(List.of(eq("a", 1, num("1")))));
            assertThrows(IllegalArgumentException.class, () -> new Or(List.of()));
        }
    }

    @Nested
    class Paths {

        @Test
        void dottedPathKeepsItsTextColumnAndSegments() {
            Comparison comparison = (Comparison) parse("category.name = 'x'");
            assertEquals(path("category.name", 1), comparison.path());
            assertEquals(List.of("category", "name"), comparison.path().segments());
        }

        @Test
        void pathColumnIsWhereThePathStarts() {
            And and = (And) parse("a = 1 and order.customer.name like 'J%'");
            Like like = (Like) and.operands().get(1);
            assertEquals(path("order.customer.name", 11), like.path());
            assertEquals(List.of("order", "customer", "name"), like.path().segments());
        }

        @Test
        void underscoresAndDigitsAreAllowedInNames() {
            assertEquals(eq("_x1.y_2", 1, num("0")), parse("_x1.y_2 = 0"));
        }

        @Test
        void wordsThatMerelyStartWithAKeywordAreNames() {
            assertEquals(new IsNull(path("order.notes", 1), false), parse("order.notes is null"));
            assertEquals(eq("island", 1, num("1")), parse("island = 1"));
        }

        @Test
        void pathsListsEveryPathInTextOrder() {
            WhereExpr expr = parse("b = 1 or (a.x is null and not c in (1)) or b like 'z'");
            assertEquals(List.of(path("b", 1), path("a.x", 11), path("c", 31), path("b", 44)), expr.paths());
        }
    }

    @Nested
    class SyntaxErrors {

        @Test
        void emptyOrBlankText() {
            WhereSyntaxException empty = error("");
            assertEquals("empty condition", empty.getMessage());
            assertEquals(1, empty.column());
            WhereSyntaxException blank = error("  \t ");
            assertEquals("empty condition", blank.getMessage());
            assertEquals(1, blank.column());
        }

        @Test
        void missingLiteralAtEndIsReportedAtTheEndOfTheText() {
            WhereSyntaxException e = error("name = ");
            assertEquals(8, e.column());
            assertTrue(e.getMessage().contains("unexpected end of condition"), e.getMessage());
            assertTrue(e.getMessage().contains("literal"), e.getMessage());
            assertTrue(e.getMessage().contains("after '='"), e.getMessage());
        }

        @Test
        void doubledEqualsIsReportedAtTheSecondEquals() {
            WhereSyntaxException e = error("name == 'x'");
            assertEquals(7, e.column());
            assertTrue(e.getMessage().startsWith("expected a literal"), e.getMessage());
            assertTrue(e.getMessage().endsWith("but found '='"), e.getMessage());
        }

        @Test
        void unterminatedStringIsReportedAtItsOpeningQuote() {
            WhereSyntaxException e = error("name = 'abc");
            assertEquals(8, e.column());
            assertTrue(e.getMessage().startsWith("unterminated string literal starting at column 8"), e.getMessage());
        }

        @Test
        void doubledQuoteAtTheEndDoesNotCloseTheString() {
            WhereSyntaxException e = error("name = 'abc''");
            assertEquals(8, e.column());
            assertTrue(e.getMessage().startsWith("unterminated string literal"), e.getMessage());
        }

        @Test
        void unclosedParenthesisIsReportedAtTheEndOfTheText() {
            WhereSyntaxException e = error("(a = 1");
            assertEquals(7, e.column());
            assertTrue(e.getMessage().contains("expected ')'"), e.getMessage());
            assertTrue(e.getMessage().contains("column 1"), e.getMessage());
        }

        @Test
        void trailingTokenIsReportedWhereItStarts() {
            WhereSyntaxException e = error("a = 1 b");
            assertEquals(7, e.column());
            assertTrue(e.getMessage().contains("but found 'b'"), e.getMessage());
        }

        @Test
        void strayClosingParenthesis() {
            WhereSyntaxException e = error("a = 1)");
            assertEquals(6, e.column());
            assertTrue(e.getMessage().contains("but found ')'"), e.getMessage());
        }

        @Test
        void keywordWherePathIsExpected() {
            WhereSyntaxException e = error("and = 1");
            assertEquals(1, e.column());
            assertTrue(e.getMessage().contains("expected a path"), e.getMessage());
            assertTrue(e.getMessage().contains("keyword 'and'"), e.getMessage());
        }

        @Test
        void keywordAsASegmentOfADottedPath() {
            WhereSyntaxException e = error("a.in = 1");
            assertEquals(3, e.column());
            assertTrue(e.getMessage().contains("'in' is a keyword"), e.getMessage());
        }

        @Test
        void missingOperatorNamesTheOperatorsAllowed() {
            WhereSyntaxException e = error("name foo 'x'");
            assertEquals(6, e.column());
            assertEquals("expected an operator (= <> < <= > >= like in is) after 'name' but found 'foo'",
                    e.getMessage());
        }

        @Test
        void pathWithoutPredicate() {
            WhereSyntaxException e = error("active");
            assertEquals(7, e.column());
            assertTrue(e.getMessage().contains("unexpected end of condition"), e.getMessage());
            assertTrue(e.getMessage().contains("expected an operator"), e.getMessage());
        }

        @Test
        void danglingAnd() {
            WhereSyntaxException e = error("a = 1 and");
            assertEquals(10, e.column());
            assertTrue(e.getMessage().contains("unexpected end of condition"), e.getMessage());
        }

        @Test
        void comparisonWithNullSuggestsIsNull() {
            WhereSyntaxException e = error("a = null");
            assertEquals(5, e.column());
            assertTrue(e.getMessage().contains("is null"), e.getMessage());
        }

        @Test
        void unquotedWordIsNotALiteral() {
            WhereSyntaxException e = error("a = bar");
            assertEquals(5, e.column());
            assertTrue(e.getMessage().contains("but found 'bar'"), e.getMessage());
        }

        @Test
        void likeNeedsAString() {
            WhereSyntaxException e = error("a like 5");
            assertEquals(8, e.column());
            assertTrue(e.getMessage().contains("after keyword 'like'"), e.getMessage());
        }

        @Test
        void notMustBeFollowedByLikeOrIn() {
            WhereSyntaxException e = error("a not = 1");
            assertEquals(7, e.column());
            assertTrue(e.getMessage().contains("expected 'like' or 'in'"), e.getMessage());
        }

        @Test
        void inNeedsAParenthesisedNonEmptyList() {
            assertEquals(6, error("a in 1").column());
            assertEquals(7, error("a in ()").column());
            WhereSyntaxException missingComma = error("a in (1 2)");
            assertEquals(9, missingComma.column());
            assertTrue(missingComma.getMessage().contains("expected ',' or ')'"), missingComma.getMessage());
            assertEquals(9, error("a in (1,)").column());
        }

        @Test
        void isMustBeFollowedByNullOrNotNull() {
            assertEquals(6, error("a is 1").column());
            WhereSyntaxException e = error("a is not 1");
            assertEquals(10, e.column());
            assertTrue(e.getMessage().contains("expected 'null'"), e.getMessage());
        }

        @Test
        void spaceOrNothingAfterDotInPath() {
            assertEquals(3, error("a. b = 1").column());
            assertEquals(3, error("a.= 1").column());
        }

        @Test
        void malformedNumbers() {
            assertEquals(7, error("a = 1.").column());
            assertEquals(7, error("a = 1e").column());
            assertEquals(5, error("a = -x").column());
        }

        @Test
        void emptyParentheses() {
            WhereSyntaxException e = error("()");
            assertEquals(2, e.column());
            assertTrue(e.getMessage().contains("expected a path"), e.getMessage());
        }

        @Test
        void unknownCharacter() {
            WhereSyntaxException e = error("a != 1");
            assertEquals(3, e.column());
            assertTrue(e.getMessage().contains("but found '!'"), e.getMessage());
        }
    }
}
