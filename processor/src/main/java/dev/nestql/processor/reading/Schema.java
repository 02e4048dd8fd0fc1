package dev.nestql.processor.reading;

import dev.nestql.schema.naming.Names;
import com.palantir.javapoet.ClassName;
import dev.nestql.processor.diagnostics.Diagnostics;
import dev.nestql.processor.diagnostics.Message;
import dev.nestql.processor.model.ColumnModel;
import dev.nestql.processor.model.ForeignKeyModel;
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
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @Table} records known to this compilation and the relations between them.
 *
 * <p>A reverse relation is declared on the referencing record, so finding the relations of a table
 * means knowing every record that may reference it: the {@code @Table} records of this
 * compilation, and every {@code @Table} record in the packages of the tables seen so far (which
 * covers schema records compiled earlier, in a jar).
 *
 * <p>A package compiled from source in this compilation is not listed: its records are the
 * compilation's own, and listing it makes javac look for a type named after each source file on
 * the source path, which reads a file named after none of its types ({@code Records.java} holding
 * {@code record Shelf}) a second time and fails with "duplicate class".
 */
public final class Schema {
    static final String TABLE = "dev.nestql.Table";
    static final String ID = "dev.nestql.Id";
    static final String COLUMN = "dev.nestql.Column";
    static final String FOREIGN_KEY = "dev.nestql.ForeignKey";

    private final Elements elements;
    private final Diagnostics diagnostics;
    private final Map<String, Optional<TableModel>> tables = new HashMap<>();
    private final Map<String, TypeElement> candidates = new TreeMap<>();
    private final Map<String, Boolean> scannedPackages = new HashMap<>();
    private final Map<String, Map<String, Relation>> relations = new HashMap<>();
    private final Set<String> sourcePackages;

    /**
     * @param sourcePackages the packages of the types compiled from source in this compilation,
     *     which are never listed
     */
    public Schema(Elements elements, Diagnostics diagnostics, Set<String> sourcePackages) {
        this.elements = elements;
        this.diagnostics = diagnostics;
        this.sourcePackages = sourcePackages;
    }

    /** Makes {@code type}, a {@code @Table} record, known as a possible referencing table. */
    public void addCandidate(TypeElement type) {
        if (AnnotationRef.find(type, TABLE).isPresent()) {
            candidates.putIfAbsent(type.getQualifiedName().toString(), type);
        }
        scanPackage(elements.getPackageOf(type));
    }

    /** Whether {@code type} carries {@code @Table}. */
    static boolean isTable(TypeElement type) {
        return AnnotationRef.find(type, TABLE).isPresent();
    }

    /**
     * The model of table {@code type}, or empty when it breaks a rule (reported on it).
     *
     * @throws MissingTypeException when one of its types is not resolved yet
     */
    public Optional<TableModel> table(TypeElement type) {
        String name = type.getQualifiedName().toString();
        Optional<TableModel> known = tables.get(name);
        if (known != null) {
            return known;
        }
        addCandidate(type);
        Optional<TableModel> table = readTable(type);
        tables.put(name, table);
        return table;
    }

    /**
     * The relations of {@code table} by name: to-one relations of its foreign keys first, then the
     * to-many relations of the keys that reference it. Two relations with one name are reported.
     */
    public Map<String, Relation> relations(TableModel table) {
        String key = table.record().canonicalName();
        Map<String, Relation> known = relations.get(key);
        if (known != null) {
            return known;
        }
        Map<String, Relation> byName = new LinkedHashMap<>();
        Map<String, ForeignKeyModel> declaredBy = new HashMap<>();
        for (ForeignKeyModel key1 : table.foreignKeys()) {
            Optional<TableModel> target = tableOf(key1.target());
            if (target.isPresent() && target.get().id().isPresent()) {
                add(byName, declaredBy, table, key1, false,
                        new Relation(key1.forwardName(), table, key1.column(), target.get(), target.get().id().get(), false));
            }
        }
        if (table.id().isPresent()) {
            for (TypeElement candidate : List.copyOf(candidates.values())) {
                Optional<TableModel> referencing = table(candidate);
                if (referencing.isEmpty()) {
                    continue;
                }
                for (ForeignKeyModel key1 : referencing.get().foreignKeys()) {
                    if (key1.target().equals(table.record())) {
                        add(byName, declaredBy, table, key1, true,
                                new Relation(key1.reverseName(), table, table.id().get(), referencing.get(), key1.column(), true));
                    }
                }
            }
        }
        relations.put(key, byName);
        return byName;
    }

