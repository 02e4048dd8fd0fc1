package dev.nestql.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.nestql.processor.checking.SchemaCheck;
import dev.nestql.processor.diagnostics.Diagnostics;
import dev.nestql.processor.diagnostics.Message;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.reading.MissingTypeException;
import dev.nestql.processor.reading.ProjectionReader;
import dev.nestql.processor.reading.Schema;
import dev.nestql.processor.sql.ProjectionSql;
import dev.nestql.processor.sql.SqlRenderer;
import dev.nestql.processor.writing.QueryClassWriter;
import dev.nestql.processor.writing.SourceFiles;
import dev.nestql.processor.writing.RegistryWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * Writes a query class for every {@code @Projection} record and checks every {@code @Table}
 * record. Each round runs the same steps:
 *
 * <ol>
 *   <li>make the round's {@code @Table} records known and check them;
 *   <li>read each {@code @Projection} record into a model ({@code reading}), deferring those that
 *       need a type another processor has not generated yet;
 *   <li>render its SQL ({@code sql}) and write its query class ({@code writing}).
 * </ol>
 *
 * <p>Each {@code @Table} record and projection is also recorded in the registry that the schema
 * verifier reads, and, with {@code -Anestql.verify.url}, checked against that database at the end
 * of the round that compiled it ({@code checking}).
 *
 * <p>A mistake in one record is reported and the others are still processed.
 */
@AutoService(Processor.class)
public final class NestqlProcessor extends AbstractProcessor {
    private static final String TABLE = "dev.nestql.Table";
    private static final String PROJECTION = "dev.nestql.Projection";

    private Diagnostics diagnostics;
    private SchemaCheck schemaCheck;
    private final Set<String> tableNames = new LinkedHashSet<>();
    /** Projections and tables waiting for a type, by name, with the missing type's name. */
    private final Map<String, String> deferred = new LinkedHashMap<>();
    private final Map<String, String> deferredTables = new LinkedHashMap<>();
    private final Map<ClassName, ClassName> queryClasses = new HashMap<>();
    /** The packages of every type compiled from source so far. */
    private final Set<String> sourcePackages = new HashSet<>();
    /** The registry files written in this compilation. */
    private final Set<String> registryFiles = new HashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(TABLE, PROJECTION);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(SchemaCheck.URL, SchemaCheck.USER, SchemaCheck.PASSWORD);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (diagnostics == null) {
            diagnostics = new Diagnostics(processingEnv.getMessager());
            schemaCheck = new SchemaCheck(processingEnv.getOptions(), diagnostics);
        }
        Elements elements = processingEnv.getElementUtils();
        for (Element root : round.getRootElements()) {
            // A module-info is a root element too, and belongs to no package.
            PackageElement pkg = root.getKind() == ElementKind.MODULE ? null : elements.getPackageOf(root);
            if (pkg != null) {
                sourcePackages.add(pkg.getQualifiedName().toString());
            }
        }
        Schema schema = new Schema(elements, diagnostics, sourcePackages);
        for (String name : tableNames) {
            Optional.ofNullable(elements.getTypeElement(name)).ifPresent(schema::addCandidate);
        }
        Set<TypeElement> roundTables = typesAnnotated(round, elements, TABLE);
        roundTables.forEach(table -> {
            tableNames.add(table.getQualifiedName().toString());
            schema.addCandidate(table);
        });
        Set<TypeElement> tables = new LinkedHashSet<>();
        for (String name : deferredTables.keySet()) {
            Optional.ofNullable(elements.getTypeElement(name)).ifPresent(tables::add);
        }
        deferredTables.clear();
        tables.addAll(roundTables);
        for (TypeElement table : tables) {
            guard(table, deferredTables, () -> {
                schema.check(table);
                schema.table(table).ifPresent(model -> {
                    writeResource(RegistryWriter.tablePath(model), () -> RegistryWriter.table(model, schema::tableOf),
                            table);
                    schemaCheck.add(model);
                });
            });
        }

