package dev.nestql.processor.reading;

import dev.nestql.schema.naming.Names;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.nestql.processor.diagnostics.Diagnostics;
import dev.nestql.processor.diagnostics.Message;
import dev.nestql.processor.model.ColumnModel;
import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.Filter;
import dev.nestql.processor.model.Handle;
import dev.nestql.processor.model.OrderKey;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.model.TableModel;
import dev.nestql.processor.model.ValueType;
import dev.nestql.processor.sql.SqlNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Projection} records into models: resolves every component against the schema,
 * checks types and nesting, and reports every broken rule of a record before giving up on it.
 */
public final class ProjectionReader {
    static final String PROJECTION = "dev.nestql.Projection";
    private static final String PATH = "dev.nestql.Path";
    private static final String NESTED = "dev.nestql.Nested";

    private final Elements elements;
    private final Schema schema;
    private final Diagnostics diagnostics;
    private final PathResolver paths;
    private final FilterReader filters;
    private final ComputationReader computations;
    private final Map<String, Optional<ProjectionModel>> done = new HashMap<>();
    private final LinkedHashMap<String, String> inProgress = new LinkedHashMap<>();

    public ProjectionReader(Elements elements, Schema schema, Diagnostics diagnostics) {
        this.elements = elements;
        this.schema = schema;
        this.diagnostics = diagnostics;
        this.paths = new PathResolver(schema, diagnostics);
        this.filters = new FilterReader(paths, diagnostics);
        this.computations = new ComputationReader(paths, filters, diagnostics);
    }

    /**
     * The model of projection {@code type}, or empty when it (or a projection it nests) breaks a
     * rule, which has been reported.
     *
     * @throws MissingTypeException when a type it needs is not resolved yet
     */
    public Optional<ProjectionModel> read(TypeElement type) {
        String name = type.getQualifiedName().toString();
        Optional<ProjectionModel> known = done.get(name);
        if (known != null) {
            return known;
        }
        inProgress.put(name, type.getSimpleName().toString());
        try {
            Optional<ProjectionModel> model = readProjection(type);
            done.put(name, model);
            return model;
        } finally {
            inProgress.remove(name);
        }
    }

    private Optional<ProjectionModel> readProjection(TypeElement type) {
        AnnotationRef projection = AnnotationRef.find(type, PROJECTION).orElseThrow();
        if (type.getKind() != ElementKind.RECORD) {
            diagnostics.error(Message.PROJECTION_NOT_RECORD, type, projection.mirror(), null,
                    type.getSimpleName(), Types.kindName(type), type.getSimpleName());
            return Optional.empty();
        }
        ClassName record = ClassName.get(type);
        ClassName query = ClassName.get(record.packageName(), record.simpleName() + "Query");
        if (Types.isPrivate(type)) {
            diagnostics.error(Message.NOT_ACCESSIBLE, type, record.simpleName(), query.simpleName());
            return Optional.empty();
        }
        Optional<TableModel> table = tableOf(projection, type);
        if (table.isEmpty()) {
            return Optional.empty();
        }

        int errors = diagnostics.errorCount();
        List<Component> components = new ArrayList<>();
        for (RecordComponentElement element : type.getRecordComponents()) {
            component(type, element, table.get()).ifPresent(components::add);
        }
        if (diagnostics.errorCount() > errors) {
            return Optional.empty();
        }
        List<Handle> handles = handles(type, table.get(), components);
        if (diagnostics.errorCount() > errors) {
            return Optional.empty();
        }
        return Optional.of(new ProjectionModel(record, query, table.get(), components, handles, type));
    }

    private Optional<TableModel> tableOf(AnnotationRef projection, TypeElement type) {
        TypeElement target = projection.type("value");
        if (!Schema.isTable(target)) {
            diagnostics.error(Message.PROJECTION_TARGET_NOT_TABLE, type, projection.mirror(), projection.written("value"),
                    type.getSimpleName(), target.getSimpleName());
            return Optional.empty();
        }
        return schema.table(target);
    }

