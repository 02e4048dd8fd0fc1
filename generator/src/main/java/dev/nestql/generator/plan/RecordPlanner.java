package dev.nestql.generator.plan;

import dev.nestql.generator.GeneratorOptions;
import dev.nestql.schema.model.Catalog;
import dev.nestql.schema.model.Column;
import dev.nestql.schema.model.ForeignKey;
import dev.nestql.schema.model.Relation;
import dev.nestql.schema.model.RelationName;
import dev.nestql.schema.model.SqlType;
import dev.nestql.schema.naming.Names;
import dev.nestql.schema.types.JavaType;
import dev.nestql.schema.types.TypeTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Plans the records of a catalog: which relations, their class and component names, Java types,
 * {@code @Id}s and {@code @ForeignKey}s with their relation names, and the enums they use. Every
 * choice is a function of the catalog and the options, made in name order, so that an unchanged
 * schema gives the same plan.
 *
 * <p>The naming rules (documented in {@code docs/schema-generator.md}):
 *
 * <ul>
 *   <li>A record is the relation's name, without the first of the options' prefixes it starts
 *       with, in UpperCamelCase ({@code film_actor} {@code FilmActor}),
 *       with {@code Row} appended where that would hide a {@code java.lang} class ({@code Process}),
 *       and the schema's name prepended where two relations of different schemas would share it.
 *   <li>A component is the column's name in lowerCamelCase, with {@code _} appended to a Java
 *       keyword or a method of {@code Object} ({@code class_}); {@code @Column} is written only
 *       where the processor's snake_case of the component would not give the column's name.
 *   <li>A single-column foreign key to the single-column primary key of a generated table is a
 *       {@code @ForeignKey}. Its to-one relation is the processor's default (the component without
 *       its {@code Id}) or, for a component not ending in {@code Id}, the component followed by the
 *       referenced record's name ({@code reportsTo} to {@code Staff} is {@code reportsToStaff}). Its
 *       to-many relation is the processor's default (the plural of the referencing record:
 *       {@code films}) unless two keys of one table would share it, or it would be a to-one
 *       relation's name of the referenced table; then each such key's is the plural followed by
 *       {@code By} and its to-one relation's name ({@code filmsByLanguage},
 *       {@code filmsByOriginalLanguage}).
 * </ul>
 */
public final class RecordPlanner {
    /** The {@code java.lang} classes a record of the same name in the package would hide. */
    private static final Set<String> JAVA_LANG = Set.of(
            "Boolean", "Byte", "Character", "Class", "ClassLoader", "Comparable", "Deprecated", "Double", "Enum", "Error",
            "Exception", "Float", "FunctionalInterface", "Integer", "Iterable", "Long", "Math", "Module", "Number",
            "Object", "Override", "Package", "Process", "Record", "Runnable", "Runtime", "RuntimeException",
            "SafeVarargs", "Short", "StackWalker", "StrictMath", "String", "StringBuilder", "SuppressWarnings",
            "System", "Thread", "Throwable", "Void");
    private static final Set<String> INTEGRAL = Set.of("java.lang.Short", "java.lang.Integer", "java.lang.Long");

    private final Catalog catalog;
    private final GeneratorOptions options;
    private final TypeTable.Options typeOptions;
    private final List<String> skipped = new ArrayList<>();
    private final Map<RelationName, String> classNames = new TreeMap<>();
    private final Map<SqlType, String> enumNames = new LinkedHashMap<>();

    private RecordPlanner(Catalog catalog, GeneratorOptions options) {
        this.catalog = catalog;
        this.options = options;
        this.typeOptions = new TypeTable.Options(options.enumsAsStrings(), options.timestamptzAsInstant());
    }

    /** The plan for {@code catalog} under {@code options}. */
    public static SchemaPlan plan(Catalog catalog, GeneratorOptions options) {
        return new RecordPlanner(catalog, options).plan();
    }

