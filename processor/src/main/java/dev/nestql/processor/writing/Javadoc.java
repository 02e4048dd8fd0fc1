package dev.nestql.processor.writing;

/**
 * Text made safe for Javadoc: HTML-escaped, with no comment terminator, and no backslash, since
 * javac reads a backslash followed by {@code u} as a Unicode escape even inside a comment (a path
 * such as {@code C:&#92;users} would be an illegal escape, and an escaped {@code *}{@code /} would
 * end the comment).
 */
final class Javadoc {
    private Javadoc() {}

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replace("\\", "&#92;");
    }
}
