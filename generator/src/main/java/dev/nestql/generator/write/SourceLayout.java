package dev.nestql.generator.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out what JavaPoet leaves to its line wrapping the way a careful hand would: a record's
 * components one per line (so that a migration that adds a column is a one-line change), an empty
 * record body as {@code {}}, and Javadoc wrapped at 100 characters.
 */
final class SourceLayout {
    private static final int WIDTH = 100;
    private static final String COMPONENT_INDENT = "        ";

    private SourceLayout() {}

    /** {@code source} with the components of {@code record}'s header one per line and its empty body as {@code {}}. */
    static String recordHeader(String source, String record) {
        String opening = "public record " + record + "(";
        int start = source.indexOf(opening);
        if (start < 0) {
            throw new IllegalStateException("no record header for " + record);
        }
        int from = start + opening.length();
        int end = closingParenthesis(source, from);
        List<String> components = new ArrayList<>();
        for (String component : splitTopLevel(source.substring(from, end))) {
            components.add(component.strip().replaceAll("\\s*\n\\s*", " "));
        }
        String rest = source.substring(end + 1);
        if (rest.startsWith(" {\n}")) {
            rest = " {}" + rest.substring(4);
        }
        String header = components.isEmpty() ? "" : "\n" + COMPONENT_INDENT
                + String.join(",\n" + COMPONENT_INDENT, components);
        return source.substring(0, from) + header + ")" + rest;
    }

    /**
     * {@code text} broken into lines of at most {@value #WIDTH} characters once {@code prefix}
     * (the first line's) or {@code continuation} (the others') is put before them; a word longer
     * than a line stays whole.
     */
    static List<String> wrap(String text, int indent, String prefix, String continuation) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(prefix);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && indent + line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(continuation);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }

    private static int closingParenthesis(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = endOfString(source, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw new IllegalStateException("unbalanced record header");
    }

    private static List<String> splitTopLevel(String components) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < components.length(); i++) {
            char c = components.charAt(i);
            if (c == '"') {
                i = endOfString(components, i);
            } else if (c == '(' || c == '<') {
                depth++;
            } else if (c == ')' || c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(components.substring(start, i));
                start = i + 1;
            }
        }
        if (!components.isBlank()) {
            parts.add(components.substring(start));
        }
        return parts;
    }

    /** The index of the quote that closes the string literal opened at {@code open}. */
    private static int endOfString(String source, int open) {
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        throw new IllegalStateException("unterminated string literal");
    }
}
