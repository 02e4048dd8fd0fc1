package dev.nestql.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @Projection} record and everything needed to write its query class.
 *
 * @param record the projection record
 * @param query the name of the query class to generate
 * @param table the table it reads from
 * @param components the components in declaration order
 * @param handles the static handles of the query class, in declaration order
 * @param element the record, for diagnostics and as the generated file's originating element
 */
public record ProjectionModel(
        ClassName record,
        ClassName query,
        TableModel table,
        List<Component> components,
        List<Handle> handles,
        TypeElement element) {

    /**
     * PostgreSQL functions take at most 100 arguments: a record nested as a positional JSON array
     * with more components than this is split into groups of this size.
     */
    public static final int POSITIONAL_GROUP_SIZE = 100;

    public ProjectionModel {
        components = List.copyOf(components);
        handles = List.copyOf(handles);
    }

    /**
     * The components as they are laid out when the record is nested: one group when they fit one
     * {@code json_build_array}, otherwise groups of {@link #POSITIONAL_GROUP_SIZE}, each an array of
     * its own.
     */
    public List<List<Component>> positionalGroups() {
        List<List<Component>> groups = new ArrayList<>();
        for (int from = 0; from < components.size(); from += POSITIONAL_GROUP_SIZE) {
            groups.add(components.subList(from, Math.min(components.size(), from + POSITIONAL_GROUP_SIZE)));
        }
        return groups;
    }

    /** Whether the nested layout needs groups: more components than one array takes. */
    public boolean grouped() {
        return components.size() > POSITIONAL_GROUP_SIZE;
    }
}
