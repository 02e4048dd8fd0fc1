package dev.nestql.schema.naming;

import java.util.Locale;
import java.util.Set;

/**
 * The name conventions of {@code @Table} records: the snake_case column name of a component, the
 * plural reverse relation name of a record, and the Java names of SQL names. The processor applies
 * the first two; the schema generator writes records for which they give the catalog's names back.
 */
public final class Names {
    /** Java's reserved words and literals, which no component or class may be named. */
    private static final Set<String> JAVA_KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits");

    /**
     * The methods of {@code Object} without parameters, which a record component may not be named:
     * its accessor would clash with them.
     */
    private static final Set<String> OBJECT_METHODS = Set.of(
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    private Names() {}

    /** A Java name in snake_case: {@code venueId} gives {@code venue_id}, {@code URLPath} {@code url_path}. */
    public static String snakeCase(String name) {
        return words(name, '_').toLowerCase(Locale.ROOT);
    }

    /** A Java name in UPPER_SNAKE_CASE: {@code venueId} gives {@code VENUE_ID}. */
    public static String upperSnakeCase(String name) {
        return words(name, '_').toUpperCase(Locale.ROOT);
    }

    /**
     * The default reverse relation name for references from record {@code simpleName}: lowerCamel
     * and plural by English rules ({@code Product} {@code products}, {@code Category}
     * {@code categories}, {@code Address} {@code addresses}).
     */
    public static String plural(String simpleName) {
        String name = Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return name + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        return name + "s";
    }

    /**
     * An SQL name as a Java name in lowerCamelCase: {@code last_update} gives {@code lastUpdate},
     * {@code "firstName"} {@code firstName}, {@code Order} {@code order}. Characters that no Java
     * name holds separate words like underscores; a name that starts with a digit gets a leading
     * {@code _}. The result may be a keyword: see {@link #componentName}.
     */
    public static String lowerCamel(String sqlName) {
        String upper = upperCamel(sqlName);
        return upper.isEmpty() ? upper : Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
    }

    /**
     * An SQL name as a Java class name in UpperCamelCase: {@code film_actor} gives
     * {@code FilmActor}, {@code Order} {@code Order}, {@code USER_ACCOUNT} {@code UserAccount}.
     */
    public static String upperCamel(String sqlName) {
        StringBuilder out = new StringBuilder(sqlName.length());
        boolean allCaps = sqlName.equals(sqlName.toUpperCase(Locale.ROOT));
        boolean startWord = true;
        for (int i = 0; i < sqlName.length(); i++) {
            char c = sqlName.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                startWord = true;
                continue;
            }
            if (out.length() == 0 && Character.isDigit(c)) {
                out.append('_');
            }
            if (startWord) {
                out.append(Character.toUpperCase(c));
            } else {
                out.append(allCaps ? Character.toLowerCase(c) : c);
            }
            startWord = false;
        }
        return out.toString();
    }

    /**
     * A Java name that a record component may have: {@code name}, or {@code name_} when it is a
     * keyword or the name of a method of {@code Object}.
     */
    public static String componentName(String name) {
        return JAVA_KEYWORDS.contains(name) || OBJECT_METHODS.contains(name) ? name + "_" : name;
    }

    /** Whether {@code name} can be the name of an enum constant: a Java identifier, not a keyword. */
    public static boolean isJavaName(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) || JAVA_KEYWORDS.contains(name)) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String words(String name, char separator) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                char before = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(before) || Character.isDigit(before)
                        || (Character.isUpperCase(before) && nextLower)) {
                    out.append(separator);
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