        Set<TypeElement> projections = new LinkedHashSet<>();
        for (String name : deferred.keySet()) {
            Optional.ofNullable(elements.getTypeElement(name)).ifPresent(projections::add);
        }
        deferred.clear();
        projections.addAll(typesAnnotated(round, elements, PROJECTION));
        ProjectionReader reader = new ProjectionReader(elements, schema, diagnostics);
        for (TypeElement projection : projections) {
            guard(projection, deferred, () -> reader.read(projection).ifPresent(this::generate));
        }

        // Checked in the round that compiled them: javac places messages only on this round's elements (JDK 20 on).
        schemaCheck.run(schema::tableOf);
        if (round.processingOver()) {
            Map<String, String> missingTypes = new LinkedHashMap<>(deferredTables);
            missingTypes.putAll(deferred);
            for (Map.Entry<String, String> missing : missingTypes.entrySet()) {
                TypeElement type = elements.getTypeElement(missing.getKey());
                diagnostics.error(Message.UNRESOLVED_TYPE, type, type.getSimpleName(), missing.getValue());
            }
        }
        return false;
    }

    private void generate(ProjectionModel model) {
        ClassName earlier = queryClasses.putIfAbsent(model.query(), model.record());
        if (earlier != null && !earlier.equals(model.record())) {
            diagnostics.error(Message.DUPLICATE_QUERY_CLASS, model.element(), earlier.canonicalName(),
                    model.record().canonicalName(), model.query().canonicalName());
            return;
        }
        if (earlier != null) {
            return;
        }
        ProjectionSql sql = SqlRenderer.render(model);
        JavaFile file = QueryClassWriter.write(model, sql, readsJavaCompiler(model.element()));
        try {
            SourceFiles.write(file, processingEnv.getFiler());
        } catch (IOException e) {
            diagnostics.error(Message.INTERNAL_ERROR, model.element(), model.record(), e);
        }
        writeResource(RegistryWriter.relationsPath(model), () -> RegistryWriter.relations(model), model.element());
        schemaCheck.add(model);
    }

    /**
     * Writes one file of the registry that the schema verifier reads, once per compilation, with
     * {@code origin} as its originating element so that incremental builds replace it with it.
     */
    private void writeResource(String path, Supplier<String> content, TypeElement origin) {
        if (!registryFiles.add(path)) {
            return;
        }
        try (Writer writer = processingEnv.getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", path, origin).openWriter()) {
            writer.write(content.get());
        } catch (IOException e) {
            diagnostics.error(Message.INTERNAL_ERROR, origin, origin.getQualifiedName(), e);
        }
    }

    /**
     * Whether code generated for {@code element} can use {@code javax.annotation.processing.Generated}:
     * in the unnamed module, or in a module that requires {@code java.compiler} (often
     * {@code requires static}). A named module that does not would fail to compile the annotation.
     */
    private boolean readsJavaCompiler(Element element) {
        ModuleElement module = processingEnv.getElementUtils().getModuleOf(element);
        if (module == null || module.isUnnamed()) {
            return true;
        }
        for (ModuleElement.Directive directive : module.getDirectives()) {
            if (directive instanceof ModuleElement.RequiresDirective requires
                    && requires.getDependency().getQualifiedName().contentEquals("java.compiler")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs one type's step: a missing type defers it into {@code deferTo}, to be tried again next
     * round; any other failure is reported on it.
     */
    private void guard(TypeElement type, Map<String, String> deferTo, Runnable step) {
        try {
            step.run();
        } catch (MissingTypeException e) {
            deferTo.put(type.getQualifiedName().toString(), e.typeName());
        } catch (RuntimeException | Error e) {
            // An Error too (a StackOverflowError, say): the user gets a diagnostic on the element, not javac's
            // "annotation processor threw an uncaught exception".
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            diagnostics.error(Message.INTERNAL_ERROR, type, type.getQualifiedName(), trace);
        }
    }

    private static Set<TypeElement> typesAnnotated(RoundEnvironment round, Elements elements, String annotation) {
        Set<TypeElement> types = new LinkedHashSet<>();
        TypeElement type = elements.getTypeElement(annotation);
        if (type != null) {
            for (Element element : round.getElementsAnnotatedWith(type)) {
                if (element instanceof TypeElement typeElement) {
                    types.add(typeElement);
                }
            }
        }
        return types;
    }
}