    private void add(Map<String, Relation> byName, Map<String, ForeignKeyModel> declaredBy, TableModel table,
            ForeignKeyModel key, boolean reverse, Relation relation) {
        Relation existing = byName.putIfAbsent(relation.name(), relation);
        if (existing == null) {
            declaredBy.put(relation.name(), key);
            return;
        }
        ForeignKeyModel first = declaredBy.get(relation.name());
        Element element = key.column().element();
        AnnotationRef annotation = AnnotationRef.find(element, FOREIGN_KEY).orElseThrow();
        String attribute = reverse ? "relatedName" : "name";
        diagnostics.error(Message.RELATION_NAME_CLASH, element, annotation.mirror(), annotation.written(attribute),
                relation.name(), table.record().simpleName(), describe(existing, first), describe(relation, key),
                "@ForeignKey(" + attribute + " = \"...\")");
        byName.put(relation.name(), existing);
    }

    private static String describe(Relation relation, ForeignKeyModel key) {
        String owner = relation.toMany() ? relation.to().record().simpleName() : relation.from().record().simpleName();
        return (relation.toMany() ? "the rows of " + owner + " referencing it by " : "the row referenced by ")
                + owner + "." + key.column().name()
                + (key.reverseNameDefaulted() && relation.toMany() ? " (a default name)" : "");
    }

    /** The table of record {@code name}, if it is one and valid. */
    public Optional<TableModel> tableOf(ClassName name) {
        TypeElement type = elements.getTypeElement(name.canonicalName());
        return type == null || !isTable(type) ? Optional.empty() : table(type);
    }

    private void scanPackage(PackageElement pkg) {
        String name = pkg.getQualifiedName().toString();
        if (sourcePackages.contains(name) || scannedPackages.putIfAbsent(name, Boolean.TRUE) != null) {
            return;
        }
        for (Element element : pkg.getEnclosedElements()) {
            addTypes(element);
        }
    }

    private void addTypes(Element element) {
        if (element instanceof TypeElement type) {
            if (isTable(type)) {
                candidates.putIfAbsent(type.getQualifiedName().toString(), type);
            }
            for (Element inner : type.getEnclosedElements()) {
                addTypes(inner);
            }
        }
    }

    private Optional<TableModel> readTable(TypeElement type) {
        AnnotationRef table = AnnotationRef.find(type, TABLE).orElseThrow();
        int errors = diagnostics.errorCount();
        if (type.getKind() != ElementKind.RECORD) {
            diagnostics.error(Message.TABLE_NOT_RECORD, type, table.mirror(), null,
                    type.getSimpleName(), Types.kindName(type), type.getSimpleName());
            return Optional.empty();
        }
        String sqlName = table.string("value");
        if (!validTableName(sqlName)) {
            diagnostics.error(Message.TABLE_NAME_INVALID, type, table.mirror(), table.written("value"),
                    sqlName, type.getSimpleName());
        }

        List<ColumnModel> columns = new ArrayList<>();
        ColumnModel id = null;
        List<RecordComponentElement> keyComponents = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            Optional<ValueType> valueType = Types.valueType(component.asType());
            if (valueType.isEmpty()) {
                diagnostics.error(Message.UNSUPPORTED_TYPE, component,
                        "Column " + type.getSimpleName() + "." + name, component.asType());
                continue;
            }
            String columnName = Names.snakeCase(name);
            Optional<AnnotationRef> column = AnnotationRef.find(component, COLUMN);
            if (column.isPresent()) {
                String written = column.get().string("value");
                if (written.isBlank()) {
                    diagnostics.error(Message.COLUMN_NAME_INVALID, component, column.get().mirror(),
                            column.get().written("value"), written, type.getSimpleName() + "." + name, columnName);
                } else {
                    columnName = written;
                }
            }
            ColumnModel model = new ColumnModel(name, columnName, valueType.get(), component);
            columns.add(model);
            Optional<AnnotationRef> idAnnotation = AnnotationRef.find(component, ID);
            if (idAnnotation.isPresent()) {
                if (id != null) {
                    diagnostics.error(Message.MULTIPLE_IDS, component, idAnnotation.get().mirror(), null,
                            type.getSimpleName(), id.name() + " and " + name);
                } else {
                    id = model;
                }
            }
            if (AnnotationRef.find(component, FOREIGN_KEY).isPresent()) {
                keyComponents.add(component);
            }
        }

