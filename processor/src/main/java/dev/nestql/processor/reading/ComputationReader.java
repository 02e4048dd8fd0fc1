package dev.nestql.processor.reading;

import com.palantir.javapoet.TypeName;
import dev.nestql.processor.diagnostics.Diagnostics;
import dev.nestql.processor.diagnostics.Message;
import dev.nestql.processor.model.ColumnModel;
import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.Computation;
import dev.nestql.processor.model.Computation.Expression;
import dev.nestql.processor.model.Filter;
import dev.nestql.processor.model.OrderKey;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.model.TableModel;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the computed components of a projection: the aggregates {@code @Count}, {@code @Sum},
 * {@code @Avg}, {@code @Min}, {@code @Max}, {@code @Exists} and {@code @First}, and {@code @Sql}
 * expressions. Checks the paths, the column types the functions need and that the component's type
 * can hold the result.
 */
final class ComputationReader {
    /** The annotations this reader handles, by qualified name. */
    static final List<String> ANNOTATIONS = List.of(
            "dev.nestql.Count", "dev.nestql.Sum", "dev.nestql.Avg", "dev.nestql.Min", "dev.nestql.Max",
            "dev.nestql.Exists", "dev.nestql.First", "dev.nestql.Sql");


    private final PathResolver paths;
    private final FilterReader filters;
    private final Diagnostics diagnostics;

    ComputationReader(PathResolver paths, FilterReader filters, Diagnostics diagnostics) {
        this.paths = paths;
        this.filters = filters;
        this.diagnostics = diagnostics;
    }

    /** The computed component of {@code element}, annotated with {@code annotation}, or empty (reported). */
    Optional<Component.Computed> read(TypeElement owner, RecordComponentElement element, TableModel table,
            AnnotationRef annotation) {
        String where = owner.getSimpleName() + "." + element.getSimpleName();
        TypeMirror declared = element.asType();
        Optional<ValueType> type = Types.valueType(declared).filter(t -> t.kind() != ValueKind.LIST);
        if (type.isEmpty()) {
            diagnostics.error(Message.UNSUPPORTED_TYPE, element, "Component " + where, declared);
            return Optional.empty();
        }
        Site site = new Site(element, where, annotation, type.get(), table);
        Optional<? extends Computation> computation;
        switch (site.simpleName()) {
            case "Count":
                computation = count(site);
                break;
            case "Exists":
                computation = exists(site);
                break;
            case "First":
                computation = first(site);
                break;
            case "Sql":
                computation = expression(site);
                break;
            default:
                computation = fold(site, Computation.Function.valueOf(site.simpleName().toUpperCase(java.util.Locale.ROOT)));
        }
        return computation.map(c -> new Component.Computed(element.getSimpleName().toString(), type.get(), c,
                site.source(), element));
    }

    /** One annotated component being read, with what messages about it need. */
    private record Site(RecordComponentElement element, String where, AnnotationRef annotation, ValueType type,
            TableModel table) {

        String simpleName() {
            return annotation.mirror().getAnnotationType().asElement().getSimpleName().toString();
        }

        /** The annotation and its main value, as messages quote it: {@code @Count("devices")}. */
        String written() {
            return "@" + simpleName() + "(\"" + annotation.string("value") + "\")";
        }

        /**
         * The annotation with every value as written, for Javadoc:
         * {@code @Count(value = "devices.deviceRole", distinct = true)}.
         */
        String source() {
            Map<? extends ExecutableElement, ? extends AnnotationValue> values = annotation.mirror().getElementValues();
            if (values.size() == 1) {
                return "@" + simpleName() + "(" + written(values.values().iterator().next()) + ")";
            }
            List<String> members = new ArrayList<>();
            values.forEach((member, value) -> members.add(member.getSimpleName() + " = " + written(value)));
            return "@" + simpleName() + "(" + String.join(", ", members) + ")";
        }

        /**
         * An annotation value as source code writes it. Not {@code AnnotationValue.toString()},
         * whose escaping differs between JDKs ({@code 'edge'} became {@code \'edge\'} on JDK 17).
         */
        private static String written(AnnotationValue value) {
            Object content = value.getValue();
            if (content instanceof String text) {
                StringBuilder literal = new StringBuilder("\"");
                for (char c : text.toCharArray()) {
                    switch (c) {
                        case '"' -> literal.append("\\\"");
                        case '\\' -> literal.append("\\\\");
                        case '\n' -> literal.append("\\n");
                        case '\t' -> literal.append("\\t");
                        case '\r' -> literal.append("\\r");
                        default -> literal.append(c);
                    }
                }
                return literal.append('"').toString();
            }
            if (content instanceof List<?> elements) {
                List<String> written = new ArrayList<>();
                for (Object element : elements) {
                    written.add(written((AnnotationValue) element));
                }
                return written.size() == 1 ? written.get(0) : "{" + String.join(", ", written) + "}";
            }
            return value.toString();
        }

        Location at(String member, String what) {
            return new Location(element, annotation.mirror(), annotation.written(member), what + " on " + where);
        }
    }

