package dev.nestql.processor.reading;

import dev.nestql.processor.diagnostics.Diagnostics;
import dev.nestql.processor.diagnostics.Message;
import dev.nestql.processor.model.ColumnModel;
import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.OrderKey;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Resolves dotted paths against the schema, reporting each wrong segment with a suggestion. */
final class PathResolver {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final Schema schema;
    private final Diagnostics diagnostics;

    PathResolver(Schema schema, Diagnostics diagnostics) {
        this.schema = schema;
        this.diagnostics = diagnostics;
    }

    /** A column reached through to-one relations from {@code start}, or empty (reported). */
    Optional<ColumnPath> column(String path, TableModel start, Location at) {
        return column(path, start, at, null);
    }

    /**
     * A column reached through to-one relations from {@code start}, or empty (reported);
     * {@code relationFix} gives the advice when the path ends at that relation ({@code null}: the
     * advice for a {@code @Path}).
     */
    Optional<ColumnPath> column(String path, TableModel start, Location at, Function<Relation, String> relationFix) {
        List<String> segments = segments(path, at);
        if (segments == null) {
            return Optional.empty();
        }
        List<Relation> hops = new ArrayList<>();
        TableModel table = start;
        for (int i = 0; i < segments.size() - 1; i++) {
            Optional<Relation> hop = relation(segments.get(i), table, at);
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            if (hop.get().toMany()) {
                diagnostics.error(Message.TO_MANY_IN_PATH, at.element(), at.annotation(), at.value(), at.what(),
                        hop.get().name(), table.record().simpleName(), hop.get().to().record().simpleName());
                return Optional.empty();
            }
            hops.add(hop.get());
            table = hop.get().to();
        }
        return lastColumn(path, segments, table, at, relationFix).map(column -> new ColumnPath(hops, column));
    }

    /**
     * The column the last segment of {@code path} names on {@code table}, or empty (reported: a
     * relation there gets {@code relationFix}'s advice, or a {@code @Path}'s when it is null).
     */
    private Optional<ColumnModel> lastColumn(String path, List<String> segments, TableModel table, Location at,
            Function<Relation, String> relationFix) {
        String last = segments.get(segments.size() - 1);
        Optional<ColumnModel> column = table.column(last);
        if (column.isPresent()) {
            return column;
        }
        Relation endsAt = schema.relations(table).get(last);
        if (endsAt != null) {
            String fix = relationFix != null ? relationFix.apply(endsAt)
                    : "Name a column of " + endsAt.to().record().simpleName() + ", or use @Nested to read related records.";
            diagnostics.error(Message.PATH_ENDS_AT_RELATION, at.element(), at.annotation(), at.value(), at.what(),
                    path, last, fix);
        } else {
            List<String> names = table.columns().stream().map(ColumnModel::name).toList();
            String prefix = path.substring(0, path.length() - last.length());
            String suggestion = throughToOne(table, last)
                    .map(relation -> " Did you mean \"" + prefix + relation.name() + "." + last + "\"?")
                    .orElse(Suggestions.didYouMean(last, names));
            diagnostics.error(Message.UNKNOWN_COLUMN, at.element(), at.annotation(), at.value(), at.what(),
                    table.record().simpleName(), last, suggestion, table.record().simpleName(), Suggestions.list(names));
        }
        return Optional.empty();
    }

    /** The relations of a path that must end at a relation, or empty (reported). */
    Optional<List<Relation>> relations(String path, TableModel start, Location at) {
        return relations(path, start, at, "Use @Path to read a column.");
    }

    /**
     * The relations of a path that must end at a relation, or empty (reported); {@code columnFix}
     * is the advice when it ends at a column.
     */
    Optional<List<Relation>> relations(String path, TableModel start, Location at, String columnFix) {
        List<String> segments = segments(path, at);
        if (segments == null) {
            return Optional.empty();
        }
        List<Relation> hops = new ArrayList<>();
        TableModel table = start;
        for (String segment : segments) {
            if (!schema.relations(table).containsKey(segment) && table.column(segment).isPresent()) {
                diagnostics.error(Message.NESTED_ENDS_AT_COLUMN, at.element(), at.annotation(), at.value(),
                        at.what(), path, segment, table.record().simpleName(), columnFix);
                return Optional.empty();
            }
            Optional<Relation> hop = relation(segment, table, at);
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            hops.add(hop.get());
            table = hop.get().to();
        }
        return Optional.of(hops);
    }

