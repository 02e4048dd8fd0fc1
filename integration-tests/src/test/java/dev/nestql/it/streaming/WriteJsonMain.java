package dev.nestql.it.streaming;

import java.io.Writer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Run by {@link StreamingTest} in a child JVM with a small heap: writes every {@code million_row}
 * as JSON to a writer that keeps nothing, only checks the text's structure as it arrives, and
 * prints what it saw.
 *
 * <p>Arguments: the JDBC URL and the schema.
 */
public final class WriteJsonMain {
    private WriteJsonMain() {}

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[0]);
        dataSource.setCurrentSchema(args[1]);
        RowCountingWriter out = new RowCountingWriter();

        long rows = MillionViewQuery.select().writeJson(dataSource, out);

        System.out.println("rows=" + rows
                + " objects=" + out.objects
                + " separators=" + out.separators
                + " chars=" + out.chars
                + " first=" + out.first
                + " last=" + out.last
                + " depth=" + out.depth
                + " maxMemory=" + Runtime.getRuntime().maxMemory());
    }

    /**
     * Follows the JSON text character by character: counts the objects and the commas directly
     * inside the outer array, and keeps no text.
     */
    static final class RowCountingWriter extends Writer {
        long chars;
        long objects;
        long separators;
        int depth;
        char first;
        char last;
        private boolean inString;
        private boolean escaped;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                accept(buffer[i]);
            }
        }

        @Override
        public void write(int c) {
            accept((char) c);
        }

        @Override
        public void write(String text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                accept(text.charAt(i));
            }
        }

        private void accept(char c) {
            if (chars++ == 0) {
                first = c;
            }
            last = c;
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                return;
            }
            switch (c) {
                case '"' -> inString = true;
                case '[' -> depth++;
                case ']', '}' -> depth--;
                case '{' -> {
                    if (depth == 1) {
                        objects++;
                    }
                    depth++;
                }
                case ',' -> {
                    if (depth == 1) {
                        separators++;
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