    private Optional<Computation.Count> count(Site site) {
        if (!requireKind(site, EnumSet.of(ValueKind.LONG, ValueKind.INT), "a number of rows", "long or int")) {
            return Optional.empty();
        }
        String value = site.annotation().string("value");
        Optional<List<Relation>> hops = relations(site, value,
                "@Count counts the rows of a relation; to fold a column, use @Sum, @Avg, @Min or @Max.");
        if (hops.isEmpty()) {
            return Optional.empty();
        }
        TableModel reached = hops.get().get(hops.get().size() - 1).to();
        Optional<ColumnModel> distinctKey = Optional.empty();
        if (site.annotation().bool("distinct")) {
            distinctKey = reached.id();
            if (distinctKey.isEmpty()) {
                String name = reached.record().simpleName();
                diagnostics.error(Message.DISTINCT_NEEDS_ID, site.element(), site.annotation().mirror(),
                        site.annotation().written("distinct"), value, site.where(), name, name);
                return Optional.empty();
            }
        }
        Optional<Optional<Filter>> filter = filter(site, reached);
        if (filter.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Computation.Count(hops.get(), distinctKey, filter.get()));
    }

    private Optional<Computation.Exists> exists(Site site) {
        if (!requireKind(site, EnumSet.of(ValueKind.BOOLEAN), "true or false", "boolean")) {
            return Optional.empty();
        }
        Optional<List<Relation>> hops = relations(site, site.annotation().string("value"),
                "@Exists looks for rows of a relation: name the relation, and put conditions on its columns in where.");
        if (hops.isEmpty()) {
            return Optional.empty();
        }
        Optional<Optional<Filter>> filter = filter(site, hops.get().get(hops.get().size() - 1).to());
        return filter.map(f -> new Computation.Exists(hops.get(), f));
    }

    private Optional<Computation.First> first(Site site) {
        String value = site.annotation().string("value");
        Optional<List<Relation>> hops = relations(site, value,
                "Name the relation in value and the column in select, e.g. @First(value = \"devices\", select = \"name\", ...).");
        if (hops.isEmpty()) {
            return Optional.empty();
        }
        TableModel reached = hops.get().get(hops.get().size() - 1).to();
        int errors = diagnostics.errorCount();
        String selectText = site.annotation().string("select");
        Optional<ColumnPath> select = paths.column(selectText, reached, site.at("select", "@First select"),
                relation -> "Name a column of " + relation.to().record().simpleName() + ", e.g. \""
                        + selectText + "." + columnFitting(relation.to(), site.type()).name() + "\".");
        List<String> orderBy = site.annotation().strings("orderBy");
        if (orderBy.isEmpty()) {
            String example = reached.columns().stream()
                    .filter(c -> c.type().kind().ordered() && c.type().kind() != ValueKind.STRING)
                    .reduce((a, b) -> b).orElse(reached.columns().get(0)).name();
            diagnostics.error(Message.FIRST_WITHOUT_ORDER, site.element(), site.annotation().mirror(), null,
                    site.where(), example, example);
        }
        List<OrderKey> keys = paths.orderKeys(orderBy, reached, site.at("orderBy", "@First orderBy"));
        Optional<Optional<Filter>> filter = filter(site, reached);
        if (select.isEmpty() || filter.isEmpty() || diagnostics.errorCount() > errors) {
            return Optional.empty();
        }
        String what = "the @First select \"" + select.get().text() + "\"";
        if (!checkColumnType(site, select.get().column().type(), what)) {
            return Optional.empty();
        }
        if (site.type().isPrimitive()) {
            diagnostics.error(Message.PRIMITIVE_NULLABLE, site.element(), site.where(), site.type().type(), what,
                    "there may be no related row", Types.simple(site.type().boxed()));
            return Optional.empty();
        }
        return Optional.of(new Computation.First(hops.get(), select.get(), keys, filter.get()));
    }

