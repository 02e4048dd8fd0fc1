package dev.nestql.processor.where;

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
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Parses the text of a where string into a {@link WhereExpr}.
 *
 * <p>The grammar, with case-insensitive keywords and free whitespace between tokens:
 * <pre>
 * condition := or
 * or        := and ( 'or' and )*
 * and       := not ( 'and' not )*
 * not       := 'not' not | primary
 * primary   := '(' or ')' | predicate
 * predicate := path ( op literal
 *                   | 'not'? 'like' string
 *                   | 'not'? 'in' '(' literal ( ',' literal )* ')'
 *                   | 'is' 'not'? 'null' )
 * path      := ident ( '.' ident )*        -- no spaces inside a path
 * op        := '=' | '&lt;&gt;' | '&lt;' | '&lt;=' | '&gt;' | '&gt;='
 * literal   := string | number | 'true' | 'false'
 * string    := "'" ( any char except "'" | "''" )* "'"
 * number    := '-'? digits ( '.' digits )? ( [eE] [+-]? digits )?
 * </pre>
 * Keywords ({@code and or not like in is null true false}) cannot be used as path segments.
 *
 * <p>The parser is a recursive descent over tokens read one at a time, so the first mistake in the text is
 * the one reported.
 */
public final class WhereParser {

    private static final Set<String> KEYWORDS =
            Set.of("and", "or", "not", "like", "in", "is", "null", "true", "false");

    private static final String OPERATORS = "= <> < <= > >= like in is";

    /** How deep parentheses and {@code not}s may nest: far beyond a hand-written condition, well within the stack. */
    static final int MAX_DEPTH = 100;

    private final Lexer lexer;
    private Token current;
    private Token previous;
    private int depth;

    private WhereParser(String text) throws WhereSyntaxException {
        this.lexer = new Lexer(text);
        this.current = lexer.next();
    }

