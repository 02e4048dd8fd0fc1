package dev.nestql.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.nestql.internal.NestedRows;
import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.Computation;
import dev.nestql.processor.model.Handle;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import dev.nestql.processor.sql.ProjectionSql;
import dev.nestql.processor.sql.SqlNames;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the query class of one projection: typed handles, the SQL definition, the factory method
 * and generated readers for the row and every nested projection. The class extends the runtime's
 * {@code ProjectionQuery}, which runs the statements.
 */
public final class QueryClassWriter {
    /** The user API: the query base class and the handles. */
    private static final String QUERY = "dev.nestql.query";
    /** Support for generated code, not a public API. */
    private static final String INTERNAL = "dev.nestql.internal";
    private static final ClassName PROJECTION_QUERY = ClassName.get(QUERY, "ProjectionQuery");
    private static final ClassName QUERY_DEFINITION = ClassName.get(INTERNAL, "QueryDefinition");
    private static final ClassName QUERY_STATE = ClassName.get(INTERNAL, "QueryState");
    private static final ClassName COLUMN = ClassName.get(QUERY, "Column");
    private static final ClassName NESTED_ROWS = ClassName.get(INTERNAL, "NestedRows");
    private static final ClassName NESTED_LISTS = ClassName.get(INTERNAL, "NestedLists");
    private static final ClassName STRING_COLUMN = ClassName.get(QUERY, "StringColumn");
    private static final ClassName LIST_COLUMN = ClassName.get(QUERY, "ListColumn");
    private static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final String PROCESSOR = "dev.nestql.processor.NestqlProcessor";
    private static final String ROW = "row";
    private static final String JSON = "json";

    private final ProjectionModel projection;
    private final ProjectionSql sql;
    private final Map<ClassName, String> readerNames = new LinkedHashMap<>();
    private final Map<ClassName, ProjectionModel> nested = new LinkedHashMap<>();
    private final ValueCodec codec;

    private final boolean generatedAnnotation;

    private QueryClassWriter(ProjectionModel projection, ProjectionSql sql, boolean generatedAnnotation) {
        this.generatedAnnotation = generatedAnnotation;
        this.projection = projection;
        List<String> fields = new ArrayList<>(List.of("DEFINITION"));
        projection.handles().forEach(handle -> fields.add(handle.constant()));
        this.codec = new ValueCodec(fields);
        this.sql = sql;
    }

    /** The Java file of {@code projection}'s query class. */
    public static JavaFile write(ProjectionModel projection, ProjectionSql sql) {
        return write(projection, sql, true);
    }

    /**
     * The Java file of {@code projection}'s query class, marked {@code @Generated} when
     * {@code generatedAnnotation}: not in a named module that does not read {@code java.compiler},
     * where the annotation would not compile.
     */
    public static JavaFile write(ProjectionModel projection, ProjectionSql sql, boolean generatedAnnotation) {
        return new QueryClassWriter(projection, sql, generatedAnnotation).file();
    }

    private JavaFile file() {
        NameAllocator methods = new NameAllocator();
        methods.newName("read");
        methods.newName("select");
        methods.newName("with");
        collectNested(projection);
        for (ClassName record : nested.keySet()) {
            readerNames.put(record, methods.newName("read" + record.simpleName()));
        }
        Optional<JsonWriters.Written> jsonWriters = JsonWriters.write(projection, sql, codec, methods);

        ClassName query = projection.query();
        TypeName record = projection.record();
        TypeSpec.Builder type = TypeSpec.classBuilder(query)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(PROJECTION_QUERY, record, query))