    private Optional<Computation.Fold> fold(Site site, Computation.Function function) {
        String value = site.annotation().string("value");
        Location at = site.at("value", "@" + function.annotation());
        Optional<PathResolver.RelationColumn> path = paths.relationColumn(value, site.table(), at,
                relation -> "Name the column of " + relation.to().record().simpleName() + " to aggregate, e.g. \""
                        + value + "." + exampleColumn(relation.to(), function) + "\".");
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (path.get().hops().isEmpty()) {
            // A relation whose table has the column; else one that has another column to aggregate.
            String example = paths.relationWithColumn(site.table(), value).map(r -> r.name() + "." + value)
                    .or(() -> paths.anyRelation(site.table()).map(r -> r.name() + "." + exampleColumn(r.to(), function)))
                    .orElse("relation." + value);
            diagnostics.error(Message.AGGREGATE_NEEDS_RELATION, site.element(), site.annotation().mirror(),
                    site.annotation().written("value"), at.what(), value, site.table().record().simpleName(),
                    function.annotation(), site.table().record().simpleName(), example);
            return Optional.empty();
        }
        ColumnModel column = path.get().column();
        ValueKind kind = column.type().kind();
        boolean fits = function == Computation.Function.SUM || function == Computation.Function.AVG
                ? isNumeric(kind)
                : kind.ordered();
        if (!fits) {
            boolean needsNumber = function == Computation.Function.SUM || function == Computation.Function.AVG;
            diagnostics.error(Message.AGGREGATE_COLUMN_TYPE, site.element(), site.annotation().mirror(),
                    site.annotation().written("value"), at.what(), function.annotation(),
                    needsNumber ? "a numeric column" : "a column with an order (a number, text, date or time)",
                    value, "a column of type " + Types.simple(column.type().type()),
                    kind.ordered() ? "@Min, @Max or @Count" : "@Count, @Exists or @First");
            return Optional.empty();
        }
        Optional<Optional<Filter>> filter = filter(site, path.get().hops().get(path.get().hops().size() - 1).to());
        if (filter.isEmpty()) {
            return Optional.empty();
        }
        String what = "@" + function.annotation() + "(\"" + value + "\")";
        boolean typeFits;
        String fix;
        ValueKind target = site.type().kind();
        switch (function) {
            case SUM:
                if (kind.arithmetic() == ValueKind.Arithmetic.INTEGRAL) {
                    typeFits = target == ValueKind.LONG || target == ValueKind.BIG_DECIMAL;
                    fix = "long (or BigDecimal)";
                } else if (kind.arithmetic() == ValueKind.Arithmetic.FLOATING) {
                    typeFits = target == ValueKind.DOUBLE || target == ValueKind.BIG_DECIMAL;
                    fix = "double (or BigDecimal)";
                } else {
                    typeFits = target == ValueKind.BIG_DECIMAL;
                    fix = "BigDecimal";
                }
                break;
            case AVG:
                typeFits = target == ValueKind.DOUBLE || target == ValueKind.BIG_DECIMAL;
                fix = "double or BigDecimal";
                break;
            default:
                typeFits = kind.widensTo(target);
                fix = Types.simple(site.type().isPrimitive() ? column.type().kind().type() : column.type().boxed());
        }
        if (!typeFits) {
            diagnostics.error(Message.TYPE_MISMATCH, site.element(), site.where(), Types.simple(site.type().type()),
                    what, describeResult(function, column), fix);
            return Optional.empty();
        }
        return Optional.of(new Computation.Fold(function, path.get().hops(), new ColumnPath(List.of(), column),
                site.type().isPrimitive(), filter.get()));
    }

    private static boolean isNumeric(ValueKind kind) {
        return kind.arithmetic() != ValueKind.Arithmetic.NONE;
    }