    /**
     * Parses a where string.
     *
     * @param text the condition, e.g. {@code status = 'active' and (price < 10 or category.name like 'B%')}
     * @return the parsed condition
     * @throws WhereSyntaxException if the text is empty or not a valid condition; the exception gives the
     *     column at which parsing stopped
     */
    public static WhereExpr parse(String text) throws WhereSyntaxException {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new WhereSyntaxException("empty condition", 1);
        }
        WhereParser parser = new WhereParser(text);
        WhereExpr condition = parser.parseOr();
        parser.expectEnd();
        return condition;
    }

    private void expectEnd() throws WhereSyntaxException {
        if (current.kind() != Kind.END) {
            throw unexpected("'and', 'or' or the end of the condition");
        }
    }

    private WhereExpr parseOr() throws WhereSyntaxException {
        List<WhereExpr> operands = new ArrayList<>();
        operands.add(parseAnd());
        while (isKeyword(current, "or")) {
            advance();
            operands.add(parseAnd());
        }
        return operands.size() == 1 ? operands.get(0) : new Or(operands);
    }

    private WhereExpr parseAnd() throws WhereSyntaxException {
        List<WhereExpr> operands = new ArrayList<>();
        operands.add(parseNot());
        while (isKeyword(current, "and")) {
            advance();
            operands.add(parseNot());
        }
        return operands.size() == 1 ? operands.get(0) : new And(operands);
    }

    private WhereExpr parseNot() throws WhereSyntaxException {
        if (isKeyword(current, "not")) {
            enter();
            advance();
            WhereExpr negated = new Not(parseNot());
            depth--;
            return negated;
        }
        return parsePrimary();
    }

    /** Goes one level deeper into parentheses or {@code not}s, refusing to go beyond {@link #MAX_DEPTH}. */
    private void enter() throws WhereSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw new WhereSyntaxException("parentheses and 'not's nest more than " + MAX_DEPTH + " deep here;"
                    + " write the condition flatter (a and b and c needs no parentheses, not not x is x)", current.column());
        }
    }

    private WhereExpr parsePrimary() throws WhereSyntaxException {
        if (isSymbol(current, "(")) {
            Token open = current;
            enter();
            advance();
            WhereExpr inner = parseOr();
            if (!isSymbol(current, ")")) {
                throw unexpected("')' (closing the '(' at column " + open.column() + ")");
            }
            advance();
            depth--;
            return inner;
        }
        if (current.kind() == Kind.WORD && !isKeyword(current)) {
            return parsePredicate();
        }
        String expected = "a path, 'not' or '('";
        if (isKeyword(current)) {
            throw unexpected(expected, "; keywords cannot be used as path names");
        }
        throw unexpected(expected);
    }

    private WhereExpr parsePredicate() throws WhereSyntaxException {
        PathRef path = parsePath();
        if (current.kind() == Kind.SYMBOL && operator(current.text()) != null) {
            Operator operator = operator(current.text());
            advance();
            return new Comparison(path, operator, parseComparedLiteral());
        }
        if (isKeyword(current, "is")) {
            advance();
            return parseIsNull(path);
        }
        boolean negated = isKeyword(current, "not");
        if (negated) {
            advance();
        }
        if (isKeyword(current, "like")) {
            advance();
            return new Like(path, parseLikePattern(), negated);
        }
        if (isKeyword(current, "in")) {
            advance();
            return new In(path, parseValueList(), negated);
        }
        throw unexpected(negated ? "'like' or 'in'" : "an operator (" + OPERATORS + ")");
    }

    private PathRef parsePath() throws WhereSyntaxException {
        Token token = current;
        int offset = 0;
        for (String segment : token.text().split("\\.", -1)) {
            if (KEYWORDS.contains(segment.toLowerCase(Locale.ROOT))) {
                throw new WhereSyntaxException("'" + segment + "' is a keyword and cannot be used as a segment "
                        + "of the path '" + token.text() + "'", token.column() + offset);
            }
            offset += segment.length() + 1;
        }
        advance();
        return new PathRef(token.text(), token.column());
    }

    private Literal parseComparedLiteral() throws WhereSyntaxException {
        if (isKeyword(current, "null")) {
            throw unexpected(literalDescription(), "; use 'is null' or 'is not null' to test for null");
        }
        return parseLiteral();
    }

    private Literal parseLiteral() throws WhereSyntaxException {
        Token token = current;
        Literal literal;
        if (token.kind() == Kind.STRING) {
            literal = new StringLiteral(token.value());
        } else if (token.kind() == Kind.NUMBER) {
            literal = new NumberLiteral(token.text());
        } else if (isKeyword(token, "true") || isKeyword(token, "false")) {
            literal = new BooleanLiteral(isKeyword(token, "true"));
        } else {
            throw unexpected(literalDescription());
        }
        advance();
        return literal;
    }

    private static String literalDescription() {
        return "a literal (string, number, true or false)";
    }

    private String parseLikePattern() throws WhereSyntaxException {
        if (current.kind() != Kind.STRING) {
            throw unexpected("a quoted pattern such as 'B%'");
        }
        String pattern = current.value();
        advance();
        return pattern;
    }

    private List<Literal> parseValueList() throws WhereSyntaxException {
        if (!isSymbol(current, "(")) {
            throw unexpected("'(' starting the list of values");
        }
        advance();
        List<Literal> values = new ArrayList<>();
        values.add(parseLiteral());
        while (isSymbol(current, ",")) {
            advance();
            values.add(parseLiteral());
        }
        if (!isSymbol(current, ")")) {
            throw unexpected("',' or ')'");
        }
        advance();
        return values;
    }

    private WhereExpr parseIsNull(PathRef path) throws WhereSyntaxException {
        boolean negated = isKeyword(current, "not");
        if (negated) {
            advance();
        }
        if (!isKeyword(current, "null")) {
            throw unexpected(negated ? "'null'" : "'null' or 'not null'");
        }
        advance();
        return new IsNull(path, negated);
    }

    private void advance() throws WhereSyntaxException {
        previous = current;
        current = lexer.next();
    }

    private WhereSyntaxException unexpected(String expected) {
        return unexpected(expected, "");
    }

    /** Builds the error for the current token: what was expected, after what, and what was found. */
    private WhereSyntaxException unexpected(String expected, String hint) {
        String after = previous == null ? "" : " after " + describe(previous);
        String message = current.kind() == Kind.END
                ? "unexpected end of condition: expected " + expected + after
                : "expected " + expected + after + " but found " + describe(current);
        return new WhereSyntaxException(message + hint, current.column());
    }

    private static String describe(Token token) {
        return switch (token.kind()) {
            case END -> "the end of the condition";
            case STRING -> "string " + token.text();
            default -> (isKeyword(token) ? "keyword '" : "'") + token.text() + "'";
        };
    }

    private static Operator operator(String symbol) {
        for (Operator operator : Operator.values()) {
            if (operator.sql().equals(symbol)) {
                return operator;
            }
        }
        return null;
    }

    private static boolean isKeyword(Token token) {
        return token.kind() == Kind.WORD && KEYWORDS.contains(token.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isKeyword(Token token, String keyword) {
        return token.kind() == Kind.WORD && token.text().equalsIgnoreCase(keyword);
    }

    private static boolean isSymbol(Token token, String symbol) {
        return token.kind() == Kind.SYMBOL && token.text().equals(symbol);
    }

    /** What a token is. */
    private enum Kind {
        /** An identifier or dotted path; keywords are words too. */
        WORD,
        /** A quoted string. */
        STRING,
        /** A number. */
        NUMBER,
        /** Punctuation or an operator. */
        SYMBOL,
        /** A character that starts no token; always a syntax error where it appears. */
        OTHER,
        /** The end of the text. */
        END
    }

    /**
     * A token of the text.
     *
     * @param kind what the token is
     * @param text the token as written
     * @param value for strings, the unescaped value; otherwise the text
     * @param column the 1-based position of its first character
     */
    private record Token(Kind kind, String text, String value, int column) {
    }

    /** Splits the text into tokens on demand, so errors later in the text do not hide earlier ones. */
    private static final class Lexer {

        private final String text;
        private int pos;

        Lexer(String text) {
            this.text = text;
        }

        Token next() throws WhereSyntaxException {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                return new Token(Kind.END, "", "", pos + 1);
            }
            char c = text.charAt(pos);
            if (isIdentStart(c)) {
                return word();
            }
            if (isDigit(c) || (c == '-' && isDigit(peek(1)))) {
                return number();
            }
            if (c == '\'') {
                return string();
            }
            return symbol(c);
        }

        private Token word() throws WhereSyntaxException {
            int start = pos;
            identifier();
            while (peek(0) == '.') {
                if (!isIdentStart(peek(1))) {
                    throw new WhereSyntaxException("expected a name after '.' in the path '"
                            + text.substring(start, pos + 1) + "' (no spaces are allowed inside a path)", pos + 2);
                }
                pos++;
                identifier();
            }
            return token(Kind.WORD, start);
        }

        private void identifier() {
            pos++;
            while (isIdentPart(peek(0))) {
                pos++;
            }
        }

        private Token number() throws WhereSyntaxException {
            int start = pos;
            if (peek(0) == '-') {
                pos++;
            }
            digits();
            if (peek(0) == '.') {
                pos++;
                requireDigits(start, "after '.' in");
            }
            if (peek(0) == 'e' || peek(0) == 'E') {
                pos++;
                if (peek(0) == '+' || peek(0) == '-') {
                    pos++;
                }
                requireDigits(start, "in the exponent of");
            }
            return token(Kind.NUMBER, start);
        }

        private void requireDigits(int start, String where) throws WhereSyntaxException {
            if (!isDigit(peek(0))) {
                throw new WhereSyntaxException("expected digits " + where + " the number '"
                        + text.substring(start, pos) + "'", pos + 1);
            }
            digits();
        }

        private void digits() {
            while (isDigit(peek(0))) {
                pos++;
            }
        }

        private Token string() throws WhereSyntaxException {
            int start = pos;
            StringBuilder value = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    throw new WhereSyntaxException("unterminated string literal starting at column " + (start + 1)
                            + ": close it with ' (write '' for a quote inside the string)", start + 1);
                }
                char c = text.charAt(pos);
                if (c == '\'' && peek(1) == '\'') {
                    value.append('\'');
                    pos += 2;
                } else if (c == '\'') {
                    pos++;
                    return new Token(Kind.STRING, text.substring(start, pos), value.toString(), start + 1);
                } else {
                    value.append(c);
                    pos++;
                }
            }
        }

        private Token symbol(char c) {
            int start = pos;
            if ((c == '<' && (peek(1) == '=' || peek(1) == '>')) || (c == '>' && peek(1) == '=')) {
                pos += 2;
                return token(Kind.SYMBOL, start);
            }
            if ("()=<>,".indexOf(c) >= 0) {
                pos++;
                return token(Kind.SYMBOL, start);
            }
            pos += Character.charCount(text.codePointAt(pos));
            return token(Kind.OTHER, start);
        }

        private Token token(Kind kind, int start) {
            String tokenText = text.substring(start, pos);
            return new Token(kind, tokenText, tokenText, start + 1);
        }

        /** Returns the character {@code ahead} positions on, or 0 past the end of the text. */
        private char peek(int ahead) {
            int at = pos + ahead;
            return at < text.length() ? text.charAt(at) : 0;
        }

        private static boolean isIdentStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        private static boolean isIdentPart(char c) {
            return isIdentStart(c) || isDigit(c);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
