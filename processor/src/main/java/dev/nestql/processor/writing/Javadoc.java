package dev.nestql.processor.writing;

/**
 * Text made safe for Javadoc: HTML-escaped, with no comment terminator, and no backslash, since
 * javac reads a backslash followed by {@code u} as a Unicode escape even inside a comment (a path
 * such as {@code C:&#92;users} would be an illegal escape, and an escaped {@code *}{@code /} would
 * end the comment).
 */
final class Javadoc {
    private Javadoc() {}

    /** The longest line of text a generated class's Javadoc holds, so that with its indentation no line passes 120. */
    static final int WIDTH = 110;

    /**
     * {@code text} made safe with {@link #html}, each line longer than the Javadoc's width broken at
     * spaces, the continuation indented four more than the line: for SQL in a {@code <pre>} block.
     */
    static String preformatted(String text) {
        return wrapped(html(text));
    }

    /** Javadoc {@code text}, already safe, each line longer than the width broken at spaces. */
    static String wrapped(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            String continuation = " ".repeat(indent + 4);
            while (line.length() > WIDTH) {
                int space = line.lastIndexOf(' ', WIDTH);
                if (space <= indent) {
                    space = line.indexOf(' ', WIDTH);
                }
                if (space < 0) {
                    break;
                }
                out.append(line, 0, space).append('\n');
                line = continuation + line.substring(space + 1);
            }
            out.append(line);
        }
        return out.toString();
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replace("\\", "&#92;");
    }
}