    private SchemaPlan plan() {
        List<Relation> relations = chosenRelations();
        nameClasses(relations);
        nameEnums(relations);
        Map<RelationName, List<ComponentPlan>> components = new LinkedHashMap<>();
        Map<RelationName, List<String>> notes = new HashMap<>();
        for (Relation relation : relations) {
            notes.put(relation.name(), new ArrayList<>());
            components.put(relation.name(), components(relation, notes.get(relation.name())));
        }
        foreignKeys(relations, components, notes);

        List<RecordPlan> records = new ArrayList<>();
        for (Relation relation : relations) {
            records.add(new RecordPlan(classNames.get(relation.name()), tableName(relation.name()), relation,
                    components.get(relation.name()), notes.get(relation.name())));
        }
        records.sort((a, b) -> a.simpleName().compareTo(b.simpleName()));
        List<EnumPlan> enums = new ArrayList<>();
        enumNames.forEach((type, name) -> enums.add(new EnumPlan(name, type, type.labels())));
        enums.sort((a, b) -> a.simpleName().compareTo(b.simpleName()));
        return new SchemaPlan(options.packageName(), records, enums, skipped);
    }

    private List<Relation> chosenRelations() {
        List<Relation> chosen = new ArrayList<>();
        for (Relation relation : catalog.relations()) {
            if (!included(relation.name())) {
                continue;
            }
            if (relation.name().name().contains(".") || relation.name().schema().contains(".")) {
                skipped.add(relation.name() + ": a name with a dot cannot be written in @Table");
                continue;
            }
            chosen.add(relation);
        }
        return chosen;
    }

    private boolean included(RelationName name) {
        String qualified = name.schema() + "." + name.name();
        boolean included = options.includes().isEmpty()
                || options.includes().stream().anyMatch(pattern -> matches(pattern, name.name(), qualified));
        return included && options.excludes().stream().noneMatch(pattern -> matches(pattern, name.name(), qualified));
    }

    private static boolean matches(Pattern pattern, String name, String qualified) {
        return pattern.matcher(name).matches() || pattern.matcher(qualified).matches();
    }

    private String tableName(RelationName name) {
        boolean qualified = options.qualifiedNames() || options.schemas().size() > 1;
        return qualified ? name.schema() + "." + name.name() : name.name();
    }

    private void nameClasses(List<Relation> relations) {
        Map<String, List<RelationName>> byName = new TreeMap<>();
        for (Relation relation : relations) {
            byName.computeIfAbsent(className(stripPrefix(relation.name().name())), key -> new ArrayList<>())
                    .add(relation.name());
        }
        Set<String> taken = new HashSet<>();
        byName.forEach((name, owners) -> {
            for (RelationName owner : owners) {
                String candidate = owners.size() == 1 ? name : Names.upperCamel(owner.schema()) + name;
                classNames.put(owner, unique(candidate, taken));
            }
        });
    }

