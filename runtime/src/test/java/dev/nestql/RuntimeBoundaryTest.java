package dev.nestql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundary between the API that application code calls ({@code dev.nestql.query}) and the
 * support for generated code ({@code dev.nestql.internal}): no public or protected member of a
 * public query type names an internal type, except the few that generated code calls, listed
 * here. Adding a member that exposes an internal type, or a public type to {@code dev.nestql.query}
 * without listing it, fails this test.
 */
class RuntimeBoundaryTest {
    private static final String QUERY = "dev.nestql.query";
    private static final String INTERNAL = "dev.nestql.internal";

    /** The public types of the user API. */
    private static final List<String> QUERY_TYPES = List.of(
            "ProjectionQuery", "Column", "StringColumn", "ListColumn", "Condition", "Order", "NestqlException",
            "InvalidPageTokenException");

    /** The members that generated code calls with internal types; application code does not. */
    private static final Set<String> CALLED_BY_GENERATED_CODE = Set.of(
            "Column.ofSql(String, ColumnType)",
            "Column.ofSql(String, ColumnType, Function)",
            "Column.ofSqlNotNull(String, ColumnType, Function)",
            "ListColumn.ofSqlArray(String, ColumnType)",
            "ProjectionQuery(QueryDefinition, QueryState)",
            "ProjectionQuery.with(QueryState)");

    @Test
    void noQueryMemberNamesAnInternalTypeExceptThoseGeneratedCodeCalls() throws ClassNotFoundException {
        List<String> leaks = new ArrayList<>();
        Set<String> allowed = new TreeSet<>();
        for (String name : QUERY_TYPES) {
            Class<?> type = Class.forName(QUERY + "." + name);
            assertTrue(Modifier.isPublic(type.getModifiers()), name + " is public");
            if (mentionsInternal(type.getGenericSuperclass()) || Arrays.stream(type.getGenericInterfaces())
                    .anyMatch(RuntimeBoundaryTest::mentionsInternal)) {
                leaks.add(name + " extends or implements an internal type");
            }
            for (Class<?> nested : type.getDeclaredClasses()) {
                if (visible(nested.getModifiers())) {
                    leaks.add(nested.getName() + " is a visible nested type: list it in QUERY_TYPES or hide it");
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers()) && mentionsInternal(field.getGenericType())) {
                    leaks.add(name + "." + field.getName());
                }
            }
            List<Executable> members = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
            members.addAll(Arrays.asList(type.getDeclaredMethods()));
            for (Executable member : members) {
                if (!visible(member.getModifiers()) || member.isSynthetic()) {
                    continue;
                }
                if (mentionsInternal(member)) {
                    String signature = signature(name, member);
                    if (CALLED_BY_GENERATED_CODE.contains(signature)) {
                        allowed.add(signature);
                    } else {
                        leaks.add(signature);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks, "public or protected members of " + QUERY + " that name " + INTERNAL + " types");
        // An entry that no longer names an internal type (or no longer exists) is removed from the list.
        assertEquals(new TreeSet<>(CALLED_BY_GENERATED_CODE), allowed);
    }

    /** The classes directory holds no public type of dev.nestql.query that the test above does not check. */
    @Test
    void everyPublicQueryTypeIsChecked() throws Exception {
        Path classes = Path.of(Class.forName(QUERY + ".ProjectionQuery").getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path folder = classes.resolve(QUERY.replace('.', '/'));
        assertTrue(Files.isDirectory(folder), () -> "the runtime's classes are not a directory: " + classes);
        Set<String> publicTypes = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (String file : files.map(p -> p.getFileName().toString()).collect(Collectors.toList())) {
                if (!file.endsWith(".class") || file.contains("$") || file.equals("package-info.class")) {
                    continue;
                }
                String simpleName = file.substring(0, file.length() - ".class".length());
                if (Modifier.isPublic(Class.forName(QUERY + "." + simpleName).getModifiers())) {
                    publicTypes.add(simpleName);
                }
            }
        }
        assertEquals(new TreeSet<>(QUERY_TYPES), publicTypes);
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean mentionsInternal(Executable member) {
        List<Type> types = new ArrayList<>(Arrays.asList(member.getGenericParameterTypes()));
        types.addAll(Arrays.asList(member.getGenericExceptionTypes()));
        types.addAll(Arrays.asList(member.getTypeParameters()));
        if (member instanceof Method method) {
            types.add(method.getGenericReturnType());
        }
        return types.stream().anyMatch(RuntimeBoundaryTest::mentionsInternal);
    }

    private static boolean mentionsInternal(Type type) {
        return mentionsInternal(type, new HashSet<>());
    }

    private static boolean mentionsInternal(Type type, Set<TypeVariable<?>> seen) {
        if (type == null) {
            return false;
        }
        if (type instanceof Class<?> raw) {
            while (raw.isArray()) {
                raw = raw.getComponentType();
            }
            return raw.getPackageName().equals(INTERNAL);
        }
        if (type instanceof ParameterizedType parameterized) {
            return mentionsInternal(parameterized.getRawType(), seen) || mentionsInternal(parameterized.getOwnerType(), seen)
                    || Arrays.stream(parameterized.getActualTypeArguments()).anyMatch(t -> mentionsInternal(t, seen));
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.concat(Arrays.stream(wildcard.getUpperBounds()), Arrays.stream(wildcard.getLowerBounds()))
                    .anyMatch(t -> mentionsInternal(t, seen));
        }
        if (type instanceof GenericArrayType array) {
            return mentionsInternal(array.getGenericComponentType(), seen);
        }
        if (type instanceof TypeVariable<?> variable) {
            return seen.add(variable) && Arrays.stream(variable.getBounds()).anyMatch(t -> mentionsInternal(t, seen));
        }
        throw new AssertionError("unexpected type " + type);
    }

    /** {@code Column.ofSql(String, ColumnType)}, or {@code ProjectionQuery(QueryDefinition, QueryState)} for a constructor. */
    private static String signature(String type, Executable member) {
        String parameters = Arrays.stream(member.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
        return (member instanceof Constructor<?> ? type : type + "." + member.getName()) + parameters;
    }
}
