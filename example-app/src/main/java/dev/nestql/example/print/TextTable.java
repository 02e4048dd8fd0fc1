package dev.nestql.example.print;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table: a header row, then rows; numbers aligned right, everything else left. */
final class TextTable {
    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    TextTable row(Object... values) {
        if (values.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " values, got " + values.length);
        }
        rows.add(Arrays.asList(values));
        return this;
    }

    void print(PrintStream out) {
        int columns = headers.size();
        int[] widths = new int[columns];
        boolean[] numeric = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = headers.get(c).length();
            numeric[c] = !rows.isEmpty();
            for (List<Object> row : rows) {
                widths[c] = Math.max(widths[c], text(row.get(c)).length());
                numeric[c] &= row.get(c) instanceof Number;
            }
        }
        line(out, headers, widths, numeric);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.println(rule);
        for (List<Object> row : rows) {
            line(out, row, widths, numeric);
        }
    }

    private static void line(PrintStream out, List<?> values, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < values.size(); c++) {
            String text = text(values.get(c));
            String pad = " ".repeat(widths[c] - text.length());
            line.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + text : text + pad);
        }
        out.println(line.toString().stripTrailing());
    }

    private static String text(Object value) {
        return value == null ? "null" : value.toString();
    }
}
