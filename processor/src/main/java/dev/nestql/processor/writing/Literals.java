package dev.nestql.processor.writing;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals of generated code that compile whatever text they hold. JavaPoet's {@code $S}
 * keeps U+2028 and U+2029 as they are, and its writer breaks lines at them, in the middle of the
 * literal; they are written as the escapes {@code "\u2028"} instead. A class file holds a constant
 * of at most 65,535 bytes (in modified UTF-8); a longer text (a long {@code where}, hundreds of
 * columns) is joined at run time from literals of a safe size instead of being one constant.
 */
final class Literals {
    /** Below the class file's limit of 65,535 bytes, with room to spare. */
    static final int MAX_CONSTANT_BYTES = 60_000;
    /** Characters per piece of a joined text: at most 3 bytes each, so a piece always fits. */
    private static final int PIECE_CHARS = 16_000;

    private Literals() {}

    /** {@code value} as a Java expression: one literal, or {@code String.join("", ...)} of pieces when it is too long. */
    static CodeBlock string(String value) {
        return string(value, LINE_CHARS);
    }

    /**
     * As {@link #string(String)}, its lines of at most {@code lineChars} characters of text (and no
     * fewer than {@value #MIN_LINE_CHARS}), for a literal that starts far to the right.
     */
    static CodeBlock string(String value, int lineChars) {
        if (bytes(value) <= MAX_CONSTANT_BYTES) {
            return literal(value, Math.max(MIN_LINE_CHARS, lineChars));
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < value.length()) {
            int end = Math.min(value.length(), start + PIECE_CHARS);
            if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
                end--; // keep a surrogate pair in one piece
            }
            pieces.add(value.substring(start, end));
            start = end;
        }
        return join(pieces);
    }

    /**
     * {@code items}, each followed by {@code separator} but the last, as one expression: a
     * concatenation of literals, one item per line, or {@code String.join} of them when the whole
     * would be too long for one constant.
     */
    static CodeBlock lines(List<String> items, String separator) {
        List<String> parts = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            String part = items.get(i) + (i + 1 < items.size() ? separator : "");
            parts.add(part);
            total += bytes(part);
        }
        if (total > MAX_CONSTANT_BYTES) {
            return join(parts);
        }
        CodeBlock.Builder text = CodeBlock.builder();
        for (int i = 0; i < parts.size(); i++) {
            text.add(i == 0 ? "$L" : "\n+ $L", literal(parts.get(i)));
        }
        return text.build();
    }

    /** {@code String.join("", piece, ...)}, one piece per line; a piece that is itself too long is split. */
    private static CodeBlock join(List<String> pieces) {
        CodeBlock.Builder join = CodeBlock.builder().add("$T.join(\"\"", String.class).indent().indent();
        for (String piece : pieces) {
            CodeBlock literal = bytes(piece) <= MAX_CONSTANT_BYTES ? literal(piece) : string(piece);
            join.add(",\n$L", literal);
        }
        return join.add(")").unindent().unindent().build();
    }

    /** Characters of text per line of a literal that is broken into lines. */
    private static final int LINE_CHARS = 72;
    /** The fewest characters of text per line, however far to the right a literal starts. */
    private static final int MIN_LINE_CHARS = 24;

    /**
     * {@code value} as literals of at most {@value #LINE_CHARS} characters, broken after spaces
     * and joined by {@code +} on new lines: one constant, and no line of the class too long to read.
     */
    private static CodeBlock literal(String value) {
        return literal(value, LINE_CHARS);
    }

    private static CodeBlock literal(String value, int lineChars) {
        if (value.length() <= lineChars) {
            return escapedLiteral(value);
        }
        CodeBlock.Builder lines = CodeBlock.builder();
        int start = 0;
        while (start < value.length()) {
            int end = Math.min(value.length(), start + lineChars);
            if (end < value.length()) {
                int space = value.lastIndexOf(' ', end - 1);
                if (space > start) {
                    end = space + 1;
                } else if (Character.isHighSurrogate(value.charAt(end - 1))) {
                    end--;
                }
            }
            lines.add(start == 0 ? "$L" : "\n+ $L", escapedLiteral(value.substring(start, end)));
            start = end;
        }
        return lines.build();
    }

    /** One literal of {@code value}, with the line and paragraph separators escaped. */
    private static CodeBlock escapedLiteral(String value) {
        if (value.indexOf('\u2028') < 0 && value.indexOf('\u2029') < 0) {
            return CodeBlock.of("$S", value);
        }
        CodeBlock.Builder literal = CodeBlock.builder();
        int start = 0;
        boolean first = true;
        for (int i = 0; i <= value.length(); i++) {
            boolean separator = i < value.length() && (value.charAt(i) == '\u2028' || value.charAt(i) == '\u2029');
            if (i == value.length() || separator) {
                if (i > start || (first && i == value.length())) {
                    literal.add(first ? "$S" : " + $S", value.substring(start, i));
                    first = false;
                }
                if (separator) {
                    literal.add(first ? "$L" : " + $L", value.charAt(i) == '\u2028' ? "\"\\u2028\"" : "\"\\u2029\"");
                    first = false;
                    start = i + 1;
                }
            }
        }
        return literal.build();
    }

    /** The length of {@code value} in a class file's modified UTF-8. */
    static long bytes(String value) {
        long bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }
}
