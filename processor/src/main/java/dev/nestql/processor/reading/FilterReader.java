package dev.nestql.processor.reading;

import dev.nestql.processor.diagnostics.Diagnostics;
import dev.nestql.processor.diagnostics.Message;
import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.Filter;
import dev.nestql.processor.model.TableModel;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.where.Literal;
import dev.nestql.processor.where.PathRef;
import dev.nestql.processor.where.WhereExpr;
import dev.nestql.processor.where.WhereParser;
import dev.nestql.processor.where.WhereSyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a {@code where} string: its syntax, that every path leads to a column through to-one
 * relations, and that each literal fits the column it is compared with.
 */
final class FilterReader {
    private final PathResolver paths;
    private final Diagnostics diagnostics;

    FilterReader(PathResolver paths, Diagnostics diagnostics) {
        this.paths = paths;
        this.diagnostics = diagnostics;
    }

    /** The checked condition over rows of {@code table}, or empty (reported). */
    Optional<Filter> read(String text, TableModel table, Location at) {
        WhereExpr expression;
        try {
            expression = WhereParser.parse(text);
        } catch (WhereSyntaxException e) {
            diagnostics.error(Message.WHERE_SYNTAX, at.element(), at.annotation(), at.value(), at.what(), text,
                    e.column(), e.getMessage());
            return Optional.empty();
        }
        int errors = diagnostics.errorCount();
        Map<String, ColumnPath> resolved = new HashMap<>();
        for (PathRef ref : expression.paths()) {
            if (!resolved.containsKey(ref.path())) {
                paths.column(ref.path(), table, at).ifPresent(path -> resolved.put(ref.path(), path));
            }
        }
        if (diagnostics.errorCount() == errors) {
            checkLiterals(expression, resolved, at);
        }
        return diagnostics.errorCount() == errors ? Optional.of(new Filter(expression, resolved)) : Optional.empty();
    }

    private void checkLiterals(WhereExpr expression, Map<String, ColumnPath> resolved, Location at) {
        if (expression instanceof WhereExpr.And and) {
            and.operands().forEach(operand -> checkLiterals(operand, resolved, at));
        } else if (expression instanceof WhereExpr.Or or) {
            or.operands().forEach(operand -> checkLiterals(operand, resolved, at));
        } else if (expression instanceof WhereExpr.Not not) {
            checkLiterals(not.operand(), resolved, at);
        } else if (expression instanceof WhereExpr.Comparison comparison) {
            check(comparison.path(), List.of(comparison.literal()), resolved, at);
        } else if (expression instanceof WhereExpr.In in) {
            check(in.path(), in.values(), resolved, at);
        } else if (expression instanceof WhereExpr.Like like) {
            ColumnPath path = resolved.get(like.path().path());
            ValueKind kind = path.column().type().kind();
            if (kind != ValueKind.STRING) {
                diagnostics.error(Message.WHERE_LIKE_NOT_TEXT, at.element(), at.annotation(), at.value(), at.what(),
                        like.path().path(), describe(path));
            }
        }
    }

    private void check(PathRef ref, List<Literal> literals, Map<String, ColumnPath> resolved, Location at) {
        ColumnPath path = resolved.get(ref.path());
        ValueKind.Literal wanted = path.column().type().kind().literal();
        for (Literal literal : literals) {
            if (kindOf(literal) != wanted) {
                diagnostics.error(Message.WHERE_LITERAL_TYPE, at.element(), at.annotation(), at.value(), at.what(),
                        ref.path(), describe(path), sql(literal), example(wanted));
                return;
            }
        }
    }

    private static ValueKind.Literal kindOf(Literal literal) {
        if (literal instanceof Literal.StringLiteral) {
            return ValueKind.Literal.STRING;
        }
        return literal instanceof Literal.NumberLiteral ? ValueKind.Literal.NUMBER : ValueKind.Literal.BOOLEAN;
    }

    private static String sql(Literal literal) {
        if (literal instanceof Literal.StringLiteral text) {
            return "the text '" + text.value() + "'";
        }
        if (literal instanceof Literal.NumberLiteral number) {
            return "the number " + number.text();
        }
        return "the boolean " + ((Literal.BooleanLiteral) literal).value();
    }

    private static String example(ValueKind.Literal wanted) {
        switch (wanted) {
            case BOOLEAN:
                return "true or false";
            case NUMBER:
                return "a number, e.g. 10 or 2.5";
            case STRING:
                return "a quoted text, e.g. 'abc'";
            default:
                return "is null or is not null: this column cannot be compared with a literal";
        }
    }

    private static String describe(ColumnPath path) {
        return "a column of type " + Types.simple(path.column().type().type());
    }
}