        List<ForeignKeyModel> keys = new ArrayList<>();
        for (RecordComponentElement component : keyComponents) {
            String name = component.getSimpleName().toString();
            columns.stream().filter(c -> c.name().equals(name)).findFirst()
                    .flatMap(column -> foreignKey(type, column))
                    .ifPresent(keys::add);
        }
        if (diagnostics.errorCount() > errors) {
            return Optional.empty();
        }
        return Optional.of(new TableModel(ClassName.get(type), sqlName, columns, Optional.ofNullable(id), keys, type));
    }

    private Optional<ForeignKeyModel> foreignKey(TypeElement owner, ColumnModel column) {
        Element component = column.element();
        AnnotationRef key = AnnotationRef.find(component, FOREIGN_KEY).orElseThrow();
        String where = owner.getSimpleName() + "." + column.name();
        TypeElement target = key.type("references");
        if (!isTable(target)) {
            diagnostics.error(Message.FOREIGN_KEY_TARGET_NOT_TABLE, component, key.mirror(), key.written("references"),
                    where, target.getSimpleName());
            return Optional.empty();
        }
        Optional<? extends RecordComponentElement> targetId = target.getRecordComponents().stream()
                .filter(c -> AnnotationRef.find(c, ID).isPresent())
                .findFirst();
        if (targetId.isEmpty()) {
            diagnostics.error(Message.FOREIGN_KEY_TARGET_WITHOUT_ID, component, key.mirror(), key.written("references"),
                    where, target.getSimpleName(), target.getSimpleName());
            return Optional.empty();
        }
        Optional<ValueType> idType = Types.valueType(targetId.get().asType());
        if (idType.isPresent() && !idType.get().sameTypeAs(column.type())) {
            diagnostics.error(Message.FOREIGN_KEY_TYPE_MISMATCH, component, key.mirror(), null,
                    where, Types.simple(column.type().type()),
                    target.getSimpleName() + "." + targetId.get().getSimpleName(),
                    Types.simple(idType.get().type()), Types.simple(idType.get().type()));
            return Optional.empty();
        }
        String forward = key.string("name");
        if (forward.isEmpty()) {
            String name = column.name();
            if (name.length() <= 2 || !name.endsWith("Id")) {
                diagnostics.error(Message.FOREIGN_KEY_NAME_REQUIRED, component, key.mirror(), null, where, name);
                return Optional.empty();
            }
            forward = name.substring(0, name.length() - 2);
        }
        String reverse = key.string("relatedName");
        boolean defaulted = reverse.isEmpty();
        if (defaulted) {
            reverse = Names.plural(owner.getSimpleName().toString());
        }
        return Optional.of(new ForeignKeyModel(column, ClassName.get(target), forward, reverse, defaulted));
    }

    private static boolean validTableName(String name) {
        if (name.isBlank()) {
            return false;
        }
        String[] parts = name.split("\\.", -1);
        if (parts.length > 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || !part.strip().equals(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks table {@code type} and the relations it takes part in, reporting what is wrong, even
     * when no projection reads it.
     */
    public void check(TypeElement type) {
        table(type).ifPresent(table -> {
            relations(table);
            table.foreignKeys().forEach(key -> tableOf(key.target()).ifPresent(this::relations));
        });
    }
}
