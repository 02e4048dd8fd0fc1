package dev.nestql.generator.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.nestql.generator.plan.ComponentPlan;
import dev.nestql.generator.plan.EnumPlan;
import dev.nestql.generator.plan.ForeignKeyPlan;
import dev.nestql.generator.plan.Javadoc;
import dev.nestql.generator.plan.RecordPlan;
import dev.nestql.generator.plan.SchemaPlan;
import dev.nestql.generator.plan.TypeRef;
import dev.nestql.schema.model.Relation;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the Java files of a {@link SchemaPlan}: one {@code @Table} record per relation and one
 * enum per PostgreSQL enum, each marked {@code @Generated} by the generator, with the catalog's
 * comments and the plan's notes as Javadoc. Output depends on the plan only: no dates, no
 * machine names.
 */
public final class RecordWriter {
    /** The value of the {@code @Generated} annotation on every file, by which stale files are found. */
    public static final String GENERATOR = "dev.nestql.generator.SchemaGenerator";

    private static final String API = "dev.nestql";
    private static final ClassName TABLE = ClassName.get(API, "Table");
    private static final ClassName ID = ClassName.get(API, "Id");
    private static final ClassName COLUMN = ClassName.get(API, "Column");
    private static final ClassName FOREIGN_KEY = ClassName.get(API, "ForeignKey");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName LIST = ClassName.get(List.class);
    /** The characters before Javadoc text on a line of a top-level type's comment: {@code " * "}. */
    private static final int JAVADOC_INDENT = 3;

    private RecordWriter() {}

    /**
     * A Java source file to write.
     *
     * @param simpleName the name of its one top-level type
     * @param source its content
     */
    public record SourceFile(String simpleName, String source) {}

    /** Every file of {@code plan}: the records, then the enums. */
    public static List<SourceFile> write(SchemaPlan plan) {
        List<SourceFile> files = new ArrayList<>();
        for (RecordPlan record : plan.records()) {
            String source = file(plan.packageName(), record(plan.packageName(), record)).toString();
            files.add(new SourceFile(record.simpleName(), SourceLayout.recordHeader(source, record.simpleName())));
        }
        for (EnumPlan enumPlan : plan.enums()) {
            files.add(new SourceFile(enumPlan.simpleName(), file(plan.packageName(), enumType(enumPlan)).toString()));
        }
        return files;
    }

    private static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
    }

    private static TypeSpec record(String packageName, RecordPlan record) {
        Relation relation = record.relation();
        List<String> doc = new ArrayList<>();
        relation.comment().ifPresent(comment -> {
            for (String line : comment.strip().split("\n")) {
                doc.addAll(SourceLayout.wrap(Javadoc.escape(line), JAVADOC_INDENT, "", ""));
            }
            doc.add("");
        });
        doc.addAll(SourceLayout.wrap((relation.comment().isPresent() ? "<p>" : "") + "The " + kind(relation.kind())
                + " {@code " + Javadoc.escape(record.tableName())
                + "}, read from the database's catalog by nestql's schema generator.", JAVADOC_INDENT, "", ""));
        for (String note : record.notes()) {
            doc.add("");
            doc.addAll(SourceLayout.wrap("<p>" + note, JAVADOC_INDENT, "", ""));
        }
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        boolean params = false;
        for (ComponentPlan component : record.components()) {
            ParameterSpec.Builder parameter = ParameterSpec.builder(type(packageName, component.type()), component.name());
            annotations(component).forEach(parameter::addAnnotation);
            constructor.addParameter(parameter.build());
            if (!component.notes().isEmpty()) {
                if (!params) {
                    doc.add("");
                    params = true;
                }
                doc.addAll(SourceLayout.wrap(String.join(" ", component.notes()).replace("\n", " "), JAVADOC_INDENT,
                        "@param " + component.name() + " ", "    "));
            }
        }
        return TypeSpec.recordBuilder(record.simpleName())
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(generated())
                .addAnnotation(AnnotationSpec.builder(TABLE).addMember("value", "$S", record.tableName()).build())
                .addJavadoc("$L\n", String.join("\n", doc))
                .recordConstructor(constructor.build())
                .build();
    }

    private static List<AnnotationSpec> annotations(ComponentPlan component) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        if (component.id()) {
            annotations.add(AnnotationSpec.builder(ID).build());
        }
        component.columnName().ifPresent(name -> annotations.add(
                AnnotationSpec.builder(COLUMN).addMember("value", "$S", name).build()));
        component.foreignKey().ifPresent(key -> annotations.add(foreignKey(key)));
        return annotations;
    }

    private static AnnotationSpec foreignKey(ForeignKeyPlan key) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(FOREIGN_KEY)
                .addMember("references", "$L.class", key.references());
        key.name().ifPresent(name -> annotation.addMember("name", "$S", name));
        key.relatedName().ifPresent(name -> annotation.addMember("relatedName", "$S", name));
        return annotation.build();
    }

    private static TypeSpec enumType(EnumPlan plan) {
        TypeSpec.Builder type = TypeSpec.enumBuilder(plan.simpleName())
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(generated())
                .addJavadoc("$L\n", String.join("\n", SourceLayout.wrap("The labels of the PostgreSQL enum {@code "
                        + Javadoc.escape(plan.type().name()) + "}, in its order, read from the database's catalog by"
                        + " nestql's schema generator. Values are read and bound by constant name; a label added to the"
                        + " enum in the database needs a constant here before it can be read.", JAVADOC_INDENT, "", "")));
        for (String constant : plan.constants()) {
            type.addEnumConstant(constant);
        }
        return type.build();
    }

    private static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
    }

    private static TypeName type(String packageName, TypeRef ref) {
        TypeName type;
        if (ref.generated()) {
            type = ClassName.get(packageName, ref.qualifiedName());
        } else {
            type = switch (ref.qualifiedName()) {
                case "boolean" -> TypeName.BOOLEAN;
                case "short" -> TypeName.SHORT;
                case "int" -> TypeName.INT;
                case "long" -> TypeName.LONG;
                case "float" -> TypeName.FLOAT;
                case "double" -> TypeName.DOUBLE;
                case "byte[]" -> ArrayTypeName.of(TypeName.BYTE);
                default -> ClassName.bestGuess(ref.qualifiedName());
            };
        }
        return ref.list() ? ParameterizedTypeName.get(LIST, type) : type;
    }

    private static String kind(Relation.Kind kind) {
        return switch (kind) {
            case TABLE -> "table";
            case PARTITIONED_TABLE -> "partitioned table (its partitions are read through it)";
            case VIEW -> "view";
            case MATERIALIZED_VIEW -> "materialized view";
            case FOREIGN_TABLE -> "foreign table";
        };
    }
}
