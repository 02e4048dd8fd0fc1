package dev.nestql.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.nestql.processor.model.ColumnModel;
import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.Computation;
import dev.nestql.processor.model.ForeignKeyModel;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.model.TableModel;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import dev.nestql.schema.registry.JavaTypeName;
import dev.nestql.schema.registry.Registry;
import dev.nestql.schema.registry.RelationUse;
import dev.nestql.schema.registry.TableDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Writes the registry's files ({@link Registry}) from the model: what each {@code @Table} record
 * declares, and which relations each projection reads by a referencing column. The verifier reads
 * them back at run time; the compile-time check uses the declarations directly.
 */
public final class RegistryWriter {
    private RegistryWriter() {}

    /** The resource path of {@code table}'s file. */
    public static String tablePath(TableModel table) {
        return Registry.TABLES + table.record().reflectionName();
    }

    /** The resource path of {@code projection}'s file. */
    public static String relationsPath(ProjectionModel projection) {
        return Registry.RELATIONS + projection.record().reflectionName();
    }

    /** What {@code table} declares, {@code tableOf} giving the model of each referenced record. */
    public static TableDeclaration declaration(TableModel table, Function<ClassName, Optional<TableModel>> tableOf) {
        List<TableDeclaration.Column> columns = new ArrayList<>();
        for (ColumnModel column : table.columns()) {
            Optional<TableDeclaration.Reference> reference = Optional.empty();
            for (ForeignKeyModel key : table.foreignKeys()) {
                if (key.column().name().equals(column.name())) {
                    reference = tableOf.apply(key.target()).flatMap(target -> target.id()
                            .map(id -> new TableDeclaration.Reference(target.sqlName(), id.sqlName())));
                }
            }
            boolean id = table.id().map(idColumn -> idColumn.name().equals(column.name())).orElse(false);
            columns.add(new TableDeclaration.Column(column.name(), column.sqlName(), javaType(column), id, reference));
        }
        return new TableDeclaration(table.record().reflectionName(), table.sqlName(), columns);
    }

    /** The file of {@code table}. */
    public static String table(TableModel table, Function<ClassName, Optional<TableModel>> tableOf) {
        return Registry.write(declaration(table, tableOf));
    }

    /** The relations {@code projection} and the projections nested in it read by a referencing column. */
    public static List<RelationUse> uses(ProjectionModel projection) {
        List<RelationUse> uses = new ArrayList<>();
        collect(projection, uses, new HashSet<>());
        return uses;
    }

    /** The file of {@code projection}'s relation uses. */
    public static String relations(ProjectionModel projection) {
        return Registry.write(uses(projection));
    }

    private static void collect(ProjectionModel projection, List<RelationUse> uses, Set<ClassName> seen) {
        if (!seen.add(projection.record())) {
            return;
        }
        for (Component component : projection.components()) {
            List<Relation> hops = List.of();
            if (component instanceof Component.Nested nested) {
                hops = nested.hops();
                collect(nested.target(), uses, seen);
            } else if (component instanceof Component.Computed computed
                    && computed.computation() instanceof Computation.OverRelation over) {
                hops = over.hops();
            } else if (component instanceof Component.Value value) {
                hops = value.path().hops();
            }
            for (Relation hop : hops) {
                if (hop.toMany()) {
                    uses.add(new RelationUse(projection.record().reflectionName(), component.name(), hop.to().sqlName(),
                            hop.toColumn().sqlName()));
                }
            }
        }
    }

    private static JavaTypeName javaType(ColumnModel column) {
        ValueType type = column.type();
        if (type.kind() == ValueKind.LIST) {
            return javaType(type.elementType(), column.element()).asList();
        }
        return javaType(type, column.element());
    }

    private static JavaTypeName javaType(ValueType type, Element component) {
        TypeName name = type.type();
        if (type.kind() == ValueKind.ENUM) {
            return new JavaTypeName(((ClassName) name).reflectionName(), enumConstants(component, name), false);
        }
        if (name instanceof ClassName className) {
            return JavaTypeName.of(className.reflectionName());
        }
        if (name instanceof ParameterizedTypeName) {
            throw new IllegalStateException("a list's element type is not a list: " + name);
        }
        return JavaTypeName.of(name.toString());
    }

    /** The constants of the enum {@code type}, found from the component's type element. */
    private static List<String> enumConstants(Element component, TypeName type) {
        List<String> constants = new ArrayList<>();
        Element enumType = findEnum(component, type.toString());
        if (enumType != null) {
            for (Element member : enumType.getEnclosedElements()) {
                if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(member.getSimpleName().toString());
                }
            }
        }
        return constants;
    }

    private static Element findEnum(Element component, String canonicalName) {
        javax.lang.model.type.TypeMirror mirror = component.asType();
        if (mirror instanceof javax.lang.model.type.DeclaredType declared) {
            if (declared.asElement() instanceof TypeElement element
                    && element.getQualifiedName().contentEquals(canonicalName)) {
                return element;
            }
            for (javax.lang.model.type.TypeMirror argument : declared.getTypeArguments()) {
                if (argument instanceof javax.lang.model.type.DeclaredType declaredArgument
                        && declaredArgument.asElement() instanceof TypeElement element
                        && element.getQualifiedName().contentEquals(canonicalName)) {
                    return element;
                }
            }
        }
        return null;
    }
}