                .addOriginatingElement(projection.element())
                .addJavadoc(classJavadoc());
        List<FieldSpec> handles = new ArrayList<>();
        for (Handle handle : projection.handles()) {
            handles.add(handleField(handle));
        }
        FieldSpec definition = FieldSpec.builder(ParameterizedTypeName.get(QUERY_DEFINITION, projection.record()),
                        "DEFINITION", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$Zdefinition()")
                .build();
        if (generatedAnnotation) {
            type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(ParameterizedTypeName.get(QUERY_STATE, record), "state")
                .addStatement("super(DEFINITION, state)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("select")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(query)
                .addJavadoc("A query of every {@link $T} row.\n"
                        + "Narrow it with {@code where}, {@code orderBy}, {@code limit} and {@code offset}, then run it\n"
                        + "with {@code list}, {@code stream}, {@code json} or another terminal method.\n", record)
                .addStatement("return new $T($T.initial())", query, QUERY_STATE)
                .build());
        type.addMethod(MethodSpec.methodBuilder("with")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(query)
                .addParameter(ParameterizedTypeName.get(QUERY_STATE, record), "state")
                .addStatement("return new $T(state)", query)
                .build());
        type.addMethod(definitionMethod(jsonWriters));
        sql.nestedRows().ifPresent(nestedRows -> type.addMethod(nestedRowsMethod(nestedRows)));
        type.addMethod(rowReader());
        sql.nestedRows().ifPresent(nestedRows -> type.addType(nestedRowsReader(nestedRows)));
        for (ProjectionModel model : nested.values()) {
            type.addMethod(jsonReader(model));
        }
        jsonWriters.ifPresent(written -> type.addMethods(written.methods()));
        // The enum types' constants come first: the handles' initializers refer to them; the keys
        // come before the definition, whose writers use them.
        type.addFields(codec.constants()).addFields(handles);
        jsonWriters.ifPresent(written -> type.addFields(written.keys()));
        type.addField(definition);
        return JavaFile.builder(query.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private void collectNested(ProjectionModel model) {
        for (Component component : model.components()) {
            if (component instanceof Component.Nested child && !nested.containsKey(child.target().record())) {
                nested.put(child.target().record(), child.target());
                collectNested(child.target());
            }
        }
    }

    private CodeBlock classJavadoc() {
        String table = Javadoc.html(projection.table().sqlName());
        // The record as the Javadoc names it (nested in its enclosing records), to break a long first line.
        int firstLine = "Queries {@link } records from table {@code }.".length()
                + String.join(".", projection.record().simpleNames()).length() + table.length();
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Queries {@link $T} records$Lfrom table {@code $L}.\n", projection.record(),
                        firstLine > Javadoc.WIDTH ? "\n" : " ", table)
                .add("Generated by nestql from the {@code @Projection} record; do not edit.\n\n")
                .add("<pre>{@code\n")
                .add("List<$L> rows = $L.select()\n", projection.record().simpleName(), projection.query().simpleName());
        if (!projection.handles().isEmpty()) {
            Handle first = projection.handles().get(0);
            doc.add("        .orderBy($L.$L.asc())\n", projection.query().simpleName(), first.constant());
        }
        doc.add("        .limit(20)\n        .list(connection);\n}</pre>\n\n");
        if (sql.nestedRows().isEmpty()) {
            doc.add("<p>{@code list}, {@code first}, {@code stream} and {@code json} run this statement, to\n"
                    + "which conditions, order and paging are added:\n\n<pre>\n");
            doc.add("$L", Javadoc.preformatted(selectForDocs(sql.selectItems(), sql.from(),
                    sql.aggregates().map(ProjectionSql.Aggregates::perRow).orElse(List.of()))));
            doc.add("\n</pre>\n\n");
        } else {
            doc.add(nestedRowsJavadoc());
            if (projection.table().id().isPresent()) {
                doc.add("<p>{@code stream} and {@code writeJson} read the top-level rows through a cursor\n"
                        + "({@link #streamSql()}), and the nested rows of each batch of them by their keys\n"
                        + "({@link #nestedChildrenSql()}).\n\n");
            } else {
                doc.add("<p>{@code stream} and {@code writeJson} run this statement, nested lists as JSON\n"
                        + "(the table has no {@code @Id} by which to select a batch's nested rows):\n\n<pre>\n");
                doc.add("$L", Javadoc.preformatted(selectForDocs(sql.selectItems(), sql.from(),
                        sql.aggregates().map(ProjectionSql.Aggregates::perRow).orElse(List.of()))));
                doc.add("\n</pre>\n\n");
            }
        }
        doc.add("<p>{@code json} writes the records as JSON in Java. {@code serverJson}, where PostgreSQL\n"
                        + "builds the JSON, builds each row as:\n\n<pre>\n")
                .add("$L", Javadoc.preformatted(sql.jsonObject()))
                .add("\n</pre>\n");
        sql.aggregates().ifPresent(aggregates -> doc
                .add("\n<p>The aggregates are computed for each returned row; with a limit or offset, the page\n")
                .add("is selected first and they are computed for its rows only. A statement that reads every\n")
                .add("row (no condition, limit or offset) computes them once per table instead, with these\n")
                .add("joins in place of the {@code LATERAL} ones:\n\n<pre>\n")
                .add("$L", Javadoc.preformatted(String.join("\n", aggregates.wholeTable())
                        .replace(" LEFT JOIN (", "LEFT JOIN (")))
                .add("\n</pre>\n"));
        return doc.build();
    }

    /**
     * The nested-rows statement of {@code select()}, when there is one: one branch per level, each
     * nested level restricted to the keys of the top-level rows.
     */
    private CodeBlock nestedRowsJavadoc() {
        if (sql.nestedRows().isEmpty()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .add("<p>{@code list}, {@code first} and {@code json} send the nested lists as rows of their\n")
                .add("own, one {@code UNION ALL} branch per level, which the generated reader puts back\n")
                .add("together. Here it reads every row; with a condition, a limit or an offset, each nested\n")
                .add("branch selects only the children of the rows the first branch reads, by their keys:\n\n<pre>\n")
                .add("$L", Javadoc.preformatted(StatementPreview.nestedRows(sql)))
                .add("\n</pre>\n\n")
                .build();
    }

    /** The statement laid out for reading: one select item per line, one join per line. */
    private static String selectForDocs(List<String> items, String from, List<String> aggregateJoins) {
        StringBuilder text = new StringBuilder("SELECT ");
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : ",\n       ").append(items.get(i));
        }
        text.append("\nFROM ").append(from.replace(" LEFT JOIN ", "\n     LEFT JOIN "));
        for (String join : aggregateJoins) {
            text.append("\n    ").append(join);
        }
        return text.toString();
    }

    private FieldSpec handleField(Handle handle) {
        TypeName record = projection.record();
        String expression = sql.handles().get(handle);
        Optional<String> component = componentOf(handle);
        boolean notNull = handle.type().isPrimitive() || isId(handle);
        String factory = component.isPresent() && notNull ? "ofSqlNotNull" : "ofSql";
        CodeBlock accessor = component.map(name -> CodeBlock.of(",$W$T::$N", record, name)).orElse(CodeBlock.of(""));
        TypeName type;
        CodeBlock initializer;
        switch (handle.type().kind()) {
            case STRING:
                type = ParameterizedTypeName.get(STRING_COLUMN, record);
                initializer = CodeBlock.of("$Z$T.$L($L$L)", STRING_COLUMN, factory, argument(expression), accessor);
                break;
            case LIST:
                TypeName element = ((ParameterizedTypeName) handle.type().type()).typeArguments().get(0);
                type = ParameterizedTypeName.get(LIST_COLUMN, record, element);
                initializer = CodeBlock.of("$Z$T.ofSqlArray($L,$W$L)", LIST_COLUMN, argument(expression),
                        codec.elementType(handle.type()));
                break;
            default:
                type = ParameterizedTypeName.get(COLUMN, record, handle.type().boxed());
                initializer = CodeBlock.of("$Z$T.$L($L,$W$L$L)", COLUMN, factory, argument(expression),
                        codec.columnType(handle.type()), accessor);
        }
        return FieldSpec.builder(type, handle.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(handleJavadoc(handle))
                .initializer(initializer)
                .build();
    }

    /**
     * The record component that holds a handle's value, by which keyset paging reads an order key
     * from a record: the handle's own component, or for a column of the table the component that
     * reads it under its own name. Empty for a list, and for a column no component reads.
     */
    private Optional<String> componentOf(Handle handle) {
        if (handle.type().kind() == ValueKind.LIST) {
            return Optional.empty();
        }
        if (handle.component().isPresent()) {
            return handle.component();
        }
        ColumnPath path = (ColumnPath) handle.target();
        for (Component component : projection.components()) {
            if (component instanceof Component.Value value && value.path().hops().isEmpty()
                    && value.path().column().equals(path.column()) && value.type().sameTypeAs(handle.type())) {
                return Optional.of(value.name());
            }
        }
        return Optional.empty();
    }

    /** Whether the handle is the table's {@code @Id} column. */
    private boolean isId(Handle handle) {
        return handle.target() instanceof ColumnPath path && path.hops().isEmpty()
                && projection.table().id().map(path.column()::equals).orElse(false);
    }

    /**
     * A handle's SQL expression as the first argument of its factory: a column in place, a longer
     * expression from the next line, its continuation lines indented with it.
     */
    private static CodeBlock argument(String expression) {
        CodeBlock literal = Literals.string(expression);
        if (expression.length() <= 40) {
            return literal;
        }
        return CodeBlock.builder().add("\n").indent().indent().add(literal).unindent().unindent().build();
    }

    private CodeBlock handleJavadoc(Handle handle) {
        String table = projection.table().record().simpleName();
        if (handle.target() instanceof ColumnPath path && handle.component().isEmpty()) {
            return CodeBlock.of("The column {@code $L} of {@link $L}.\n", Javadoc.html(path.column().sqlName()), table);
        }
        String component = handle.component().orElseThrow();
        if (handle.target() instanceof ColumnPath path) {
            return CodeBlock.of("The component {@code $L}, path {@code $L}.\n", component, path.text());
        }
        return CodeBlock.of("$L\n", Javadoc.wrapped("The component {@code " + component + "}: <code>"
                + Javadoc.html(handle.target().describe()) + "</code>."));
    }

    /**
     * The definition, part by part: {@code QueryDefinition.builder(Q::read).selectList(...)...build()},
     * each part's text as literals on lines of their own.
     */
    private MethodSpec definitionMethod(Optional<JsonWriters.Written> jsonWriters) {
        CodeBlock.Builder initializer = CodeBlock.builder()
                .add("$T.builder($T::read)", QUERY_DEFINITION, projection.query()).indent().indent()
                .add("\n.selectList($L)", continued(Literals.lines(sql.selectItems(), ", ")))
                .add("\n.jsonObject($L)", continued(Literals.string(sql.jsonObject())))
                .add("\n.table($L)", continued(Literals.string(sql.table())));
        if (!sql.joins().isEmpty()) {
            initializer.add("\n.joins($L)", continued(Literals.string(sql.joins())));
        }
        sql.aggregates().ifPresent(aggregates -> initializer.add("\n.aggregates(").indent().indent()
                .add("\n$L,", Literals.lines(aggregates.perRow(), ""))
                .add("\n$L)", Literals.lines(aggregates.wholeTable(), ""))
                .unindent().unindent());
        if (sql.nestedRows().isPresent()) {
            initializer.add("\n.nestedRows(nestedRows())");
        }
        projection.handles().stream().filter(this::isId).findFirst()
                .ifPresent(id -> initializer.add("\n.uniqueKey($L)", id.constant()));
        jsonWriters.ifPresent(written -> {
            initializer.add("\n.jsonWriter($T::$N)", projection.query(), written.root());
            columns(initializer, "stringColumns", written.stringColumns());
            columns(initializer, "doubleColumns", written.doubleColumns());
            columns(initializer, "decimalColumns", written.decimalColumns());
        });
        initializer.add("\n.build()").unindent().unindent();
        return MethodSpec.methodBuilder("definition")
                .addJavadoc("The SQL parts of this query, which the runtime puts together with the condition, order\n"
                        + "and paging of each call.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(QUERY_DEFINITION, projection.record()))
                .addCode("return $L;\n", initializer.build())
                .build();
    }

    /** {@code .method(1, 2, 3)} when there are columns. */
    private static void columns(CodeBlock.Builder code, String method, List<Integer> columns) {
        if (!columns.isEmpty()) {
            code.add("\n.$N($L)", method, CodeBlock.join(columns.stream().map(c -> CodeBlock.of("$L", c)).toList(), ",$W"));
        }
    }

    /**
     * The parts of the nested-rows statement:
     * {@code NestedRows.builder(Q.Levels::new).rootItems(...).topLevelKey(...).branch(rows, everyRow)...build()}.
     */
    private MethodSpec nestedRowsMethod(ProjectionSql.NestedRows nestedRows) {
        CodeBlock.Builder parts = CodeBlock.builder()
                .add("return $T.builder($T::new)", NESTED_ROWS, levelsClass())
                .indent().indent()
                .add("\n.rootItems($L)", continued(Literals.string(nestedRows.rootItems())));
        // SQL text goes through Literals, as every other part's does.
        projection.table().id().ifPresent(id -> parts.add("\n.topLevelKey($L, $L)",
                Literals.string("t0." + SqlNames.identifier(id.sqlName())), codec.columnType(id.type())));
        for (NestedRows.Branch branch : nestedRows.branches()) {
            parts.add("\n.branch(").indent().indent()
                    .add("\n$L,", rows(branch.rows(), BRANCH_COLUMN))
                    .add("\n$L)", Literals.string(branch.everyRow()))
                    .unindent().unindent();
        }
        parts.add("\n.build();\n").unindent().unindent();
        return MethodSpec.methodBuilder("nestedRows")
                .addJavadoc("The parts of the statement of {@code list}, which sends nested lists as rows of their own.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(NESTED_ROWS, projection.record()))
                .addCode(parts.build())
                .build();
    }

    /** The column at which a branch's rows start in {@link #nestedRowsMethod}: method body, chain, arguments. */
    private static final int BRANCH_COLUMN = 24;

    /**
     * A branch's rows as the runtime's parts, written as the SQL reads:
     * {@code NestedRows.select(...).from(...).whereKeyIn(column, keys).and(condition)}, or
     * {@code NestedRows.select(...).fromKeys(keys, joins).where(condition)}, starting at
     * {@code column}; each literal's lines fit in {@value SourceFiles#LINE_LIMIT} characters.
     */
    private static CodeBlock rows(NestedRows.Rows rows, int column) {
        if (rows instanceof NestedRows.Ranked ranked) {
            return CodeBlock.builder().add(rows(ranked.rows(), column)).indent().indent()
                    .add("\n.limitPerParent($L)", ranked.limit()).unindent().unindent().build();
        }
        CodeBlock.Builder code = CodeBlock.builder();
        String select = rows instanceof NestedRows.KeysJoin join ? join.select() : ((NestedRows.Matched) rows).select();
        code.add("$T.select($L)", NESTED_ROWS, continued(literal(select, column + "NestedRows.select(".length())))
                .indent().indent();
        int chain = column + 8;
        if (rows instanceof NestedRows.KeysJoin join) {
            code.add("\n.fromKeys($L,", keys(join.keys(), chain + ".fromKeys(".length()))
                    .indent().indent().add("\n$L)", literal(join.joins(), chain + 8)).unindent().unindent();
            if (!join.condition().isEmpty()) {
                code.add("\n.where($L)", continued(literal(join.condition(), chain + ".where(".length())));
            }
            return code.unindent().unindent().build();
        }
        NestedRows.Matched matched = (NestedRows.Matched) rows;
        String whereKeyIn = ".whereKeyIn(\"" + matched.keyColumn() + "\", ";
        code.add("\n.from($L)", continued(literal(matched.from(), chain + ".from(".length())))
                .add("\n.whereKeyIn($L, $L)", Literals.string(matched.keyColumn()),
                        keys(matched.parent(), chain + whereKeyIn.length()));
        if (!matched.condition().isEmpty()) {
            code.add("\n.and($L)", continued(literal(matched.condition(), chain + ".and(".length())));
        }
        return code.unindent().unindent().build();
    }

    /** A statement of parent keys as the runtime's parts, starting at {@code column}. */
    private static CodeBlock keys(NestedRows.Keys keys, int column) {
        if (keys instanceof NestedRows.TopLevelKeys top) {
            return CodeBlock.of("$T.topLevelKeys($L)", NESTED_ROWS,
                    continued(literal(top.select(), column + "NestedRows.topLevelKeys(".length())));
        }
        return rows((NestedRows.Matched) keys, column);
    }

    /** {@code value} as literals whose lines fit when the first starts at {@code column}. */
    private static CodeBlock literal(String value, int column) {
        return Literals.string(value, SourceFiles.LINE_LIMIT - column - 4);
    }

    /** {@code code}, its continuation lines indented past the line it starts on. */
    private static CodeBlock continued(CodeBlock code) {
        return CodeBlock.builder().indent().indent().add(code).unindent().unindent().build();
    }

    /** Items joined by {@code separator}, written as a concatenation of string literals, one item per line. */
    private static CodeBlock stringLines(List<String> items, String separator) {
        return Literals.lines(items, separator);
    }

    private MethodSpec rowReader() {
        CodeBlock.Builder arguments = CodeBlock.builder();
        List<Component> components = projection.components();
        for (int i = 0; i < components.size(); i++) {
            arguments.add(i == 0 ? "\n" : ",\n").add(readColumn(components.get(i), i + 1));
        }
        return MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(projection.record())
                .addParameter(ResultSet.class, ROW)
                .addException(SQLException.class)
                .addException(IOException.class)
                .addCode(CodeBlock.builder()
                        .add("return new $T(", projection.record())
                        .indent().indent().add(arguments.build()).unindent().unindent()
                        .add(");\n")
                        .build())
                .build();
    }

    /** The class that puts the rows of the nested-rows statement together: {@code Levels}. */
    private ClassName levelsClass() {
        return projection.query().nestedClass("Levels");
    }

    /**
     * The class that puts the rows of the nested-rows statement together, one row at a time: each
     * row's first column names its level; top-level rows become records at their positions, and
     * nested rows join their parent's list, which is sorted once every row is read.
     */
    private TypeSpec nestedRowsReader(ProjectionSql.NestedRows nestedRows) {
        NameAllocator locals = new NameAllocator();
        locals.newName(ROW);
        Map<Integer, String> lists = new LinkedHashMap<>();
        List<FieldSpec> fields = new ArrayList<>();
        for (ProjectionSql.Level level : nestedRows.levels()) {
            for (Map.Entry<String, ProjectionSql.Child> child : level.children().entrySet()) {
                String name = locals.newName(child.getKey());
                lists.put(child.getValue().level(), name);
                ProjectionSql.Level childLevel = nestedRows.levels().get(child.getValue().level());
                List<String> descending = new ArrayList<>();
                for (ProjectionSql.SortKey key : childLevel.order()) {
                    descending.add(String.valueOf(key.descending()));
                }
                TypeName type = ParameterizedTypeName.get(NESTED_LISTS, childLevel.model().record());
                fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL)
                        .initializer(descending.isEmpty() ? CodeBlock.of("$Z$T.unordered()", NESTED_LISTS)
                                : CodeBlock.of("$Z$T.ordered($L)", NESTED_LISTS, String.join(", ", descending)))
                        .build());
            }
        }
        String level = locals.newName("level");
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("int $N = $N.getInt(1)", level, ROW)
                .beginControlFlow("switch ($N)", level);
        for (ProjectionSql.Level each : nestedRows.levels()) {
            // Each level's record in a local named after it, its components one per line.
            NameAllocator caseLocals = locals.clone();
            String record = caseLocals.newName(lowerFirst(each.model().record().simpleName()));
            body.add("case $L: {\n", each.number()).indent()
                    .add("$T $N =$W$L;\n", each.model().record(), record, newRecord(each, lists));
            if (each.number() == 0) {
                body.addStatement("add($N.getLong(2), $N)", ROW, record);
            } else {
                CodeBlock.Builder arguments = CodeBlock.builder()
                        .add("$L, $N", readBoxed(each.parentKeyType(), each.parentKey()), record);
                for (ProjectionSql.SortKey key : each.order()) {
                    arguments.add(",\n$L", readBoxed(key.type(), key.column()));
                }
                body.add("$N.add(", lists.get(each.number())).indent().indent().add(arguments.build())
                        .unindent().unindent().add(");\n");
            }
            body.addStatement("break").unindent().add("}\n");
        }
        body.add("default:\n").indent()
                .addStatement("throw unknownLevel($N)", level)
                .unindent();
        body.endControlFlow();
        CodeBlock.Builder sort = CodeBlock.builder();
        for (String list : lists.values()) {
            sort.addStatement("$N.sort()", list);
        }
        return TypeSpec.classBuilder(levelsClass())
                .addJavadoc("Puts the rows of the statement of {@code list} together, one row at a time:\n"
                        + "the {@link $T} rows\n"
                        + "and, as rows of their own, their nested lists, which are sorted and attached to their\n"
                        + "parents here.\n", projection.record())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(NESTED_ROWS.nestedClass("Tree"), projection.record()))
                .addFields(fields)
                .addMethod(MethodSpec.methodBuilder("read")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ResultSet.class, ROW)
                        .addException(SQLException.class)
                        .addException(IOException.class)
                        .addCode(body.build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("sortLists")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .addCode(sort.build())
                        .build())
                .build();
    }

    /** The record of {@code level} from the current row, one component per line: child levels' lists by their keys. */
    private CodeBlock newRecord(ProjectionSql.Level level, Map<Integer, String> lists) {
        CodeBlock.Builder arguments = CodeBlock.builder();
        List<Component> components = level.model().components();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            ProjectionSql.Child child = level.children().get(component.name());
            arguments.add(i == 0 ? "\n" : ",\n");
            if (child != null) {
                arguments.add("$N.of($L)", lists.get(child.level()), readBoxed(child.keyType(), child.keyColumn()));
            } else {
                arguments.add(readColumn(component, level.columns().get(component.name())));
            }
        }
        return CodeBlock.builder().add("new $T(", level.model().record()).indent().indent().add(arguments.build())
                .unindent().unindent().add(")").build();
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private CodeBlock readBoxed(ValueType type, int column) {
        return codec.readColumn(type.asBoxed(), ROW, column);
    }

    private CodeBlock readColumn(Component component, int index) {
        if (component instanceof Component.Value value) {
            return codec.readColumn(value.type(), ROW, index);
        }
        if (component instanceof Component.Computed computed) {
            CodeBlock read = codec.readColumn(computed.type(), ROW, index);
            if (computed.type().isPrimitive() && computed.computation() instanceof Computation.Expression) {
                return CodeBlock.of("$T.requireValue($L, $N, $L, $S)", ValueCodec.ROWS, read, ROW, index,
                        computed.name());
            }
            return read;
        }
        Component.Nested child = (Component.Nested) component;
        String reader = readerNames.get(child.target().record());
        return CodeBlock.of("$T.$N($N, $L,$W$T::$N)", ValueCodec.ROWS, child.many() ? "getList" : "getRecord", ROW, index,
                projection.query(), reader);
    }

    private MethodSpec jsonReader(ProjectionModel model) {
        NameAllocator locals = new NameAllocator();
        locals.newName(JSON);
        CodeBlock.Builder body = CodeBlock.builder().addStatement("$T.beginRecord($N)", ValueCodec.JSON_VALUES, JSON);
        List<String> names = new ArrayList<>();
        for (List<Component> group : model.positionalGroups()) {
            if (model.grouped()) {
                body.addStatement("$T.beginGroup($N)", ValueCodec.JSON_VALUES, JSON);
            }
            for (Component component : group) {
                String local = locals.newName(component.name());
                names.add(local);
                body.addStatement("$T $N = $L", component.javaType(), local, readJson(component));
            }
            if (model.grouped()) {
                body.addStatement("$T.endRecord($N)", ValueCodec.JSON_VALUES, JSON);
            }
        }
        body.addStatement("$T.endRecord($N)", ValueCodec.JSON_VALUES, JSON);
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < names.size(); i++) {
            arguments.add(i == 0 ? "$N" : ",$W$N", names.get(i));
        }
        body.addStatement("return new $T($L)", model.record(), arguments.build());
        return MethodSpec.methodBuilder(readerNames.get(model.record()))
                .addJavadoc("Reads a {@link $T} sent as a positional JSON array.\n", model.record())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(model.record())
                .addParameter(JSON_PARSER, JSON)
                .addException(IOException.class)
                .addCode(body.build())
                .build();
    }

    private CodeBlock readJson(Component component) {
        if (component instanceof Component.Value value) {
            return codec.readJson(value.type(), JSON);
        }
        if (component instanceof Component.Computed computed) {
            return codec.readJson(computed.type(), JSON);
        }
        Component.Nested child = (Component.Nested) component;
        return CodeBlock.of("$T.$N($N,$W$T::$N)", ValueCodec.JSON_VALUES, child.many() ? "nextList" : "nextNullable", JSON,
                projection.query(), readerNames.get(child.target().record()));
    }
}