    /**
     * A column of {@code table} that a component of {@code type} can hold, for the example of a
     * message: one of the same type, not the key when another fits; else the first column.
     */
    private static ColumnModel columnFitting(TableModel table, ValueType type) {
        return table.columns().stream()
                .filter(c -> c.type().sameTypeAs(type))
                .min((a, b) -> Boolean.compare(table.id().map(a::equals).orElse(false), table.id().map(b::equals).orElse(false)))
                .orElse(table.columns().get(0));
    }

    /** A column of {@code table} that suits {@code function}, for the example of a message. */
    private static String exampleColumn(TableModel table, Computation.Function function) {
        boolean needsNumber = function == Computation.Function.SUM || function == Computation.Function.AVG;
        return table.columns().stream()
                .filter(c -> needsNumber ? isNumeric(c.type().kind()) : c.type().kind().ordered())
                .filter(c -> table.id().map(id -> !id.equals(c)).orElse(true))
                .reduce((a, b) -> b)
                .orElse(table.columns().get(table.columns().size() - 1))
                .name();
    }

    private static String describeResult(Computation.Function function, ColumnModel column) {
        String type = Types.simple(column.type().boxed());
        switch (function) {
            case SUM:
                return "a sum of " + type + " values";
            case AVG:
                return "an average, with a fraction";
            default:
                return "a " + type;
        }
    }

    private Optional<Expression> expression(Site site) {
        String template = site.annotation().string("value");
        Location at = site.at("value", "@Sql");
        List<Expression.Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int errors = diagnostics.errorCount();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                text.append(c);
                i += 2;
            } else if (c == '}') {
                templateError(site, "the brace at position " + (i + 1) + " closes nothing");
                return Optional.empty();
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    templateError(site, "the brace at position " + (i + 1) + " is never closed");
                    return Optional.empty();
                }
                String placeholder = template.substring(i + 1, end).strip();
                if (placeholder.isEmpty()) {
                    templateError(site, "the placeholder at position " + (i + 1) + " is empty");
                    return Optional.empty();
                }
                if (text.length() > 0) {
                    parts.add(new Expression.Text(text.toString()));
                    text.setLength(0);
                }
                Location placeholderAt = new Location(at.element(), at.annotation(), at.value(),
                        "@Sql placeholder {" + placeholder + "} on " + site.where());
                paths.column(placeholder, site.table(), placeholderAt)
                        .ifPresent(column -> parts.add(new Expression.Placeholder(column)));
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            parts.add(new Expression.Text(text.toString()));
        }
        if (template.isBlank()) {
            templateError(site, "the expression is empty");
        }
        return diagnostics.errorCount() == errors ? Optional.of(new Expression(parts)) : Optional.empty();
    }

    private void templateError(Site site, String problem) {
        diagnostics.error(Message.SQL_TEMPLATE_SYNTAX, site.element(), site.annotation().mirror(),
                site.annotation().written("value"), site.where(), problem);
    }

    private Optional<List<Relation>> relations(Site site, String value, String columnFix) {
        return paths.relations(value, site.table(), site.at("value", site.written().substring(0, site.written().indexOf('('))),
                columnFix);
    }

    /** The checked {@code where} of the annotation: empty when broken (reported), an empty filter when blank. */
    private Optional<Optional<Filter>> filter(Site site, TableModel reached) {
        String text = site.annotation().string("where");
        if (text.isBlank()) {
            return Optional.of(Optional.empty());
        }
        Location at = site.at("where", "@" + site.simpleName() + " where");
        return filters.read(text, reached, at).map(Optional::of);
    }

    /** Reports a component whose kind is not one of {@code kinds}. */
    private boolean requireKind(Site site, Set<ValueKind> kinds, String result, String fix) {
        if (kinds.contains(site.type().kind())) {
            return true;
        }
        diagnostics.error(Message.TYPE_MISMATCH, site.element(), site.where(), Types.simple(site.type().type()),
                site.written(), result, fix);
        return false;
    }

    /** Reports a component whose type is not the column's, up to boxing. */
    private boolean checkColumnType(Site site, ValueType column, String what) {
        if (site.type().sameTypeAs(column)) {
            return true;
        }
        TypeName fix = column.boxed();
        diagnostics.error(Message.TYPE_MISMATCH, site.element(), site.where(), Types.simple(site.type().type()), what,
                Types.simple(column.type()), Types.simple(fix));
        return false;
    }
}
