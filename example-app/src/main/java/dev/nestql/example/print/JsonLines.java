package dev.nestql.example.print;

import java.io.PrintStream;
import java.io.Writer;

/**
 * Passes JSON text through unchanged, except that each element of an array in the first two
 * levels (the rows of a result, the devices of a location) starts a new line, indented by its
 * level: PostgreSQL's own text, made readable in a terminal.
 */
final class JsonLines extends Writer {
    private static final int LEVELS = 2;

    private final PrintStream out;
    private final StringBuilder containers = new StringBuilder();
    private boolean inString;
    private boolean escaped;

    JsonLines(PrintStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            out.print(c);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                containers.append(c);
            } else if (c == ']' || c == '}') {
                containers.setLength(containers.length() - 1);
            } else if (c == ',' && containers.length() <= LEVELS && containers.charAt(containers.length() - 1) == '[') {
                out.print("\n" + " ".repeat(containers.length()));
            }
        }
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