    private Optional<Component> component(TypeElement owner, RecordComponentElement element, TableModel table) {
        String name = element.getSimpleName().toString();
        String where = owner.getSimpleName() + "." + name;
        Optional<AnnotationRef> path = AnnotationRef.find(element, PATH);
        Optional<AnnotationRef> nested = AnnotationRef.find(element, NESTED);
        List<AnnotationRef> computed = new ArrayList<>();
        for (String annotation : ComputationReader.ANNOTATIONS) {
            AnnotationRef.find(element, annotation).ifPresent(computed::add);
        }
        int kinds = computed.size() + (path.isPresent() ? 1 : 0) + (nested.isPresent() ? 1 : 0);
        if (kinds > 1) {
            List<String> names = new ArrayList<>();
            path.ifPresent(p -> names.add("@Path"));
            nested.ifPresent(n -> names.add("@Nested"));
            computed.forEach(c -> names.add("@" + c.mirror().getAnnotationType().asElement().getSimpleName()));
            diagnostics.error(Message.CONFLICTING_ANNOTATIONS, element, where,
                    String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1));
            return Optional.empty();
        }
        if (!computed.isEmpty()) {
            return computations.read(owner, element, table, computed.get(0)).map(Component.class::cast);
        }
        if (nested.isPresent()) {
            return nested(owner, element, table, nested.get()).map(Component.class::cast);
        }
        TypeMirror declared = element.asType();
        Optional<ValueType> type = Types.valueType(declared);
        if (type.isEmpty()) {
            diagnostics.error(Message.UNSUPPORTED_TYPE, element, "Component " + where, declared);
            return Optional.empty();
        }
        Optional<ColumnPath> column;
        if (path.isPresent()) {
            AnnotationRef annotation = path.get();
            Location at = new Location(element, annotation.mirror(), annotation.written("value"), "@Path on " + where);
            column = paths.column(annotation.string("value"), table, at);
        } else {
            column = table.column(name).map(c -> new ColumnPath(List.of(), c));
            if (column.isEmpty()) {
                List<String> names = table.columns().stream().map(ColumnModel::name).toList();
                diagnostics.error(Message.UNKNOWN_COLUMN, element, "Component " + where,
                        table.record().simpleName(), name, Suggestions.didYouMean(name, names),
                        table.record().simpleName(), Suggestions.list(names)
                                + ". Name a column, or read another value with @Path or @Nested");
            }
        }
        if (column.isEmpty()) {
            return Optional.empty();
        }
        ColumnPath resolved = column.get();
        ValueType columnType = resolved.column().type();
        String columnName = resolved.hops().isEmpty()
                ? "column " + table.record().simpleName() + "." + resolved.column().name()
                : "path \"" + resolved.text() + "\"";
        if (!type.get().sameTypeAs(columnType)) {
            TypeName fix = resolved.nullable() ? columnType.boxed() : columnType.type();
            diagnostics.error(Message.TYPE_MISMATCH, element, where, Types.simple(type.get().type()), columnName,
                    Types.simple(columnType.type()), Types.simple(fix));
            return Optional.empty();
        }
        if (type.get().isPrimitive() && resolved.nullable()) {
            diagnostics.error(Message.PRIMITIVE_NULLABLE, element, where, type.get().type(), columnName,
                    whyNullable(resolved), Types.simple(type.get().boxed()));
            return Optional.empty();
        }
        return Optional.of(new Component.Value(name, type.get(), resolved, element));
    }

    private static String whyNullable(ColumnPath path) {
        if (path.column().nullable()) {
            return "its schema component " + path.column().name() + " is " + Types.simple(path.column().type().type());
        }
        for (Relation hop : path.hops()) {
            if (hop.optional()) {
                return "foreign key " + hop.from().record().simpleName() + "." + hop.fromColumn().name()
                        + " on the way is nullable";
            }
        }
        return "it may be absent";
    }

    private Optional<Component.Nested> nested(TypeElement owner, RecordComponentElement element, TableModel table,
            AnnotationRef annotation) {
        String name = element.getSimpleName().toString();
        String where = owner.getSimpleName() + "." + name;
        String value = annotation.string("value");
        Location at = new Location(element, annotation.mirror(), annotation.written("value"), "@Nested on " + where);

        TypeMirror declared = element.asType();
        Types.requireResolved(declared);
        boolean list = isList(declared);
        TypeMirror elementType = list ? ((DeclaredType) declared).getTypeArguments().get(0) : declared;
        TypeElement target = elementType.getKind() == TypeKind.DECLARED
                ? (TypeElement) ((DeclaredType) elementType).asElement()
                : null;
        if (target == null || AnnotationRef.find(target, PROJECTION).isEmpty()) {
            String fix = "";
            if (target != null && Schema.isTable(target)) {
                String tableName = target.getSimpleName().toString();
                String view = tableName + "View";
                fix = " " + tableName + " is a @Table record: declare a projection of it, such as @Projection(" + tableName
                        + ".class) record " + view + "(...), and nest " + (list ? "List<" + view + ">" : view) + ".";
            }
            diagnostics.error(Message.NESTED_NOT_PROJECTION, element, annotation.mirror(), null, where,
                    Types.simple(TypeName.get(declared)), fix);
            return Optional.empty();
        }
        // Knowing the nested projection's table first lets the schema find relations declared on it.
        AnnotationRef targetProjection = AnnotationRef.find(target, PROJECTION).orElseThrow();
        TypeElement targetTable = targetProjection.type("value");
        if (Schema.isTable(targetTable)) {
            schema.addCandidate(targetTable);
        }

        Optional<List<Relation>> hops = paths.relations(value, table, at);
        if (hops.isEmpty()) {
            return Optional.empty();
        }
        TableModel reached = hops.get().get(hops.get().size() - 1).to();
        if (!Schema.isTable(targetTable) || !targetTable.getQualifiedName().contentEquals(reached.record().canonicalName())) {
            diagnostics.error(Message.NESTED_WRONG_TABLE, element, annotation.mirror(), annotation.written("value"),
                    value, where, reached.record().simpleName(), target.getSimpleName(), targetTable.getSimpleName(),
                    reached.record().simpleName());
            return Optional.empty();
        }
        Optional<Relation> toMany = hops.get().stream().filter(Relation::toMany).findFirst();
        if (toMany.isPresent() && !list) {
            diagnostics.error(Message.NESTED_NOT_LIST, element, annotation.mirror(), annotation.written("value"),
                    value, where, toMany.get().name(), target.getSimpleName());
            return Optional.empty();
        }
        if (toMany.isEmpty() && list) {
            diagnostics.error(Message.NESTED_NOT_SINGLE, element, annotation.mirror(), annotation.written("value"),
                    value, where, target.getSimpleName());
            return Optional.empty();
        }
        if (!ClassName.get(owner).packageName().equals(ClassName.get(target).packageName()) && !Types.isPublic(target)) {
            diagnostics.error(Message.NOT_ACCESSIBLE_FROM_PACKAGE, element, target.getSimpleName(),
                    owner.getSimpleName() + "Query", ClassName.get(owner).packageName(), target.getSimpleName());
            return Optional.empty();
        }

        int limit = annotation.integer("limit");
        List<String> orderBy = annotation.strings("orderBy");
        if (limit < 0) {
            diagnostics.error(Message.LIMIT_NEGATIVE, element, annotation.mirror(), annotation.written("limit"),
                    limit, where);
        }
        if (toMany.isEmpty() && limit != 0) {
            diagnostics.error(Message.LIST_OPTION_ON_SINGLE, element, annotation.mirror(), annotation.written("limit"),
                    value, where, "limit");
        }
        if (toMany.isEmpty() && !orderBy.isEmpty()) {
            diagnostics.error(Message.LIST_OPTION_ON_SINGLE, element, annotation.mirror(), annotation.written("orderBy"),
                    value, where, "orderBy");
        }
        Location orderAt = new Location(element, annotation.mirror(), annotation.written("orderBy"),
                "@Nested orderBy on " + where);
        List<OrderKey> keys = paths.orderKeys(orderBy, reached, orderAt);
        Optional<Filter> filter = Optional.empty();
        String whereText = annotation.string("where");
        if (!whereText.isBlank()) {
            Location whereAt = new Location(element, annotation.mirror(), annotation.written("where"),
                    "@Nested where on " + where);
            filter = filters.read(whereText, reached, whereAt);
            if (filter.isEmpty()) {
                return Optional.empty();
            }
        }
        if (keys.size() != orderBy.size() || limit < 0 || (toMany.isEmpty() && (limit != 0 || !orderBy.isEmpty()))) {
            return Optional.empty();
        }

        String targetName = target.getQualifiedName().toString();
        if (inProgress.containsKey(targetName)) {
            StringBuilder cycle = new StringBuilder();
            boolean on = false;
            for (Map.Entry<String, String> entry : inProgress.entrySet()) {
                on |= entry.getKey().equals(targetName);
                if (on) {
                    cycle.append(entry.getValue()).append(" -> ");
                }
            }
            cycle.append(target.getSimpleName());
            diagnostics.error(Message.NESTING_CYCLE, element, annotation.mirror(), null,
                    cycle + " (through " + where + ")");
            return Optional.empty();
        }
        Optional<ProjectionModel> model = read(target);
        if (model.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Component.Nested(name, TypeName.get(declared), hops.get(), toMany.isPresent(),
                model.get(), keys, limit, filter, element));
    }

    private boolean isList(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement list = elements.getTypeElement("java.util.List");
        DeclaredType declared = (DeclaredType) type;
        return declared.asElement().equals(list) && declared.getTypeArguments().size() == 1;
    }

    private List<Handle> handles(TypeElement owner, TableModel table, List<Component> components) {
        Map<String, Handle> byName = new LinkedHashMap<>();
        for (ColumnModel column : table.columns()) {
            put(owner, owner, byName, new Handle(Names.upperSnakeCase(column.name()), column.type(),
                    new ColumnPath(List.of(), column), Optional.empty()));
        }
        for (Component component : components) {
            if (component instanceof Component.Value value
                    && !(value.path().hops().isEmpty() && value.path().column().name().equals(value.name()))) {
                put(owner, value.element(), byName, new Handle(Names.upperSnakeCase(value.name()), value.type(),
                        value.path(), Optional.of(value.name())));
            } else if (component instanceof Component.Computed computed) {
                put(owner, computed.element(), byName, new Handle(Names.upperSnakeCase(computed.name()),
                        computed.type(), computed, Optional.of(computed.name())));
            }
        }
        return List.copyOf(byName.values());
    }

    /** Adds {@code handle}, reporting a clash on {@code at}: the component that brings it, or the record. */
    private void put(TypeElement owner, Element at, Map<String, Handle> byName, Handle handle) {
        Handle existing = byName.putIfAbsent(handle.constant(), handle);
        if (existing != null) {
            diagnostics.error(Message.HANDLE_CLASH, at, handle.constant(), owner.getSimpleName() + "Query",
                    existing.target().describe(), handle.target().describe());
        }
    }
}