    /**
     * The relations (in any direction) and the final column of a path to the column an aggregate
     * folds, such as {@code "circuits.commitRate"}; the hops may be empty, which the caller reports.
     */
    Optional<RelationColumn> relationColumn(String path, TableModel start, Location at,
            Function<Relation, String> relationFix) {
        List<String> segments = segments(path, at);
        if (segments == null) {
            return Optional.empty();
        }
        List<Relation> hops = new ArrayList<>();
        TableModel table = start;
        for (String segment : segments.subList(0, segments.size() - 1)) {
            Optional<Relation> hop = relation(segment, table, at);
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            hops.add(hop.get());
            table = hop.get().to();
        }
        return lastColumn(path, segments, table, at, relationFix).map(column -> new RelationColumn(hops, column));
    }

    /**
     * The keys of an {@code orderBy}: columns or to-one paths of {@code table}, a leading {@code -}
     * for descending. A key that does not resolve is reported and left out, so fewer keys than
     * {@code keys} means an error.
     */
    List<OrderKey> orderKeys(List<String> keys, TableModel table, Location at) {
        List<OrderKey> resolved = new ArrayList<>();
        for (String key : keys) {
            boolean descending = key.startsWith("-");
            String path = descending ? key.substring(1) : key;
            if (!java.util.Arrays.stream(path.split("\\.", -1)).allMatch(segment -> SEGMENT.matcher(segment).matches())) {
                // Name what the user wrote ("-"), not what is left once the sign is taken off.
                diagnostics.error(Message.PATH_SYNTAX, at.element(), at.annotation(), at.value(), at.what(), key);
                continue;
            }
            column(path, table, at).ifPresent(column -> resolved.add(new OrderKey(column, descending)));
        }
        return resolved;
    }

    /** The to-one relation of {@code table} (first by name) whose table has {@code column}, for a suggestion. */
    private Optional<Relation> throughToOne(TableModel table, String column) {
        return schema.relations(table).values().stream()
                .filter(relation -> !relation.toMany() && relation.to().column(column).isPresent())
                .min((a, b) -> a.name().compareTo(b.name()));
    }

    /**
     * A relation of {@code table} whose table has {@code column}, to-many first (first by name),
     * for the example of a message; empty when none has.
     */
    Optional<Relation> relationWithColumn(TableModel table, String column) {
        return schema.relations(table).values().stream()
                .filter(relation -> relation.to().column(column).isPresent())
                .min((a, b) -> a.toMany() != b.toMany() ? (a.toMany() ? -1 : 1) : a.name().compareTo(b.name()));
    }

    /** Some relation of {@code table}, for examples in messages. */
    Optional<Relation> anyRelation(TableModel table) {
        return schema.relations(table).values().stream().filter(Relation::toMany).findFirst()
                .or(() -> schema.relations(table).values().stream().findFirst());
    }

    /** The relations of a path and the column of the table they reach. */
    record RelationColumn(List<Relation> hops, ColumnModel column) {}

    private Optional<Relation> relation(String name, TableModel table, Location at) {
        Map<String, Relation> relations = schema.relations(table);
        Relation relation = relations.get(name);
        if (relation == null) {
            diagnostics.error(Message.UNKNOWN_RELATION, at.element(), at.annotation(), at.value(), at.what(),
                    table.record().simpleName(), name, Suggestions.didYouMean(name, relations.keySet()),
                    table.record().simpleName(), Suggestions.list(relations.keySet()));
        }
        return Optional.ofNullable(relation);
    }

    private List<String> segments(String path, Location at) {
        List<String> segments = List.of(path.split("\\.", -1));
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches()) {
                diagnostics.error(Message.PATH_SYNTAX, at.element(), at.annotation(), at.value(), at.what(), path);
                return null;
            }
        }
        return segments;
    }
}