    /** {@code name} without the first of the options' prefixes it starts with, unless that would leave nothing. */
    private String stripPrefix(String name) {
        for (String prefix : options.stripPrefixes()) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    private static String className(String sqlName) {
        String name = Names.upperCamel(sqlName);
        if (name.isEmpty()) {
            name = "Relation";
        }
        return JAVA_LANG.contains(name) ? name + "Row" : name;
    }

    private void nameEnums(List<Relation> relations) {
        Set<String> taken = new HashSet<>(classNames.values());
        Map<SqlType, String> found = new TreeMap<>((a, b) -> a.sqlName().compareTo(b.sqlName()));
        for (Relation relation : relations) {
            for (Column column : relation.columns()) {
                enumOf(TypeTable.javaType(column.type(), typeOptions).type())
                        .ifPresent(type -> found.put(type, className(type.name())));
            }
        }
        found.forEach((type, name) -> enumNames.put(type, unique(taken.contains(name) ? name + "Type" : name, taken)));
    }

    private static Optional<SqlType> enumOf(JavaType type) {
        if (type instanceof JavaType.EnumOf enumType) {
            return Optional.of(enumType.type());
        }
        if (type instanceof JavaType.ListOf list && list.element() instanceof JavaType.EnumOf enumType) {
            return Optional.of(enumType.type());
        }
        return Optional.empty();
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    private List<ComponentPlan> components(Relation relation, List<String> notes) {
        boolean notNullIsPrimitive = relation.kind().isTable();
        String id = relation.kind().isTable() && relation.primaryKey().size() == 1 ? relation.primaryKey().get(0) : null;
        if (!relation.kind().isTable()) {
            notes.add("No {@code @Id}: a " + describe(relation.kind()) + " has no primary key, so no {@code @ForeignKey}"
                    + " can reference it.");
        } else if (relation.primaryKey().size() > 1) {
            notes.add("No {@code @Id}: the primary key (" + Javadoc.escape(String.join(", ", relation.primaryKey())) + ") has "
                    + relation.primaryKey().size() + " columns, and nestql's relations follow single-column keys.");
        } else if (relation.primaryKey().isEmpty()) {
            notes.add("No {@code @Id}: the table has no primary key.");
        }
        Set<String> taken = new HashSet<>();
        List<ComponentPlan> components = new ArrayList<>();
        for (Column column : relation.columns()) {
            String name = unique(Names.componentName(Names.lowerCamel(column.name())), taken);
            TypeTable.Mapping mapping = TypeTable.javaType(column.type(), typeOptions);
            List<String> componentNotes = new ArrayList<>();
            column.comment().ifPresent(comment -> componentNotes.add(Javadoc.escape(comment)));
            TypeRef type = typeRef(mapping.type(), notNullIsPrimitive && column.notNull());
            mapping.note().ifPresent(note -> componentNotes.add("Read as {@code " + type + "}: " + Javadoc.escape(note) + "."));
            components.add(new ComponentPlan(name, type, column, columnAnnotation(name, column.name()),
                    column.name().equals(id), Optional.empty(), componentNotes));
        }
        return components;
    }

    private static String describe(Relation.Kind kind) {
        return switch (kind) {
            case VIEW -> "view";
            case MATERIALIZED_VIEW -> "materialized view";
            case FOREIGN_TABLE -> "foreign table";
            default -> "table";
        };
    }

    private static Optional<String> columnAnnotation(String component, String column) {
        return Names.snakeCase(component).equals(column) ? Optional.empty() : Optional.of(column);
    }

    private TypeRef typeRef(JavaType type, boolean notNull) {
        if (type instanceof JavaType.Scalar scalar) {
            return new TypeRef(scalar.declared(notNull), false, false);
        }
        if (type instanceof JavaType.EnumOf enumType) {
            return new TypeRef(enumNames.get(enumType.type()), true, false);
        }
        JavaType element = ((JavaType.ListOf) type).element();
        if (element instanceof JavaType.EnumOf enumType) {
            return new TypeRef(enumNames.get(enumType.type()), true, true);
        }
        return new TypeRef(((JavaType.Scalar) element).className(), false, true);
    }

    /** A single-column key that can be a {@code @ForeignKey}, before its relation names are chosen. */
    private record Candidate(Relation owner, ForeignKey key, int component, String references, TypeRef type,
            String forward, String defaultReverse) {}

    private void foreignKeys(List<Relation> relations, Map<RelationName, List<ComponentPlan>> components,
            Map<RelationName, List<String>> notes) {
        List<Candidate> candidates = new ArrayList<>();
        for (Relation relation : relations) {
            for (ForeignKey key : relation.foreignKeys()) {
                candidate(relation, key, components, notes.get(relation.name())).ifPresent(candidates::add);
            }
        }
        // The to-one names of each table, and the default to-many names that reach it.
        Map<String, Set<String>> forwardNames = new HashMap<>();
        Map<String, Map<String, Integer>> reverseCounts = new HashMap<>();
        for (Candidate candidate : candidates) {
            forwardNames.computeIfAbsent(classNames.get(candidate.owner().name()), key -> new HashSet<>())
                    .add(candidate.forward());
            reverseCounts.computeIfAbsent(candidate.references(), key -> new HashMap<>())
                    .merge(candidate.defaultReverse(), 1, Integer::sum);
        }
        Map<String, Set<String>> reverseNames = new HashMap<>();
        for (Candidate candidate : candidates) {
            String target = candidate.references();
            boolean shared = reverseCounts.get(target).get(candidate.defaultReverse()) > 1
                    || forwardNames.getOrDefault(target, Set.of()).contains(candidate.defaultReverse());
            String reverse = shared
                    ? candidate.defaultReverse() + "By" + Character.toUpperCase(candidate.forward().charAt(0))
                            + candidate.forward().substring(1)
                    : candidate.defaultReverse();
            Set<String> taken = reverseNames.computeIfAbsent(target, key -> new HashSet<>(
                    forwardNames.getOrDefault(target, Set.of())));
            reverse = unique(reverse, taken);

            String component = components.get(candidate.owner().name()).get(candidate.component()).name();
            boolean defaultForward = component.endsWith("Id") && component.length() > 2
                    && candidate.forward().equals(component.substring(0, component.length() - 2));
            ForeignKeyPlan plan = new ForeignKeyPlan(target,
                    defaultForward ? Optional.empty() : Optional.of(candidate.forward()),
                    reverse.equals(candidate.defaultReverse()) ? Optional.empty() : Optional.of(reverse));
            List<ComponentPlan> owned = components.get(candidate.owner().name());
            ComponentPlan old = owned.get(candidate.component());
            owned.set(candidate.component(), new ComponentPlan(old.name(), candidate.type(), old.column(), old.columnName(),
                    old.id(), Optional.of(plan), old.notes()));
        }
    }

    private Optional<Candidate> candidate(Relation owner, ForeignKey key, Map<RelationName, List<ComponentPlan>> components,
            List<String> notes) {
        String describe = "The foreign key {@code " + Javadoc.escape(key.name()) + "} ("
                + Javadoc.escape(String.join(", ", key.columns())) + ") to {@code " + Javadoc.escape(key.target().name())
                + "}";
        if (!key.singleColumn()) {
            notes.add(describe + " has " + key.columns().size() + " columns; nestql's relations follow single-column"
                    + " keys, so it is not declared.");
            return Optional.empty();
        }
        String target = classNames.get(key.target());
        Optional<Relation> targetRelation = catalog.relation(key.target());
        if (target == null || targetRelation.isEmpty()) {
            notes.add(describe + " is not declared: {@code " + Javadoc.escape(key.target().name()) + "} is not generated.");
            return Optional.empty();
        }
        if (!targetRelation.get().primaryKey().equals(key.targetColumns()) || key.targetColumns().size() != 1) {
            notes.add(describe + " is not declared: it references (" + Javadoc.escape(String.join(", ", key.targetColumns()))
                    + "), not a single-column primary key.");
            return Optional.empty();
        }
        List<ComponentPlan> ownComponents = components.get(owner.name());
        int index = indexOf(ownComponents, key.columns().get(0));
        ComponentPlan component = ownComponents.get(index);
        ComponentPlan id = components.get(key.target()).get(indexOf(components.get(key.target()), key.targetColumns().get(0)));
        String idType = boxed(id.type().qualifiedName());
        String ownType = boxed(component.type().qualifiedName());
        boolean primitive = !boxed(component.type().qualifiedName()).equals(component.type().qualifiedName());
        TypeRef type;
        if (idType.equals(ownType)) {
            type = primitive ? new TypeRef(unboxed(idType), false, false) : new TypeRef(idType, false, false);
        } else if (INTEGRAL.contains(idType) && INTEGRAL.contains(ownType) && width(ownType) < width(idType)) {
            type = primitive ? new TypeRef(unboxed(idType), false, false) : new TypeRef(idType, false, false);
        } else {
            notes.add(describe + " is not declared: its column's type cannot hold every key of {@code "
                    + Javadoc.escape(key.target().name()) + "}.");
            return Optional.empty();
        }
        String name = component.name();
        String forward = name.endsWith("Id") && name.length() > 2 ? name.substring(0, name.length() - 2) : name + target;
        return Optional.of(new Candidate(owner, key, index, target, type, forward,
                Names.plural(classNames.get(owner.name()))));
    }

    private static int indexOf(List<ComponentPlan> components, String column) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).column().name().equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + column);
    }

    private static String boxed(String type) {
        return switch (type) {
            case "boolean" -> "java.lang.Boolean";
            case "short" -> "java.lang.Short";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "float" -> "java.lang.Float";
            case "double" -> "java.lang.Double";
            default -> type;
        };
    }

    private static String unboxed(String type) {
        return switch (type) {
            case "java.lang.Short" -> "short";
            case "java.lang.Integer" -> "int";
            case "java.lang.Long" -> "long";
            default -> type;
        };
    }

    private static int width(String integral) {
        return switch (integral) {
            case "java.lang.Short" -> 2;
            case "java.lang.Integer" -> 4;
            default -> 8;
        };
    }
}
